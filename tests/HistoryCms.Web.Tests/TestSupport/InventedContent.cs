using HistoryCms.Core.Content;
using HistoryCms.Web.Rendering;
using static HistoryCms.Web.Tests.TestSupport.ContentBuilder;

namespace HistoryCms.Web.Tests.TestSupport;

/// <summary>Invented content next to the sample: a post citing one document twice, a document with a translation, a program with custom blocks.</summary>
internal static class InventedContent
{
    public const string PostPath = "/posts/a-test-post/";
    public const string DocumentPath = "/archive/record-of-a-conversation/";
    public const string ProgramPath = "/programs/a-test-program/";
    public static readonly Guid PostKey = new("a0000000-0000-0000-0000-000000000001");
    public static readonly Guid DocumentKey = new("a0000000-0000-0000-0000-000000000002");
    public static readonly Guid ProgramKey = new("a0000000-0000-0000-0000-000000000003");
    public static readonly Guid HeroMedia = new("a0000000-0000-0000-0000-0000000000aa");
    public const string First = "c0000000-0000-0000-0000-000000000001";
    public const string Second = "c0000000-0000-0000-0000-000000000002";
    public const string Third = "c0000000-0000-0000-0000-000000000003";
    public const string Source = "RGANI, f. 5, op. 49, d. 131, ll. 193-194. Translated by Gary Goldberg.";

    public static IReadOnlyList<ContentItem> Items =>
    [
        Post(PostKey, "A test post", PostPath, new()
        {
            ["standfirst"] = "Invented for the tests.",
            ["authors"] = Udi(SampleSite.Kraus),
            ["programs"] = Udi(SampleSite.Happ),
            ["heroImage"] = $$"""[{"key":"a0000000-0000-0000-0000-0000000000ab","mediaKey":"{{HeroMedia}}"}]""",
            ["heroCaption"] = "Delegates at the General Assembly.",
            ["heroCredit"] = "UN Photo",
            ["publishDate"] = "2024-06-01 00:00:00",
            ["body"] = $"""<p>One<sup data-citation="{Second}"></sup> two<sup data-citation="{First}"></sup> again<sup data-citation="{Second}"></sup> unknown<sup data-citation="c0000000-0000-0000-0000-0000000000ff"></sup>.</p>""",
            ["citations"] = CitationsValue(
                new { key = First, documentKey = DocumentKey, locator = new { label = "folio", value = "193ob" }, quote = "Текст записи", quoteLanguage = "ru", note = "An editor's note." },
                new { key = Second, documentKey = SampleSite.VyshinskySpeech },
                new { key = Third, documentKey = DocumentKey, locator = new { label = "folio", value = "194" } }),
        }),
        Document(DocumentKey, "Record of a Conversation", DocumentPath, new()
        {
            ["originalTitle"] = "Запись беседы",
            ["originalLanguages"] = """["ru"]""",
            ["documentDate"] = "1958-07-31",
            ["documentType"] = """["Report"]""",
            ["source"] = Source,
            ["summary"] = "An invented record.",
            ["translation"] = "<p>[p. 1] The first page.</p><p>Text [p. 2] the second page.</p>",
            ["people"] = "Andrei Vyshinsky | Вышинский",
            ["subjects"] = """["Korea"]""",
            ["programs"] = Udi(SampleSite.Happ),
            ["relatedDocuments"] = Udi(SampleSite.VyshinskySpeech),
        }),
        Program(ProgramKey, "A test program", ProgramPath, new()
        {
            ["shortDescription"] = "Invented.",
            ["blocks"] = BlocksValue(
                Block("callToAction", new { label = "Visit the archive", link = new { url = "https://digitalarchive.example.org/" } }, "visit", "Visit"),
                Block("timeline", new { events = new[] { new { year = 1947, text = "The UN takes up Korea." } } }, "timeline", "Timeline"),
                Block("documentSearch", new { label = "Russian documents", query = new { language = "ru", from = "1945", to = "1953" } }, "search", "Search")),
        }),
    ];

    /// <summary>Resolves the invented hero image only.</summary>
    public sealed class Media : IMediaUrlResolver
    {
        public string? UrlOf(Guid mediaKey) => mediaKey == HeroMedia ? "/media/hero.jpg" : null;
    }
}
