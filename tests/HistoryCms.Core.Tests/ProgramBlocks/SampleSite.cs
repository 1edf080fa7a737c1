using HistoryCms.Core.Content;
using HistoryCms.Core.ProgramBlocks;
using A = HistoryCms.Core.HistoryAliases.ContentTypes;
using P = HistoryCms.Core.HistoryAliases.Properties;

namespace HistoryCms.Core.Tests.ProgramBlocks;

/// <summary>A small site modelled on the sample post's footer, with fixed keys so test tables can name items.</summary>
internal sealed class SampleSite
{
    public const string Happ = "11111111-1111-4111-8111-111111111111";
    public const string Nkidp = "22222222-2222-4222-8222-222222222222";
    public const string Cwihp = "33333333-3333-4333-8333-333333333333";
    public const string Kraus = "44444444-4444-4444-8444-444444444444";
    public const string Memo = "55555555-5555-4555-8555-555555555555";
    public const string Missing = "99999999-9999-4999-8999-999999999999";

    public static readonly DateTimeOffset Now = new(2024, 6, 1, 12, 0, 0, TimeSpan.Zero);

    public SampleSite()
    {
        Content = new SiteContent();
        Program = Content.Add(A.Program, "History and Public Policy Program", Guid.Parse(Happ), values:
            (P.ShortDescription, "The History and Public Policy Program makes public the primary source record of 20th and 21st century international history."));
        Content.Add(A.Program, "North Korea International Documentation Project", Guid.Parse(Nkidp), Program.Key, values:
            (P.ShortDescription, "The North Korea International Documentation Project serves as an informational clearinghouse on North Korea."));
        Content.Add(A.Program, "Cold War International History Project", Guid.Parse(Cwihp), Program.Key, values:
            (P.ShortDescription, "The Cold War International History Project supports the full and prompt release of historical materials."));
        Content.Add(A.Author, "Charles Kraus", Guid.Parse(Kraus), values:
        [
            (P.JobTitle, "Deputy Director, History and Public Policy Program"),
            (P.Photo, """[{"key":"0b5c3c9e-8f1a-4d2b-9c3e-7a6b5c4d3e2f","mediaKey":"6d5c4b3a-2f1e-4d0c-9b8a-7f6e5d4c3b2a"}]"""),
        ]);
        Content.Add(A.ArchivalDocument, "Memorandum of Conversation between Molotov and Marshall", Guid.Parse(Memo), values:
        [
            (P.DocumentDate, "1947-10-17"),
            (P.Genre, """["Memorandum of Conversation"]"""),
            (P.Summary, "Molotov and Marshall discuss the Joint Commission on Korea."),
        ]);
    }

    public SiteContent Content { get; }

    public ContentItem Program { get; }

    public ProgramBlockValidationContext Validation => new(Content, Program);

    public ProgramBlockMappingContext Mapping => new(Content, new MarkingSanitizer(), Now) { Program = Program };
}
