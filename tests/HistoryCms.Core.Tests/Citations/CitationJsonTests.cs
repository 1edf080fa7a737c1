using System.Text.Json;
using System.Text.Json.Nodes;
using HistoryCms.Core.Citations;

namespace HistoryCms.Core.Tests.Citations;

public sealed class CitationJsonTests
{
    private const string Canonical =
        """{"v":1,"citations":[{"key":"3f2b8c1e-7a4d-4e9b-b1c2-0d9e8f7a6b5c","documentKey":"6b0c8f34-1d7e-4a57-9a3e-2f1c9d8e7a61","locator":{"label":"folio","value":"193ob"},"quote":"Мы не хотим войны","quoteLanguage":"ru","note":"Khrushchev’s words."}]}""";

    [Fact]
    public void Reads_every_field_of_the_canonical_value()
    {
        var read = CitationJson.Read(Canonical);

        Assert.True(read.IsReadable);
        Assert.Empty(read.Problems);
        var citation = Assert.Single(read.List.Items);
        Assert.Equal("3f2b8c1e-7a4d-4e9b-b1c2-0d9e8f7a6b5c", citation.Key);
        Assert.Equal(TestContent.RecordKey, citation.DocumentGuid);
        Assert.Equal(LocatorLabel.Folio, citation.Locator?.Kind);
        Assert.Equal("193ob", citation.Locator?.Value);
        Assert.Equal("Мы не хотим войны", citation.Quote);
        Assert.Equal("ru", citation.QuoteLanguage);
        Assert.Equal("Khrushchev’s words.", citation.Comment);
    }

    [Fact]
    public void Writes_the_canonical_value_back_byte_for_byte()
    {
        Assert.Equal(Canonical, CitationJson.Write(CitationJson.Read(Canonical).List));
    }

    public static TheoryData<string, object?> Shapes() => new()
    {
        { "JSON string", Canonical },
        { "JsonNode", JsonNode.Parse(Canonical) },
        { "JsonElement", JsonDocument.Parse(Canonical).RootElement.Clone() },
        { "double-encoded string", JsonSerializer.Serialize(Canonical) },
        { "bare array", JsonNode.Parse(Canonical)!["citations"]!.ToJsonString() },
        { "PascalCase names", Canonical.Replace("\"key\"", "\"Key\"").Replace("\"documentKey\"", "\"DocumentKey\"").Replace("\"citations\"", "\"Citations\"") },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Reads_the_value_in_any_shape_the_editor_sends(string shape, object? value)
    {
        var read = CitationJson.Read(value);

        Assert.True(read.IsReadable, shape);
        Assert.Equal(Canonical, CitationJson.Write(read.List));
    }

    [Fact]
    public void Keeps_unknown_fields_at_every_level()
    {
        const string value = """{"v":1,"future":{"x":[1,2]},"citations":[{"key":"3f2b8c1e-7a4d-4e9b-b1c2-0d9e8f7a6b5c","pinned":true,"locator":{"label":"page","value":"5","approx":"yes"}}]}""";

        var written = CitationJson.Write(CitationJson.Read(value).List);

        Assert.Equal("""{"v":1,"citations":[{"key":"3f2b8c1e-7a4d-4e9b-b1c2-0d9e8f7a6b5c","locator":{"label":"page","value":"5","approx":"yes"},"pinned":true}],"future":{"x":[1,2]}}""", written);
    }

    [Fact]
    public void Reports_a_field_of_the_wrong_type_and_keeps_it()
    {
        const string value = """{"v":1,"citations":[{"key":"3f2b8c1e-7a4d-4e9b-b1c2-0d9e8f7a6b5c","quote":{"text":"x"}}]}""";

        var read = CitationJson.Read(value);

        var problem = Assert.Single(read.Problems);
        Assert.Equal("citations[0].quote", problem.Path);
        Assert.Equal("Citation 1: the quote must be text, not an object.", problem.Message);
        Assert.Contains("\"quote\":{\"text\":\"x\"}", CitationJson.Write(read.List), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"v":2,"citations":[]}""", "v", "newer version")]
    [InlineData("""{"v":"one","citations":[]}""", "v", "\"one\" is not one HistoryCms knows")]
    [InlineData("""{"v":1,"citations":[""", "", "not valid JSON")]
    [InlineData("""{"v":1,"v":1,"citations":[]}""", "", "same field twice")]
    [InlineData("42", "", "not a number")]
    public void Reports_a_value_it_cannot_read_and_keeps_it_verbatim(string value, string path, string expected)
    {
        var read = CitationJson.Read(value);

        Assert.False(read.IsReadable);
        var problem = Assert.Single(read.Problems);
        Assert.Equal(path, problem.Path);
        Assert.Contains(expected, problem.Message, StringComparison.Ordinal);
        Assert.NotNull(read.Verbatim);
    }

    [Fact]
    public void Reports_items_that_are_not_objects_by_their_position()
    {
        var read = CitationJson.Read("""{"citations":[5,{"key":"3f2b8c1e-7a4d-4e9b-b1c2-0d9e8f7a6b5c"},null]}""");

        Assert.Equal(["citations[0]", "citations[2]"], read.Problems.Select(p => p.Path));
        Assert.Equal("Citation 1 is not a citation: it is a number instead of an object.", read.Problems[0].Message);
        Assert.Equal([1], read.SourceIndexes);
        Assert.Equal("citations[1]", read.PathOf(0));
    }
}
