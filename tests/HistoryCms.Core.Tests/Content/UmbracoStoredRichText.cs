using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace HistoryCms.Core.Tests.Content;

/// <summary>
/// Rich-text values exactly as Umbraco 17 stores them: <c>RichTextPropertyEditorHelper.SerializeRichTextEditorValue</c>
/// writes a <c>RichTextEditorValue</c> (<c>{"markup", "blocks"}</c>) with <c>SystemTextJsonSerializer</c>: camelCase names
/// and the encoder of <c>DefaultJsonSerializerEncoderFactory</c>, <c>JavaScriptEncoder.Create(UnicodeRanges.BasicLatin)</c>
/// (src/Umbraco.Infrastructure/PropertyEditors/RichTextPropertyEditorHelper.cs, Serialization/SystemTextJsonSerializer.cs,
/// Serialization/DefaultJsonSerializerEncoderFactory.cs, release/17.4.2). Those classes live in Umbraco.Infrastructure,
/// which cannot be restored here, so the same System.Text.Json settings are applied to the same shape.
/// </summary>
internal static class UmbracoStoredRichText
{
    /// <summary>The options of Umbraco's <c>SystemTextJsonSerializer</c> that matter for a rich-text value.</summary>
    public static JsonSerializerOptions SerializerOptions { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.BasicLatin),
    };

    /// <summary>The stored value of <paramref name="markup"/> with no blocks (<c>"blocks":null</c>), as Umbraco writes it.</summary>
    public static string Stored(string markup) => JsonSerializer.Serialize(new Value(markup, null), SerializerOptions);

    /// <summary>The fixture tests/fixtures/umbraco-rich-text/body-with-blocks.stored.txt (a value with a block; see SOURCES.txt there).</summary>
    public static string WithBlocks(string fixturesFolder) =>
        File.ReadAllText(Path.Combine(fixturesFolder, "umbraco-rich-text", "body-with-blocks.stored.txt"));

    /// <summary>The shape of Umbraco's <c>RichTextEditorValue</c> (src/Umbraco.Infrastructure/Models/RichTextEditorValue.cs).</summary>
    private sealed record Value(
        [property: JsonPropertyName("markup")] string Markup,
        [property: JsonPropertyName("blocks")] object? Blocks);
}
