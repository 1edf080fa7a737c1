using System.Net;
using HistoryCms.Core.Citations;
using HistoryCms.Core.Content;
using HistoryCms.Server.Snapshot;
using HistoryCms.Web.Tests.TestSupport;
using static HistoryCms.Web.Tests.TestSupport.PageAssert;

namespace HistoryCms.Web.Tests.Rendering;

public sealed class OtherPageTests
{
    [Fact]
    public async Task The_author_page_shows_the_job_title_bio_and_posts()
    {
        await using var host = await PageHost.SampleAsync();
        var page = await host.PageAsync("/people/charles-kraus/");

        IsWellFormedPage(page);
        Assert.Equal("Charles Kraus", Text(page.QuerySelector("h1")));
        Assert.Equal("Deputy Director, History and Public Policy Program", Text(page.QuerySelector(".history-author__title")));
        Assert.Equal("/programs/history-and-public-policy-program/", page.QuerySelector(".history-author__affiliation a")!.GetAttribute("href"));
        Assert.StartsWith("Charles Kraus is the Deputy Director", Text(page.QuerySelector(".history-standfirst")), StringComparison.Ordinal);
        Assert.Equal(
            ["Failed Diplomacy: Soviet-American Relations and the Division of Korea"],
            page.QuerySelectorAll("section[aria-labelledby='author-posts'] h3").Select(Text));
    }

    [Fact]
    public async Task The_program_page_renders_each_block_with_its_kind_partial_in_order()
    {
        await using var host = await PageHost.SampleAsync();
        var page = await host.PageAsync("/programs/history-and-public-policy-program/");

        IsWellFormedPage(page);
        Assert.Equal("History and Public Policy Program", Text(page.QuerySelector("h1")));
        Assert.Equal(["about", "projects", "latest-posts", "people", "documents"], page.QuerySelectorAll("section.history-block").Select(s => s.Id));
        Assert.StartsWith("The History and Public Policy Program", Text(page.QuerySelector("#about .history-rich-text")), StringComparison.Ordinal);
        Assert.Equal(
            ["North Korea International Documentation Project", "Cold War International History Project"],
            page.QuerySelectorAll("#projects h3").Select(Text));
        Assert.Equal(["Failed Diplomacy: Soviet-American Relations and the Division of Korea"], page.QuerySelectorAll("#latest-posts h3").Select(Text));
        Assert.Equal("Deputy Director", Text(page.QuerySelector("#people .history-card__meta")));
        Assert.Equal(2, page.QuerySelectorAll("#documents .history-card").Length);
        Assert.Contains("October 17, 1947", Text(page.QuerySelector("#documents .history-card__meta")), StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#program-staff"));
        Assert.Equal(
            "/search?type=historyArchivalDocument&program=" + SampleSite.Happ,
            page.QuerySelector("section[aria-labelledby='program-documents'] p a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task A_block_kind_without_a_partial_renders_only_an_html_comment()
    {
        await using var host = await PageHost.SampleAsync(false, [.. InventedContent.Items]);
        var (status, html) = await host.GetAsync(InventedContent.ProgramPath);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<!-- HistoryCms: no partial for the block kind \"timeline\"", html, StringComparison.Ordinal);
        var page = PageHost.Parse(html);
        Assert.Null(page.QuerySelector("#timeline"));
        Assert.Equal("https://digitalarchive.example.org/", page.QuerySelector("#visit a.history-cta__link")!.GetAttribute("href"));
        Assert.Equal("/search?language=ru&from=1945&to=1953", page.QuerySelector("#search a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task The_document_page_shows_metadata_cited_by_and_a_cite_box_equal_to_the_formatter()
    {
        await using var host = await PageHost.SampleAsync();
        var page = await host.PageAsync("/archive/speech-by-andrei-vyshinsky-at-the-united-nations-general-assembly/");

        IsWellFormedPage(page);
        Assert.Equal("Speech by Andrei Vyshinsky at the United Nations General Assembly", Text(page.QuerySelector("h1")));
        var metadata = Rows(page.QuerySelector("section[aria-labelledby='document-metadata'] dl")!);
        Assert.Equal("September 18, 1947", metadata["Date"]);
        Assert.Equal("Speech", metadata["Document type"]);
        Assert.Equal("Andrei Vyshinsky (also Andrey Vyshinsky)", metadata["People and organizations"]);
        Assert.Equal(
            ["Failed Diplomacy: Soviet-American Relations and the Division of Korea"],
            page.QuerySelectorAll("section[aria-labelledby='document-cited-by'] h3").Select(Text));

        var style = new CitationStyleOptions { ArchiveName = "Wilson Center", SiteBaseUrl = new Uri(PageHost.SiteUrl) };
        var document = new HistoryContentReader(new ContentSnapshot(SampleSite.Items)).ReadArchivalDocument(SampleSite.Item(SampleSite.VyshinskySpeech))!;
        var formatted = new CitationFormatter(style).Format(CitedDocuments.From(document, style.UrlOf(document.RoutePath)), null);
        Assert.Equal(
            [formatted.DigitalArchive, formatted.Note, formatted.ShortNote, formatted.Bibliography],
            page.QuerySelectorAll("#cite-this-document .history-cite-box__text").Select(Text));
        Assert.Contains("Wilson Center Digital Archive", formatted.DigitalArchive, StringComparison.Ordinal);
        var downloads = page.QuerySelectorAll("#cite-this-document .history-cite-box__downloads a").ToList();
        Assert.Equal(
            [($"/history/api/v1/documents/{SampleSite.VyshinskySpeech}/citation.ris", RisExport.MediaType), ($"/history/api/v1/documents/{SampleSite.VyshinskySpeech}/citation.csl.json", CslJsonExport.MediaType)],
            downloads.Select(a => (a.GetAttribute("href"), a.GetAttribute("type"))));
    }

    [Fact]
    public async Task The_document_page_marks_translation_pages_and_lays_out_the_archival_reference()
    {
        await using var host = await PageHost.SampleAsync(false, [.. InventedContent.Items]);
        var page = await host.PageAsync(InventedContent.DocumentPath);

        IsWellFormedPage(page);
        Assert.Equal("ru", page.QuerySelector(".history-document__original-title")!.GetAttribute("lang"));
        Assert.Equal(["page-1", "page-2"], page.QuerySelectorAll(".history-translation .history-page-marker").Select(s => s.Id));
        Assert.Equal("[p. 2]", Text(page.QuerySelector("#page-2")));
        Assert.Contains("the second page", Text(page.QuerySelector(".history-translation")), StringComparison.Ordinal);
        Assert.Equal(InventedContent.Source, Text(page.QuerySelector(".history-reference__source")).Replace("Source: ", string.Empty, StringComparison.Ordinal));
        var parts = Rows(page.QuerySelector(".history-reference dl")!);
        Assert.Equal("5", parts["Fond"]);
        Assert.Equal("49", parts["Opis (inventory)"]);
        Assert.Equal("131", parts["Delo (file)"]);
        Assert.Equal("193-194", parts["Listy (leaves)"]);
        var metadata = Rows(page.QuerySelector("section[aria-labelledby='document-metadata'] dl")!);
        Assert.Equal("Gary Goldberg", metadata["Translated by"]);
        Assert.Equal("Russian", metadata["Original language"]);
        Assert.Equal("/search?subject=Korea", page.QuerySelector("section[aria-labelledby='document-metadata'] dd a")!.GetAttribute("href"));
        Assert.Equal(["Speech by Andrei Vyshinsky at the United Nations General Assembly"], page.QuerySelectorAll("section[aria-labelledby='document-related'] h3").Select(Text));
        Assert.Equal(["A test post"], page.QuerySelectorAll("section[aria-labelledby='document-cited-by'] h3").Select(Text));
    }

    [Fact]
    public async Task The_home_page_lists_programs_with_projects_and_recent_posts()
    {
        await using var host = await PageHost.SampleAsync();
        var page = await host.PageAsync("/");

        IsWellFormedPage(page);
        Assert.Equal("Wilson Center", Text(page.QuerySelector("h1")));
        Assert.Equal(["History and Public Policy Program"], page.QuerySelectorAll("#home-programs ~ ul > li > article > h3").Select(Text));
        Assert.Equal(
            ["North Korea International Documentation Project", "Cold War International History Project"],
            page.QuerySelectorAll(".history-card__projects a").Select(Text));
        Assert.Equal(["Failed Diplomacy: Soviet-American Relations and the Division of Korea"], page.QuerySelectorAll("#home-posts ~ ul h3").Select(Text));
        Assert.Equal("/_content/HistoryCms.Web/history.css", page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href"));
        Assert.Equal("/_content/HistoryCms.Web/favicon.svg", page.QuerySelector("link[rel=icon]")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("/no/such/page/")]
    [InlineData("/posts/no-such-post/")]
    public async Task A_path_without_a_page_is_a_404_page_for_browsers_and_a_problem_for_others(string path)
    {
        await using var host = await PageHost.SampleAsync();
        var page = await host.PageAsync(path, HttpStatusCode.NotFound);
        Assert.Equal("Page not found", Text(page.QuerySelector("h1")));

        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Accept.Clear();
        request.Headers.Accept.ParseAdd("application/json");
        using var response = await host.Client.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Api_paths_never_get_an_html_page()
    {
        await using var host = await PageHost.SampleAsync();
        var (status, html) = await host.GetAsync("/history/api/v1/nothing");
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.DoesNotContain("<html", html, StringComparison.Ordinal);
    }
}
