using HistoryCms.Core.Citations;

namespace HistoryCms.Core.Tests.Citations;

public sealed class CitationMarkersTests
{
    [Theory]
    [InlineData("""<p>Text<sup data-citation="a"></sup></p>""", "[a]")]
    [InlineData("""<p><SUP DATA-CITATION='a'></SUP></p>""", "[a]")]
    [InlineData("""<sup class="note" data-citation=a id=x></sup>""", "[a]")]
    [InlineData("""<sup   data-citation = " a " ></sup>""", "[a]")]
    [InlineData("""<sup data-citation="a&amp;b"></sup>""", "[a&b]")]
    [InlineData("""<sup data-citation="a" data-citation="b"></sup>""", "[a]")]
    [InlineData("""<sup title="x > y" data-citation="a"></sup>""", "[a]")]
    [InlineData("""<sup data-citation="a"/><sup data-citation="b"></sup><sup>2</sup>""", "[a][b]")]
    [InlineData("""<sup data-citation></sup>""", "[]")]
    [InlineData("""<!-- <sup data-citation="a"></sup> --><sup data-citation="b"></sup>""", "[b]")]
    [InlineData("""<script>var s = '<sup data-citation="a">';</script><sup data-citation="b"></sup>""", "[b]")]
    [InlineData("""<span data-citation="a"></span><supx data-citation="b"></supx>""", "")]
    [InlineData("""<p>5 < 6 and <sup data-citation="a"></sup>""", "[a]")]
    [InlineData("""<sup data-citation="a""", "[a]")]
    [InlineData("""<sup data-citation="a></sup>""", "[a></sup>]")]
    [InlineData("", "")]
    [InlineData("<", "")]
    [InlineData("<sup", "")]
    public void Finds_markers_as_a_browser_would_read_them(string html, string keys)
    {
        var found = string.Concat(CitationMarkers.Find(html).Select(m => $"[{m.Key}]"));

        Assert.Equal(keys, found);
    }

    [Fact]
    public void Numbers_markers_in_document_order_with_their_offsets()
    {
        const string html = """<p>a<sup data-citation="x"></sup> b<sup data-citation="y"></sup></p>""";

        var markers = CitationMarkers.Find(html);

        Assert.Equal([new CitationMarker("x", 4, 1), new CitationMarker("y", 35, 2)], markers);
    }

    [Fact]
    public void Reads_a_large_body_without_trouble()
    {
        var html = string.Concat(Enumerable.Repeat("<p>text <b>bold</b><sup data-citation=\"k\"></sup></p>", 20_000)) + "<sup";

        Assert.Equal(20_000, CitationMarkers.Find(html).Count);
    }
}
