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
    [InlineData("""<sup data-citation="a""", "")]
    [InlineData("""<sup data-citation="a></sup>""", "")]
    [InlineData("""<!--><sup data-citation="a"></sup>-->""", "[a]")]
    [InlineData("""<!---><sup data-citation="a"></sup>""", "[a]")]
    [InlineData("""<!-- x --!><sup data-citation="a"></sup>""", "[a]")]
    [InlineData("""<?php <sup data-citation="a"> ?><sup data-citation="b"></sup>""", "[b]")]
    [InlineData("""<!DOCTYPE html><![CDATA[ > <sup data-citation="a"> ]]>""", "[a]")]
    [InlineData("""</p title="<sup data-citation='a'>"><sup data-citation="b"></sup>""", "[b]")]
    [InlineData("""</ <sup data-citation="a">><sup data-citation="b"></sup>""", "[b]")]
    [InlineData("""<xmp><sup data-citation="a"></xmp><iframe><sup data-citation="b"></iframe><sup data-citation="c">""", "[c]")]
    [InlineData("""<script>x</scripty><sup data-citation="a"></script><sup data-citation="b">""", "[b]")]
    [InlineData("""<plaintext><sup data-citation="a">""", "")]
    [InlineData("""<sup data-citation="a"><sup data-citation="b"></sup></sup>""", "[a][b]")]
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

        Assert.Equal([new CitationMarker("x", 4, 1) { Length = 29 }, new CitationMarker("y", 35, 2) { Length = 29 }], markers);
    }

    [Theory]
    [InlineData("""<sup data-citation="a"></sup>""", new[] { 29 })]
    [InlineData("""<sup data-citation="a">x<sup>2</sup>y</sup>!""", new[] { 43 })]
    [InlineData("""<sup data-citation="a">x<sup data-citation="b"></sup></SUP >""", new[] { 60, 29 })]
    [InlineData("""<sup data-citation="a" title="</sup>">""", new[] { 38 })]
    [InlineData("""<p><sup data-citation="a"></p>""", new[] { 23 })]
    public void A_markers_length_runs_through_its_matching_end_tag_or_covers_its_start_tag(string html, int[] lengths)
    {
        Assert.Equal(lengths, CitationMarkers.Find(html).Select(m => m.Length));
    }

    [Fact]
    public void Reads_a_large_body_without_trouble()
    {
        var html = string.Concat(Enumerable.Repeat("<p>text <b>bold</b><sup data-citation=\"k\"></sup></p>", 20_000)) + "<sup";

        Assert.Equal(20_000, CitationMarkers.Find(html).Count);
    }
}
