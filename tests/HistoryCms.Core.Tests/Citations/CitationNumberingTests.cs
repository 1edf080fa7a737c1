using HistoryCms.Core.Citations;

namespace HistoryCms.Core.Tests.Citations;

public sealed class CitationNumberingTests
{
    private static readonly Guid DocA = Guid.Parse("aaaaaaaa-0000-4000-8000-000000000001");
    private static readonly Guid DocB = Guid.Parse("bbbbbbbb-0000-4000-8000-000000000002");

    private static Citation C(int n, Guid document) => new()
    {
        Key = $"00000000-0000-4000-8000-00000000000{n}",
        DocumentKey = document.ToString(),
    };

    private static string Marker(int n) => $"<sup data-citation=\"00000000-0000-4000-8000-00000000000{n}\"></sup>";

    [Fact]
    public void Numbers_by_first_appearance_in_the_body_then_unreferenced_in_list_order()
    {
        var list = new CitationList([C(1, DocA), C(2, DocB), C(3, DocA), C(4, DocB)]);
        var body = $"<p>x{Marker(3)} y{Marker(1)} z{Marker(3)}</p>";

        var numbered = CitationNumbering.Number(list, body);

        Assert.Equal([2, 0, 1, 3], numbered.Select(n => n.Index));
        Assert.Equal([1, 2, 3, 4], numbered.Select(n => n.Number));
        Assert.Equal([true, true, false, false], numbered.Select(n => n.IsReferenced));
        Assert.Equal(new int?[] { null, 1, null, 3 }, numbered.Select(n => n.RepeatOf));
    }

    [Fact]
    public void Renumbers_when_a_citation_is_deleted()
    {
        var body = $"<p>{Marker(1)}{Marker(2)}{Marker(3)}</p>";

        var numbered = CitationNumbering.Number(new CitationList([C(1, DocA), C(3, DocB)]), body);

        Assert.Equal([(1, C(1, DocA).Key), (2, C(3, DocB).Key)], numbered.Select(n => (n.Number, n.Citation.Key)));
    }

    [Fact]
    public void Keeps_the_list_order_without_a_body()
    {
        var numbered = CitationNumbering.Number(new CitationList([C(2, DocA), C(1, DocB)]), null);

        Assert.Equal([0, 1], numbered.Select(n => n.Index));
    }

    [Fact]
    public void Matches_markers_to_keys_in_any_guid_format()
    {
        var body = "<sup data-citation=\"{00000000-0000-4000-8000-000000000002}\"></sup>";

        var numbered = CitationNumbering.Number(new CitationList([C(1, DocA), C(2, DocB)]), body);

        Assert.Equal(1, numbered.Single(n => n.Index == 1).Number);
    }

    [Fact]
    public void Reports_markers_that_point_at_no_citation_by_position_and_key()
    {
        var list = new CitationList([C(1, DocA)]);
        var body = $"<p>{Marker(1)}{Marker(5)}<sup data-citation=\"\"></sup></p>";

        var messages = CitationMarkerCheck.Check(list, body);

        Assert.Equal(
            [
                "body: Citation marker 2 in the body (\"00000000-0000-4000-8000-000000000005\") points at no citation of this post. Remove the marker, or add the citation back and insert the marker again with \"Cite\".",
                "body: Citation marker 3 in the body has no citation key. Remove it and insert it again with \"Cite\".",
            ],
            messages.Select(m => m.ToString()));
        Assert.Empty(CitationMarkerCheck.Check(list, $"<p>{Marker(1)}</p>"));
    }
}
