using System.Text.Json;
using HistoryCms.Core.Citations;

namespace HistoryCms.Core.Tests.Citations;

public sealed class CitationDtoMapperTests
{
    private const string First = "3f2b8c1e-7a4d-4e9b-b1c2-0d9e8f7a6b5c";
    private const string Second = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";
    private const string Third = "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f";
    private const string Missing = "77777777-7777-4777-8777-777777777777";

    private static readonly JsonSerializerOptions PascalCase = new() { PropertyNamingPolicy = null };

    private static string Value => $$$"""
        {"v":1,"citations":[
          {"key":"{{{First}}}","documentKey":"{{{CitedDocuments.Report.Key}}}","locator":{"label":"folio","value":"193ob"},"quote":"Мы","quoteLanguage":"ru","note":"n"},
          {"key":"{{{Second}}}","documentKey":"{{{CitedDocuments.Report.Key}}}","locator":{"label":"folio","value":"194"}},
          {"key":"{{{Third}}}","documentKey":"{{{Missing}}}","locator":{"label":"page","value":"5"}}]}
        """;

    [Fact]
    public void Maps_citations_in_note_order_with_documents_and_formatted_notes()
    {
        var source = new TestDocumentSource(CitedDocuments.Report);
        var mapper = new CitationDtoMapper(source, CitedDocuments.Options);

        var dtos = mapper.Map(Value, $"<p>a<sup data-citation=\"{Second}\"></sup> b<sup data-citation=\"{First}\"></sup></p>");

        Assert.Equal([Second, First, Third], dtos.Select(d => d.Key));
        Assert.Equal([1, 2, 3], dtos.Select(d => d.Number));
        Assert.Equal(new int?[] { null, 1, null }, dtos.Select(d => d.RepeatOf));
        var first = dtos[1];
        Assert.Equal(new CitationDocumentDto(CitedDocuments.Report.Key, "On the Korean Question", "July 31, 1958", "RGANI, f. 5, op. 49, d. 131, ll. 193–194",
            "/archive/on-the-korean-question/", "https://archive.example.org/archive/on-the-korean-question/"), first.Document);
        Assert.Equal(new CitationLocatorDto("folio", "193ob", "l. 193ob"), first.Locator);
        Assert.Equal(("Мы", "ru", "n"), (first.Quote, first.QuoteLanguage, first.Comment));
        Assert.Equal("“On the Korean Question,” l. 193ob.", first.Formatted.ShortNote);
        Assert.StartsWith("“On the Korean Question,” report, trans. Gary Goldberg, July 31, 1958, RGANI, f. 5, op. 49, d. 131, l. 193ob,", first.Formatted.Note, StringComparison.Ordinal);
        Assert.Equal(2, source.Lookups);
    }

    [Fact]
    public void Maps_a_citation_of_a_missing_document_without_its_document()
    {
        var dto = new CitationDtoMapper(new TestDocumentSource(), CitedDocuments.Options).Map(Value, null)[2];

        Assert.Null(dto.Document);
        Assert.Equal(new FormattedCitation("Unavailable document, p. 5.", "Unavailable document, p. 5.", "Unavailable document.", "Unavailable document"), dto.Formatted);
    }

    [Fact]
    public void Serialises_with_fixed_camel_case_names_whatever_the_serializer_policy()
    {
        var dto = new CitationDtoMapper(new TestDocumentSource(CitedDocuments.Report), CitedDocuments.Options).Map(Value, null)[0];

        var json = JsonSerializer.Serialize(dto, PascalCase);

        Assert.StartsWith($$"""{"key":"{{First}}","number":1,"document":{"id":"{{CitedDocuments.Report.Key}}","title":"On the Korean Question","date":"July 31, 1958","archivalReference":""", json, StringComparison.Ordinal);
        Assert.Contains("\"formatted\":{\"note\":", json, StringComparison.Ordinal);
        Assert.Contains("\"shortNote\":", json, StringComparison.Ordinal);
        Assert.Contains("\"digitalArchive\":", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("{broken")]
    [InlineData("""{"v":9,"citations":[]}""")]
    [InlineData("""[1,"two",null]""")]
    public void Maps_an_empty_or_unreadable_value_to_no_citations(string? value)
    {
        Assert.Empty(new CitationDtoMapper(new TestDocumentSource(), CitedDocuments.Options).Map(value, "<sup data-citation=\"x\">"));
    }
}
