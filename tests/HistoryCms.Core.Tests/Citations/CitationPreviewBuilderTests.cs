using System.Text.Json;
using System.Text.Json.Nodes;
using HistoryCms.Core.Citations;

namespace HistoryCms.Core.Tests.Citations;

public sealed class CitationPreviewBuilderTests
{
    private const string First = "3f2b8c1e-7a4d-4e9b-b1c2-0d9e8f7a6b5c";
    private const string Second = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";

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

        var preview = Builder().Build(value, $"<sup data-citation=\"{Second}\"></sup><sup data-citation=\"gone\"></sup>");

        Assert.Equal([(First, 2), (Second, 1)], preview.Items.Select(i => (i.Key, i.Number)));
        Assert.Equal("citations[0].locator.value", Assert.Single(preview.Items[0].Messages).Path);
        Assert.Empty(preview.Items[1].Messages);
        Assert.Equal(new CitationPreviewDocument(TestContent.RecordKey, "historyArchivalDocument", "On the Korean Question", "July 31, 1958",
            CitedDocuments.Report.Source, "/archive/on-the-korean-question/"), preview.Items[1].Document);
        Assert.Contains("RGANI, f. 5, op. 49, d. 131, l. 193ob", preview.Items[1].Formatted!.Note, StringComparison.Ordinal);
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
            $$"""{"items":[{"key":"{{First}}","number":1,"document":null,"formatted":null,"messages":[{"path":"citations[0].documentKey","message":"Citation 1 (Failed Diplomacy) cites \u0022Failed Diplomacy\u0022, which is a blog post, not an archival document. Only archival documents can be cited here."}]}],"messages":[]}""",
            json);
    }

    [Fact]
    public void Reports_an_unreadable_value_as_a_general_message()
    {
        var preview = Builder().Build("{\"v\":1,", null);

        Assert.Empty(preview.Items);
        Assert.Contains("not valid JSON", Assert.Single(preview.Messages).Message, StringComparison.Ordinal);
    }
}
