using HistoryCms.Core.Delivery;
using P = HistoryCms.Core.HistoryAliases.Properties;
using T = HistoryCms.Core.HistoryAliases.ContentTypes;

namespace HistoryCms.Core.Tests.Delivery;

public sealed class HistoryIndexEntryTests
{
    private const string DocumentA = "7e6b8a33-1d2c-4a7a-9f0e-3c1f2b4d5e61";
    private const string DocumentB = "0b5e7f21-8c4d-4e3a-b2a1-9d8c7f6e5d42";
    private static readonly DateTime Created = new(2024, 4, 20, 9, 0, 0, DateTimeKind.Utc);

    public static TheoryData<string, string?> DocumentDates => new()
    {
        { "1947-10-17", "1947-10-17" },
        { "1952-03", "1952-03-01" },
        { "1958", "1958-01-01" },
        { "1950~", "1950-01-01" },
        { "1945/1946", "1945-01-01" },
        { "1960-07-23/1960-07-25", "1960-07-23" },
        { "1947-10-17 00:00:00", "1947-10-17" },
        { "195X", "1950-01-01" },
        { "c. 1950", "1950-01-01" },
        { "July 23, 1960", "1960-07-23" },
        { "XXXX", null },
        { "undated", null },
        { "", null },
        { "not a date", null },
    };

    public static TheoryData<string, string[]> CitationValues => new()
    {
        { $$"""{"v":1,"citations":[{"key":"c1","documentKey":"{{DocumentA}}"},{"key":"c2","documentKey":"{{DocumentB}}"},{"key":"c3","documentKey":"{{DocumentA}}"}]}""", [DocumentA, DocumentB] },
        { $$"""{"v":1,"citations":[{"key":"c1","documentKey":"umb://document/{{Guid.Parse(DocumentA):N}}"}]}""", [DocumentA] },
        { $$"""[{"key":"c1","documentKey":"{{DocumentB}}"}]""", [DocumentB] },
        { $$"""{"V":1,"Citations":[{"Key":"c1","DocumentKey":"{{DocumentA}}"}]}""", [DocumentA] },
        { $$"""{"v":1,"citations":[{"key":"c1","documentKey":"00000000-0000-0000-0000-000000000000"},{"key":"c2"},{"key":"c3","documentKey":42}]}""", [] },
        { """{"v":1,"citations":""", [] },
        { "", [] },
    };

    [Theory]
    [MemberData(nameof(DocumentDates))]
    public void A_documents_date_filters_from_the_first_day_it_can_denote(string stored, string? expected)
    {
        var entry = HistoryIndexEntry.For(T.ArchivalDocument, alias => alias == P.DocumentDate ? stored : null, Created);

        Assert.Equal(expected, entry.DocumentDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(entry.DocumentDate is null || entry.DocumentDate.Value.Kind == DateTimeKind.Utc);
    }

    [Theory]
    [MemberData(nameof(CitationValues))]
    public void A_posts_cited_documents_are_read_as_the_citations_editor_stores_them(string stored, string[] expected)
    {
        var entry = HistoryIndexEntry.For(T.BlogPost, alias => alias == P.Citations ? stored : null, Created);

        Assert.Equal(expected.Select(Guid.Parse), entry.CitedDocumentIds);
    }

    [Fact]
    public void A_post_without_a_publish_date_is_published_when_it_was_created()
    {
        var entry = HistoryIndexEntry.For(T.BlogPost, _ => null, Created);

        Assert.Equal(Created, entry.PublishDate);
        Assert.Null(entry.DocumentDate);
    }

    [Fact]
    public void Other_types_have_an_empty_entry()
    {
        Assert.Same(HistoryIndexEntry.Empty, HistoryIndexEntry.For(T.Author, _ => "1950", Created));
    }
}
