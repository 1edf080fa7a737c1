using System.Text.Json;
using System.Text.Json.Nodes;
using HistoryCms.Core.Citations;

namespace HistoryCms.Core.Tests.Citations;

public sealed class CitationPreviewBuilderTests
{
    private const string First = "3f2b8c1e-7a4d-4e9b-b1c2-0d9e8f7a6b5c";
    private const string Second = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";
    private const string Third = "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f";

    private static readonly CitedDocument Record = CitedDocuments.Report with { Key = TestContent.RecordKey };

    private static CitationPreviewBuilder Builder() =>
        new(TestContent.Sample(), new TestDocumentSource(Record), CitedDocuments.Options);

    [Fact]
    public void Previews_every_citation_in_list_order_with_its_number_document_note_and_messages()
    {
        var value = JsonNode.Parse($$$"""
            {"v":1,"citations":[
              {"key":"{{{First}}}","documentKey":"{{{TestContent.RecordKey}}}","locator":{"label":"folio","value":"abc"}},
              {"key":"{{{Second}}}","documentKey":"{{{TestContent.RecordKey}}}","locator":{"label":"folio","value":"193ob"}}]}
            """);

        var body = $"<sup data-citation=\"{Second}\"></sup><sup data-citation=\"gone\"></sup>";
        var preview = Builder().Build(value, body);

        Assert.Equal([(First, 2, false), (Second, 1, true)], preview.Items.Select(i => (i.Citation.Key, i.Citation.Number, i.Citation.IsReferenced)));
        Assert.Equal("citations[0].locator.value", Assert.Single(preview.Items[0].Messages).Path);
        Assert.Empty(preview.Items[1].Messages);
        Assert.Equal("On the Korean Question", preview.Items[1].Citation.Document!.Title);
        Assert.Contains("RGANI, f. 5, op. 49, d. 131, l. 193ob", preview.Items[1].Citation.Formatted.Note, StringComparison.Ordinal);
        var general = Assert.Single(preview.Messages);
        Assert.Equal("body", general.Path);
        Assert.Contains("\"gone\"", general.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_previewed_citation_is_the_citation_the_delivery_api_will_deliver()
    {
        var value = JsonNode.Parse($$$"""
            {"v":1,"citations":[
              {"key":"{{{First}}}","documentKey":"{{{TestContent.RecordKey}}}","locator":{"label":"folio","value":"194"},"quote":"Words","note":"Why"},
              {"key":"{{{Second}}}","documentKey":"{{{TestContent.RecordKey}}}","locator":{"label":"folio","value":"193ob"}},
              {"key":"{{{Third}}}","documentKey":"{{{Guid.NewGuid()}}}"}]}
            """);
        var body = $"<sup data-citation=\"{Second}\"></sup><sup data-citation=\"{First}\"></sup>";

        var preview = Builder().Build(value, body);
        var delivered = new CitationDtoMapper(new TestDocumentSource(Record), CitedDocuments.Options).Map(value, body);

        Assert.Equal(delivered.OrderBy(d => d.Key == First ? 0 : d.Key == Second ? 1 : 2), preview.Items.Select(i => i.Citation), new DtoJsonComparer());
        Assert.Equal("Unavailable document.", preview.Items[2].Citation.Formatted.Note);
    }

    [Fact]
    public void A_marker_that_points_at_no_citation_is_a_message_about_the_whole_list()
    {
        var value = JsonNode.Parse($$$"""{"v":1,"citations":[{"key":"{{{Second}}}","documentKey":"{{{TestContent.RecordKey}}}"}]}""");
        var preview = Builder().Build(value, "<sup data-citation=\"gone\"></sup>");
        var general = Assert.Single(preview.Messages);
        Assert.Equal("body", general.Path);
        Assert.Contains("\"gone\"", general.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Answers_in_the_contract_shape()
    {
        var value = JsonNode.Parse($$"""{"v":1,"citations":[{"key":"{{First}}","documentKey":"{{TestContent.PostKey}}"}]}""");

        var json = JsonSerializer.Serialize(Builder().Build(value, null));

        Assert.Equal(
            $$$"""{"items":[{"citation":{"key":"{{{First}}}","number":1,"document":null,"locator":null,"quote":null,"quoteLanguage":null,"note":null,"repeatOf":null,"isReferenced":false,"formatted":{"note":"Unavailable document.","shortNote":"Unavailable document.","bibliography":"Unavailable document.","digitalArchive":"Unavailable document"}},"messages":[{"path":"citations[0].documentKey","message":"Citation 1 (Failed Diplomacy) cites \u0022Failed Diplomacy\u0022, which is a blog post, not an archival document. Only archival documents can be cited here."}]}],"messages":[]}""",
            json);
    }

    [Fact]
    public void Reports_an_unreadable_value_as_a_general_message()
    {
        var preview = Builder().Build("{\"v\":1,", null);

        Assert.Empty(preview.Items);
        Assert.Contains("not valid JSON", Assert.Single(preview.Messages).Message, StringComparison.Ordinal);
    }

    private sealed class DtoJsonComparer : IEqualityComparer<CitationDto>
    {
        public bool Equals(CitationDto? x, CitationDto? y) => JsonSerializer.Serialize(x) == JsonSerializer.Serialize(y);

        public int GetHashCode(CitationDto obj) => JsonSerializer.Serialize(obj).GetHashCode(StringComparison.Ordinal);
    }
}
