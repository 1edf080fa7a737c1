using System.Text.Json;
using HistoryCms.Core.Citations;
using HistoryCms.Core.Content;
using HistoryCms.Web.Rendering;
using HistoryCms.Web.ViewModels;

namespace HistoryCms.Web.Tests.Rendering;

/// <summary>
/// Parity of the one marker reader (issue 15, item 5): the markers Core finds in a body (<see cref="CitationMarkers"/>,
/// which note numbering and the editor's checks use) are exactly the markers the page renders, in order, for bodies
/// a browser's HTML parser reads in surprising ways.
/// </summary>
public sealed class CitationMarkerParityTests
{
    private const string K1 = "c0000000-0000-0000-0000-000000000001";
    private const string K2 = "c0000000-0000-0000-0000-000000000002";

    private readonly RichTextRenderer _renderer = new(new HistoryHtmlSanitizer());

    public static TheoryData<string, string> Bodies => new()
    {
        { "valid markers", $"""<p>a<sup data-citation="{K1}"></sup> b<sup data-citation='{K2}'></sup> c<sup data-citation="{K1}"></sup></p>""" },
        { "upper case, unquoted", $"<P>a<SUP DATA-CITATION={K1}></SUP></P>" },
        { "marker with content", $"""<p>a<sup data-citation="{K1}">[1]</sup><sup data-citation="{K2}"/>b</p>""" },
        { "not a key, then a key", $"""<sup data-citation="nope"></sup><sup data-citation=""></sup><sup data-citation="{K1}"></sup>""" },
        { "tag cut off by the end", $"""<p>a<sup data-citation="{K1}"></sup><sup data-citation="{K2}" """ },
        { "unclosed quote", $"""<p>a<sup data-citation="{K1}></sup><sup data-citation="{K2}"></sup></p>""" },
        { "inside an attribute", $"""<p title='<sup data-citation="{K1}"></sup>'>x</p><sup data-citation="{K2}"></sup>""" },
        { "inside an end tag's attribute", $"""<p>x</p title="<sup data-citation='{K1}'>"><sup data-citation="{K2}"></sup>""" },
        { "inside a comment", $"""<!-- <sup data-citation="{K1}"></sup> --><sup data-citation="{K2}"></sup>""" },
        { "after an abrupt comment", $"""<p><!--><sup data-citation="{K1}"></sup>--></p>""" },
        { "inside a processing instruction", $"""<?x <sup data-citation="{K1}"> ?><sup data-citation="{K2}"></sup>""" },
        { "CDATA in HTML is a bogus comment", $"""<p><![CDATA[ > <sup data-citation="{K1}"></sup> ]]></p>""" },
        { "inside a script", $"""<script>document.write('<sup data-citation="{K1}"></sup>')</script><sup data-citation="{K2}"></sup>""" },
        { "inside a textarea and a title", $"""<textarea><sup data-citation="{K1}"></sup></textarea><title><sup data-citation="{K1}"></sup></title><sup data-citation="{K2}"></sup>""" },
        { "inside xmp", $"""<xmp><sup data-citation="{K1}"></sup></xmp><sup data-citation="{K2}"></sup>""" },
        { "nested markers", $"""<p><sup data-citation="{K1}">x<sup data-citation="{K2}"></sup>y</sup>z</p>""" },
        { "escaped JSON envelope", JsonSerializer.Serialize(new { markup = $"""<p>a<sup data-citation="{K2}"></sup> b<sup data-citation="{K1}"></sup></p>""", blocks = (object?)null }) },
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public void The_page_renders_exactly_the_markers_core_finds(string name, string stored)
    {
        var html = RichTextMarkup.Of(stored);
        var found = CitationMarkers.Find(html).Select(m => CitationKeys.TryParse(m.Key, out var key) ? key : (Guid?)null).OfType<Guid>().ToList();
        var numbers = found.Distinct().Select((key, i) => (key, i)).ToDictionary(p => p.key, p => p.i + 1);

        var rendered = _renderer.WithMarkers(html, numbers).Segments.Select(s => s.Marker).OfType<CitationMarkerModel>()
            .Select(m => numbers.Single(n => n.Value == m.Number).Key).ToList();

        Assert.True(found.SequenceEqual(rendered), $"{name}: Core finds [{string.Join(", ", found)}], the page renders [{string.Join(", ", rendered)}]");
    }

    [Fact]
    public void A_nested_marker_renders_after_its_outer_one_and_marker_content_is_not_shown()
    {
        var body = _renderer.WithMarkers(
            $"""<p>a<sup data-citation="{K1}">x<sup data-citation="{K2}"></sup>y</sup>b</p>""",
            new Dictionary<Guid, int> { [Guid.Parse(K1)] = 1, [Guid.Parse(K2)] = 2 });

        Assert.Equal(["<p>a", "[1]", "[2]", "b</p>"], body.Segments.Select(s => s.Html?.ToString() ?? $"[{s.Marker!.Number}]"));
    }
}
