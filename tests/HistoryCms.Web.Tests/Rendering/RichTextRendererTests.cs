using HistoryCms.Web.Rendering;
using HistoryCms.Web.Tests.TestSupport;
using HistoryCms.Web.ViewModels;

namespace HistoryCms.Web.Tests.Rendering;

public sealed class RichTextRendererTests
{
    private static readonly Guid A = new("c0000000-0000-0000-0000-00000000000a");
    private static readonly Guid B = new("c0000000-0000-0000-0000-00000000000b");
    private readonly RichTextRenderer _renderer = new(new HistoryHtmlSanitizer());

    [Fact]
    public void A_body_is_cut_at_its_markers_with_ids_for_every_repeat()
    {
        var body = _renderer.WithMarkers(
            $"""<p>One<sup data-citation="{B}"></sup>, two<SUP DATA-CITATION='{A.ToString().ToUpperInvariant()}'></SUP>, again<sup data-citation="{B}"></sup>.</p>""",
            new Dictionary<Guid, int> { [A] = 2, [B] = 1 });

        var markers = body.Segments.Select(s => s.Marker).OfType<CitationMarkerModel>().ToList();
        Assert.Equal([1, 2, 1], markers.Select(m => m.Number));
        Assert.Equal(["cite-ref-1", "cite-ref-2", "cite-ref-1-2"], markers.Select(m => m.ReferenceId));
        Assert.Equal("<p>One", body.Segments[0].Html!.ToString());
        Assert.Equal(".</p>", body.Segments[^1].Html!.ToString());
    }

    [Theory]
    [InlineData("<p>x<sup data-citation=\"c0000000-0000-0000-0000-0000000000ff\"></sup></p>", "<p>x</p>")]
    [InlineData("<p>x<sup data-citation=\"not a key\"></sup></p>", "<p>x</p>")]
    [InlineData("<p>x<!--comment--></p>", "<p>x</p>")]
    [InlineData("", "")]
    public void Markers_of_no_citation_and_comments_leave_nothing(string html, string expected)
    {
        var body = _renderer.WithMarkers(html, new Dictionary<Guid, int> { [A] = 1 });
        Assert.Equal(expected, string.Concat(body.Segments.Select(s => s.Html?.ToString())));
        Assert.DoesNotContain(body.Segments, s => s.Marker is not null);
    }

    [Theory]
    [InlineData("<p>[p. 2] text</p>", "page-2", "[p. 2]")]
    [InlineData("<p>see [l. 193ob]</p>", "page-193ob", "[l. 193ob]")]
    [InlineData("<p>[pp. 3-4]</p>", "page-3-4", "[pp. 3-4]")]
    [InlineData("<p>[Page 12]</p>", "page-12", "[Page 12]")]
    public void Page_markers_of_a_translation_get_a_span_and_an_id(string html, string id, string text)
    {
        var page = PageHost.Parse("<body>" + _renderer.WithPageMarkers(html) + "</body>");
        var marker = page.QuerySelector(".history-page-marker")!;
        Assert.Equal(id, marker.Id);
        Assert.Equal(text, marker.TextContent);
    }

    [Fact]
    public void A_repeated_page_marker_keeps_one_id()
    {
        var page = PageHost.Parse("<body>" + _renderer.WithPageMarkers("<p>[p. 2] a [p. 2] b</p>") + "</body>");
        Assert.Equal(["page-2", ""], page.QuerySelectorAll(".history-page-marker").Select(m => m.Id ?? string.Empty));
    }

    [Theory]
    [InlineData("<p onclick=\"x()\">a</p>", "<p>a</p>")]
    [InlineData("<a href=\"javascript:alert(1)\">a</a>", "<a>a</a>")]
    [InlineData("<a href=\"https://example.org/\" target=\"_blank\">a</a>", "<a href=\"https://example.org/\" target=\"_blank\" rel=\"noopener noreferrer\">a</a>")]
    [InlineData("<a href=\"mailto:a@example.org\">a</a>", "<a href=\"mailto:a@example.org\">a</a>")]
    [InlineData("<p style=\"color:red\" lang=\"ru\">а</p>", "<p lang=\"ru\">а</p>")]
    [InlineData("<form><input name=\"q\"><button>Go</button></form>", "Go")]
    [InlineData("<script>alert(1)</script><p>a</p>", "<p>a</p>")]
    [InlineData("<figure><img src=\"/a.jpg\" alt=\"A\"><figcaption>A</figcaption></figure>", "<figure><img src=\"/a.jpg\" alt=\"A\"><figcaption>A</figcaption></figure>")]
    [InlineData("<sup data-citation=\"k\" data-other=\"x\"></sup>", "<sup data-citation=\"k\"></sup>")]
    public void The_sanitizer_keeps_rich_text_and_drops_what_could_run(string html, string expected)
    {
        Assert.Equal(expected, new HistoryHtmlSanitizer().Sanitize(html));
    }

    [Theory]
    [InlineData("the <mark>Korea</mark>n question", "the <mark>Korea</mark>n question")]
    [InlineData("<mark class=\"x\" onclick=\"y()\">a</mark><b>b</b><script>c</script>", "<mark>a</mark>b")]
    [InlineData("a &lt;b&gt;", "a &lt;b&gt;")]
    public void A_snippet_keeps_only_marks(string snippet, string expected)
    {
        Assert.Equal(expected, new HistoryHtmlSanitizer().SanitizeSnippet(snippet));
    }
}
