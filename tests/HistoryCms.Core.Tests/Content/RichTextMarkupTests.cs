using System.Text.Json;
using System.Text.Json.Nodes;
using HistoryCms.Core.Citations;
using HistoryCms.Core.Content;

namespace HistoryCms.Core.Tests.Content;

/// <summary>
/// Reading a body's HTML from every form Umbraco 17 stores or hands over: the JSON envelope written by
/// RichTextPropertyEditorHelper.SerializeRichTextEditorValue with the BasicLatin JavaScriptEncoder (release/17.4.2), plain
/// HTML (older content, uSync files; RichTextPropertyEditorHelper.TryParseRichTextEditorValue's "raw markup" branch), and
/// the posted editor value as a JSON node.
/// </summary>
public sealed class RichTextMarkupTests
{
    private const string Html = "<p>Marshall’s “speech” &amp; more.<sup data-citation=\"8378b537-cdfa-447b-9391-08cd9f3b34d9\"></sup></p>";

    public static TheoryData<string, object?, string> Forms => new()
    {
        { "plain HTML", Html, Html },
        { "Umbraco's stored envelope, escaped, blocks null", UmbracoStoredRichText.Stored(Html), Html },
        { "the envelope unescaped", $$"""{"markup":{{JsonSerializer.Serialize(Html)}},"blocks":null}""", Html },
        { "the envelope without blocks", $$"""{"markup":{{JsonSerializer.Serialize(Html)}}}""", Html },
        { "the envelope with surrounding white space", "  " + UmbracoStoredRichText.Stored(Html) + "\n", Html },
        { "the envelope JSON-encoded twice", JsonSerializer.Serialize(UmbracoStoredRichText.Stored(Html)), Html },
        { "HTML JSON-encoded once", JsonSerializer.Serialize(Html), Html },
        { "the posted value as a JsonObject", JsonNode.Parse(UmbracoStoredRichText.Stored(Html)), Html },
        { "the posted value as a JsonElement", JsonDocument.Parse(UmbracoStoredRichText.Stored(Html)).RootElement.Clone(), Html },
        { "a JsonValue holding HTML", JsonValue.Create(Html), Html },
        { "the envelope with markup null", """{"markup":null,"blocks":null}""", string.Empty },
        { "an envelope with no markup field", """{"blocks":null}""", string.Empty },
        { "null", null, string.Empty },
        { "empty", string.Empty, string.Empty },
        { "broken JSON is kept as it is", "{\"markup\":\"<p>", "{\"markup\":\"<p>" },
        { "an envelope whose markup is not text is kept as it is", "{\"markup\":5}", "{\"markup\":5}" },
        { "a JSON array is not an envelope", "[1,2]", "[1,2]" },
        { "a quoted sentence is not a JSON-encoded body", "\"Quoted\"", "\"Quoted\"" },
    };

    [Theory]
    [MemberData(nameof(Forms))]
    public void Reads_the_markup_of_every_stored_form(string form, object? stored, string expected)
    {
        Assert.True(form.Length > 0);
        Assert.Equal(expected, RichTextMarkup.Of(stored));
    }

    [Fact]
    public void The_stored_envelope_holds_no_angle_bracket_so_a_raw_string_scan_finds_no_marker()
    {
        var stored = UmbracoStoredRichText.Stored(Html);

        Assert.DoesNotContain('<', stored);
        Assert.Contains("\\u003Csup data-citation=\\u0022", stored, StringComparison.Ordinal);
        Assert.Empty(CitationMarkers.Find(stored));
        Assert.Single(CitationMarkers.Find(RichTextMarkup.Of(stored)));
    }

    [Fact]
    public void The_fixture_with_blocks_is_byte_for_byte_what_Umbracos_encoder_writes()
    {
        var stored = UmbracoStoredRichText.WithBlocks(RepositoryPaths.Fixtures);

        var reserialized = JsonSerializer.Serialize(JsonNode.Parse(stored), UmbracoStoredRichText.SerializerOptions);

        Assert.Equal(stored, reserialized);
    }

    [Fact]
    public void Reads_the_markup_and_both_markers_of_a_value_with_blocks()
    {
        var markup = RichTextMarkup.Of(UmbracoStoredRichText.WithBlocks(RepositoryPaths.Fixtures));

        Assert.StartsWith("<p>Marshall concluded “that further attempts", markup, StringComparison.Ordinal);
        Assert.Contains("<umb-rte-block data-content-key=\"b1a2c3d4-0000-4000-8000-00000000000b\">", markup, StringComparison.Ordinal);
        Assert.Contains("Vyshinsky (Вышинский)", markup, StringComparison.Ordinal);
        Assert.Equal(
            ["8378b537-cdfa-447b-9391-08cd9f3b34d9", "109effbe-7bcb-461d-8e87-0663f757377f"],
            CitationMarkers.Find(markup).Select(m => m.Key));
    }

    [Fact]
    public void Stored_values_read_rich_text_through_the_same_function()
    {
        var stored = UmbracoStoredRichText.WithBlocks(RepositoryPaths.Fixtures);

        Assert.Equal(RichTextMarkup.Of(stored), StoredValues.Html(stored));
        Assert.Equal(string.Empty, StoredValues.Html("   "));
    }
}
