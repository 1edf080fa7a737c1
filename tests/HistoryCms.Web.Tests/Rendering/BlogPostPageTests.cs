using HistoryCms.Core;
using HistoryCms.Core.Citations;
using HistoryCms.Core.Content;
using HistoryCms.Server.Snapshot;
using HistoryCms.Web.Rendering;
using HistoryCms.Web.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using static HistoryCms.Web.Tests.TestSupport.PageAssert;

namespace HistoryCms.Web.Tests.Rendering;

public sealed class BlogPostPageTests
{
    private const string PostPath = "/posts/failed-diplomacy-soviet-american-relations-and-the-division-of-korea/";

    [Fact]
    public async Task The_sample_post_renders_title_standfirst_and_a_byline_with_the_job_title()
    {
        await using var host = await PageHost.SampleAsync();
        var page = await host.PageAsync(PostPath);

        IsWellFormedPage(page);
        Assert.Equal("Failed Diplomacy: Soviet-American Relations and the Division of Korea", Text(page.QuerySelector("h1")));
        Assert.StartsWith("Records from the Russian archives", Text(page.QuerySelector(".history-standfirst")), StringComparison.Ordinal);
        var author = page.QuerySelector(".history-byline__author")!;
        Assert.Equal("/people/charles-kraus/", author.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("Deputy Director, History and Public Policy Program", Text(author.QuerySelector(".history-byline__title")));
        // The sample post has no publish date: its file's creation date (2026-11-24) is not one, so the byline shows no date.
        Assert.Null(page.QuerySelector(".history-byline time"));
    }

    [Fact]
    public async Task Markers_are_numbered_in_body_order_and_link_to_notes_that_link_back()
    {
        await using var host = await PageHost.SampleAsync();
        var page = await host.PageAsync(PostPath);

        var markers = page.QuerySelectorAll(".history-body sup.history-marker").ToList();
        Assert.Equal(["1", "2", "3", "4"], markers.Select(m => Text(m.QuerySelector("a")).Replace("Note ", string.Empty, StringComparison.Ordinal)));
        Assert.Empty(page.QuerySelectorAll(".history-body sup[data-citation]"));
        foreach (var marker in markers)
        {
            var target = marker.QuerySelector("a")!.GetAttribute("href")!;
            var note = page.QuerySelector(target)!;
            Assert.Equal("li", note.LocalName);
            Assert.Equal("#" + marker.Id, note.QuerySelector(".history-note__back")!.GetAttribute("href"));
        }

        Assert.Equal(["note-1", "note-2", "note-3", "note-4"], page.QuerySelectorAll(".history-notes li").Select(li => li.Id));
    }

    [Fact]
    public async Task Notes_print_the_formatter_output_the_delivery_api_emits()
    {
        await using var host = await PageHost.SampleAsync();
        var page = await host.PageAsync(PostPath);
        var style = new CitationStyleOptions { ArchiveName = "Wilson Center", SiteBaseUrl = new Uri(PageHost.SiteUrl) };
        var snapshot = new ContentSnapshot(SampleSite.Items);
        var item = SampleSite.Item(SampleSite.Post);
        var expected = new CitationDtoMapper(new ContentCitedDocuments(snapshot, i => style.UrlOf(i.RoutePath)), style)
            .Map(item.Value(HistoryAliases.Properties.Citations), RichTextMarkup.Of(item.Value(HistoryAliases.Properties.Body)));

        var notes = page.QuerySelectorAll(".history-notes li").ToList();
        Assert.Equal(expected.Count, notes.Count);
        for (var i = 0; i < notes.Count; i++)
        {
            Assert.Equal(expected[i].Formatted.Note, Text(notes[i].QuerySelector(".history-note__text")));
        }

        Assert.Contains("Speech by George Marshall", Text(notes[0]), StringComparison.Ordinal);
        Assert.Equal(Normalize(expected[0].Quote), Text(notes[0].QuerySelector("blockquote")));
        Assert.False(notes[0].QuerySelector("blockquote")!.HasAttribute("lang"));
    }

    [Fact]
    public async Task The_cite_box_cites_the_post_itself_and_offers_its_sources_separately()
    {
        await using var host = await PageHost.SampleAsync();
        var page = await host.PageAsync(PostPath);
        var box = page.QuerySelector("#cite-this-post")!;

        // The sample post has no publish date (its uSync file's publishDate is empty): the citation prints "n.d.", not the
        // day the item was created.
        var forms = box.QuerySelectorAll(".history-cite-box__text").Select(Text).ToList();
        Assert.Equal(
            "Charles Kraus, “Failed Diplomacy: Soviet-American Relations and the Division of Korea,” Wilson Center (blog), n.d., "
            + PageHost.SiteUrl + "posts/failed-diplomacy-soviet-american-relations-and-the-division-of-korea/.",
            forms[0]);
        Assert.StartsWith("Kraus, Charles. “Failed Diplomacy", forms[1], StringComparison.Ordinal);
        var downloads = box.QuerySelectorAll(".history-cite-box__downloads a").ToList();
        Assert.Equal($"/history/api/v1/posts/{SampleSite.Post}/citation.ris", downloads[0].GetAttribute("href"));
        Assert.Equal(RisExport.MediaType, downloads[0].GetAttribute("type"));
        Assert.Equal($"/history/api/v1/posts/{SampleSite.Post}/citation.csl.json", downloads[1].GetAttribute("href"));
        Assert.Equal(CslJsonExport.MediaType, downloads[1].GetAttribute("type"));
        var sources = box.QuerySelectorAll(".history-cite-box__sources a").ToList();
        Assert.StartsWith("Download the documents it cites:", Text(box.QuerySelector(".history-cite-box__sources")), StringComparison.Ordinal);
        Assert.Equal(
            [$"/history/api/v1/posts/{SampleSite.Post}/sources.ris", $"/history/api/v1/posts/{SampleSite.Post}/sources.csl.json"],
            sources.Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task The_post_lists_its_programs_with_their_about_text()
    {
        await using var host = await PageHost.SampleAsync();
        var page = await host.PageAsync(PostPath);

        var programs = page.QuerySelectorAll("section[aria-labelledby='post-programs'] .history-card").ToList();
        Assert.Equal(
            ["History and Public Policy Program", "North Korea International Documentation Project", "Cold War International History Project"],
            programs.Select(p => Text(p.QuerySelector("h3"))));
        Assert.All(programs, p => Assert.NotEmpty(Text(p.QuerySelector(".history-card__text"))));
    }

    [Fact]
    public async Task A_second_citation_of_a_document_prints_the_short_note_and_a_quote_keeps_its_language()
    {
        await using var host = await PageHost.SampleAsync(false, [.. InventedContent.Items]);
        var page = await host.PageAsync(InventedContent.PostPath);

        IsWellFormedPage(page);
        var markers = page.QuerySelectorAll(".history-body sup.history-marker").ToList();
        Assert.Equal(["cite-ref-1", "cite-ref-2", "cite-ref-1-2"], markers.Select(m => m.Id));
        var notes = page.QuerySelectorAll(".history-notes li").ToList();
        Assert.Equal(3, notes.Count);
        Assert.Equal("ru", notes[1].QuerySelector("blockquote")!.GetAttribute("lang"));
        Assert.Equal("Текст записи", Text(notes[1].QuerySelector("blockquote")));
        Assert.Equal("An editor's note.", Text(notes[1].QuerySelector(".history-note__comment")));
        Assert.Contains("l. 193ob", Text(notes[1].QuerySelector(".history-note__text")), StringComparison.Ordinal);
        Assert.Null(notes[2].QuerySelector(".history-note__back"));
        Assert.True(Text(notes[2].QuerySelector(".history-note__text")).Length < Text(notes[1].QuerySelector(".history-note__text")).Length, "The repeat prints the short note.");
        Assert.Equal(3, page.QuerySelectorAll(".history-body sup").Length);
    }

    [Fact]
    public async Task The_hero_image_shows_with_caption_and_credit_when_its_media_resolves()
    {
        await using var host = await PageHost.StartAsync(
            [.. SampleSite.Items, .. InventedContent.Items],
            configure: s => s.AddSingleton<IMediaUrlResolver>(new InventedContent.Media()));
        var page = await host.PageAsync(InventedContent.PostPath);

        var figure = page.QuerySelector("figure.history-hero")!;
        Assert.Equal("/media/hero.jpg", figure.QuerySelector("img")!.GetAttribute("src"));
        Assert.Equal("Delegates at the General Assembly.", figure.QuerySelector("img")!.GetAttribute("alt"));
        Assert.Contains("Credit: UN Photo", Text(figure.QuerySelector("figcaption")), StringComparison.Ordinal);
    }
}
