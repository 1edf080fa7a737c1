using HistoryCms.Core.Citations;
using ContentLink = HistoryCms.Core.Content.ContentLink;
using HistoryCms.Core.ProgramBlocks.Delivery;
using HistoryCms.Core.Search;
using HistoryCms.Web.Tests.TestSupport;
using HistoryCms.Web.ViewModels;
using Microsoft.AspNetCore.Html;
using static HistoryCms.Web.Tests.TestSupport.PageAssert;

namespace HistoryCms.Web.Tests.Rendering;

/// <summary>Each documented partial renders alone from its typed model, at its stable path.</summary>
public sealed class PartialTests
{
    private const string Shared = "/Views/Shared/HistoryCms/";
    private static readonly ContentLink Post = new(SampleSite.Post, "A <post>", "historyBlogPost", "/posts/a/");
    private static readonly ContentLink Person = new(SampleSite.Kraus, "Charles Kraus", "historyAuthor", "/people/charles-kraus/");
    private static readonly ContentRoute Route = new("/programs/p/");

    public static TheoryData<string, string, string, string> Partials => new()
    {
        { "_CitationMarker", "sup#cite-ref-3 a[href='#note-3']", "Note 3", "marker" },
        { "_CitationList", "li#note-2 .history-note__text", "Short “Title,” l. 5.", "notes" },
        { "_CiteBox", "#cite-box dd", "“Title,” 1947. <b>", "cite box" },
        { "_Byline", ".history-byline__title", "Deputy Director", "byline" },
        { "_HeroImage", "figcaption .history-hero__credit", "Credit: UN", "hero" },
        { "_PostCard", "h3 a[href='/posts/a/']", "A <post>", "post card" },
        { "_DocumentCard", ".history-card__meta", "Speech · September 18, 1947", "document card" },
        { "_ProgramCard", ".history-card__projects a", "NKIDP", "program card" },
        { "_PersonCard", ".history-card__meta", "Deputy Director", "person card" },
        { "_DocumentMetadata", "dd[lang=ru]", "Запись", "metadata" },
        { "_ArchivalReference", ".history-reference__source", "Source: RGANI, f. 5", "reference" },
        { "_FacetList", "a[aria-current=true]", "Russian (3) (in use; select to remove)", "facets" },
        { "_Pager", "a[aria-current=page]", "Page 2", "pager" },
        { "_SearchForm", "input[type=hidden][name=language]", string.Empty, "search form" },
        { "_SearchResult", ".history-result__snippet mark", "Korea", "search result" },
        { "Blocks/_richText", ".history-rich-text p", "About", "richText" },
        { "Blocks/_featuredDocuments", ".history-block__note", "Curated.", "featuredDocuments" },
        { "Blocks/_latestPosts", "h3", "A <post>", "latestPosts" },
        { "Blocks/_projectPromos", ".history-card__text", "Blurb.", "projectPromos" },
        { "Blocks/_people", ".history-card__meta", "Chair", "people" },
        { "Blocks/_callToAction", "a.history-cta__link[href='https://example.org/']", "Go", "callToAction" },
        { "Blocks/_documentSearch", "a[href='/search?language=ru']", "Russian documents", "documentSearch" },
    };

    [Theory]
    [MemberData(nameof(Partials))]
    public async Task The_partial_renders_its_model(string name, string selector, string text, string model)
    {
        await using var host = await PageHost.StartAsync(SampleSite.Items);
        var html = await host.PartialAsync(Shared + name + ".cshtml", Model(model));

        var element = html.QuerySelector(selector);
        Assert.True(element is not null, $"{name}: nothing matches {selector} in {html.Body!.InnerHtml}");
        Assert.Equal(text, Text(element));
    }

    [Fact]
    public async Task A_block_of_a_kind_without_a_partial_renders_a_comment_naming_the_partial_to_add()
    {
        await using var host = await PageHost.StartAsync(SampleSite.Items);
        var block = new ProgramBlockModel(new DeliveredProgramBlock(Guid.NewGuid(), "mapOfPlaces", new DeliveredBlockSettings("map", "Map"), new { }), ProgramBlockModel.PartialFor("mapOfPlaces"), "block-1-heading");
        var html = await host.PartialAsync(Shared + "_ProgramBlock.cshtml", block);

        Assert.Empty(html.Body!.Children);
        Assert.Contains("/Views/Shared/HistoryCms/Blocks/_mapOfPlaces.cshtml", html.Body.InnerHtml, StringComparison.Ordinal);
    }

    private static object Model(string name) => name switch
    {
        "marker" => new CitationMarkerModel(3, "note-3", "cite-ref-3"),
        "notes" => new FootnoteListModel(
        [
            new FootnoteModel(Citation(1, null), "note-1", "cite-ref-1"),
            new FootnoteModel(Citation(2, 1), "note-2", null),
        ]),
        "cite box" => new CiteBoxModel("Cite", "cite-box", [new CiteForm("Chicago", "“Title,” 1947. <b>")], [], []),
        "byline" => new BylineModel([new BylineAuthor(Person, "Deputy Director", null)], new DateOnly(2024, 5, 1)),
        "hero" => new HeroImageModel(new ImageModel("/media/a.jpg", "Delegates"), "Delegates", "UN"),
        "post card" => new PostSummary(Post, new DateOnly(2024, 5, 1), "Standfirst", [Person]),
        "document card" => new DocumentSummary(Post with { ContentType = "historyArchivalDocument" }, "September 18, 1947", "Speech", null),
        "program card" => new ProgramSummary(Post, "About.", [ProgramSummary.Of(Post with { Name = "NKIDP" }, null)]),
        "person card" => new PersonSummary(Person, "Deputy Director", null),
        "metadata" => (IReadOnlyList<MetadataRow>)[new MetadataRow("Original title", [new MetadataValue("Запись", Language: "ru")])],
        "reference" => new ArchivalReferenceModel("RGANI, f. 5", [new MetadataRow("Fond", [new MetadataValue("5")])]),
        "facets" => new FacetListModel([new FacetModel("language", "Original language", [new FacetValueModel("ru", "Russian", 3, "/search", true)])]),
        "pager" => new PagerModel(2, 3, [new PagerLink(1, "/search", false), new PagerLink(2, "/search?page=2", true)], "/search", "/search?page=3"),
        "search form" => new SearchFormModel("/search", "Korea", null, null, SiteSearchSort.Relevance, [new ActiveFilter("language", "Original language", "ru", "Russian", "/search?q=Korea")]),
        "search result" => new SearchResultModel(new SiteSearchHit(SampleSite.Post, "historyBlogPost", "Title", null, "/posts/a/", 1, null), "Post", null, new HtmlString("the <mark>Korea</mark>n question")),
        "richText" => new RichTextBlockContent("<p>About</p>"),
        "featuredDocuments" => new FeaturedDocumentsBlockContent([new DocumentCard(SampleSite.VyshinskySpeech, "Speech", "historyArchivalDocument", Route, "1947-09-18", "Speech", null)], "Curated."),
        "latestPosts" => new LatestPostsBlockContent(3, true, [new PostCard(Post.Key, Post.Name, Post.ContentType, new ContentRoute(Post.RoutePath), DateTimeOffset.UnixEpoch, null, [])]),
        "projectPromos" => new ProjectPromosBlockContent([new ProjectPromo(new ProgramCard(SampleSite.Nkidp, "NKIDP", "historyProgram", Route, "About."), "Blurb.")]),
        "people" => new PeopleBlockContent([new PersonEntry(new PersonCard(SampleSite.Kraus, "Charles Kraus", "historyAuthor", Route, "Deputy Director", null), "Chair")]),
        "callToAction" => new CallToActionBlockContent("Go", new DeliveredLink("https://example.org/", External: true, Document: null)),
        "documentSearch" => new DocumentSearchBlockContent("Russian documents", "/search?language=ru", new DocumentSearchQuery(null, "ru", null, null, null)),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };

    private static CitationDto Citation(int number, int? repeatOf) => new(
        Guid.NewGuid().ToString(), number, null, null, "Цитата", "ru", null, repeatOf, IsReferenced: true,
        new FormattedCitation("Full “Title,” l. 5.", "Short “Title,” l. 5.", "Bibliography.", "Digital archive."));
}
