using HistoryCms.Core.Archival;
using HistoryCms.Core.Citations;
using HistoryCms.Core.Dates;

namespace HistoryCms.Core.Tests.Citations;

/// <summary>Cited documents for formatter and export tests (test data: the Source strings are the fixture's, the rest invented).</summary>
internal static class CitedDocuments
{
    public static readonly CitationStyleOptions Options = new()
    {
        ArchiveName = "Wilson Center",
        SiteBaseUrl = new Uri("https://archive.example.org/"),
    };

    /// <summary>A specific title, a Russian archive, a translator, a full date.</summary>
    public static CitedDocument Report => new()
    {
        Key = Guid.Parse("6b0c8f34-1d7e-4a57-9a3e-2f1c9d8e7a61"),
        Title = "On the Korean Question",
        Genre = "Report",
        Date = PartialDate.Parse("July 31, 1958"),
        Source = "RGANI, f. 5, op. 49, d. 131, ll. 193-194. Translated by Gary Goldberg.",
        Reference = Parsed("RGANI, f. 5, op. 49, d. 131, ll. 193-194. Translated by Gary Goldberg."),
        Translators = ["Gary Goldberg"],
        Languages = ["ru"],
        Subjects = ["Korean War, 1950-1953", "Soviet Union--Foreign relations"],
        RoutePath = "/archive/on-the-korean-question/",
    };

    /// <summary>A Russian original title with its romanization, a description as English title.</summary>
    public static CitedDocument Conversation => Report with
    {
        Key = Guid.Parse("0aa1c1de-5e2b-4c7d-9f00-3b6a2f1e0d9c"),
        Title = "Record of Conversation with Mao Zedong",
        OriginalTitle = "Запись беседы с Мао Цзэдуном",
        RomanizedTitle = "Zapis’ besedy s Mao Tszedunom",
        Genre = "Memorandum of Conversation",
        RoutePath = "/archive/record-of-conversation-with-mao-zedong/",
    };

    /// <summary>A German original (Latin script, no romanization), a Western reference with pages, combined credits.</summary>
    public static CitedDocument German => new()
    {
        Key = Guid.Parse("0f4e2c1a-9b8d-4e7f-8a6b-5c4d3e2f1a0b"),
        Title = "Note on the Korean Question",
        OriginalTitle = "Vermerk zur Koreafrage",
        Genre = "Note",
        Date = PartialDate.Parse("1967-11"),
        Source = "BArch, B 136/59748, 403-410. Contributed, transcribed, and translated by Stephan Kieninger.",
        Reference = Parsed("BArch, B 136/59748, 403-410. Contributed, transcribed, and translated by Stephan Kieninger."),
        Translators = ["Stephan Kieninger"],
        Languages = ["de"],
        RoutePath = "/archive/note-on-the-korean-question/",
    };

    /// <summary>A generic description as title (no quotation marks in Chicago), a circa year, a free-form reference without a range.</summary>
    public static CitedDocument Letter => new()
    {
        Key = Guid.Parse("5c2e7d10-8f3a-4b6c-9d1e-2a0b4c6d8e0f"),
        Title = "Letter from Kim Il Sung to Joseph Stalin",
        Genre = "Letter",
        Date = PartialDate.Parse("c. 1950"),
        Source = "Nehru Memorial Museum and Library, File No. JNSG, vol. 21-1.",
        Reference = Parsed("Nehru Memorial Museum and Library, File No. JNSG, vol. 21-1."),
        Translators = ["Gary Goldberg", "Sergey Radchenko", "Kathryn Weathersby"],
        Url = "https://archive.example.org/record/114",
    };

    /// <summary>A reference the way the mapping from an archival document builds it.</summary>
    public static CitedReference? Parsed(string source) => CitedReference.From(ArchivalReference.Parse(source));

    /// <summary>Only a title: no date, type, reference, translator or address.</summary>
    public static CitedDocument Bare => new() { Key = Guid.Parse("9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a"), Title = "Who Started the Korean War?" };
}
