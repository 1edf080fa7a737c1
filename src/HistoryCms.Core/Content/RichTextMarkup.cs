using System.Text.Json;
using System.Text.Json.Nodes;
using HistoryCms.Core.Validation;

namespace HistoryCms.Core.Content;

/// <summary>
/// The one reader of a rich-text property's HTML, whatever form the value is stored or handed over in. Umbraco 17 stores
/// a rich-text value as the JSON <c>{"markup":"&lt;p&gt;…&lt;/p&gt;","blocks":null}</c> written by its serializer, whose
/// encoder escapes <c>&lt;</c>, <c>&gt;</c>, <c>"</c>, <c>'</c>, <c>&amp;</c>, <c>+</c> and every non-ASCII character as
/// <c>\uXXXX</c> (<c>RichTextPropertyEditorHelper.SerializeRichTextEditorValue</c>,
/// <c>DefaultJsonSerializerEncoderFactory</c>), so the stored string holds no <c>&lt;</c> at all; older content and uSync
/// files hold plain HTML. Every reader of a body's markup (citation markers, note numbering, rendering, search, delivery)
/// goes through <see cref="Of"/>.
/// </summary>
public static class RichTextMarkup
{
    /// <summary>
    /// The HTML of a rich-text value: the <c>markup</c> of the JSON envelope (escaped or not, with or without blocks, as a
    /// string, <see cref="JsonNode"/> or <see cref="JsonElement"/>), the value itself when it is plain HTML, or the HTML
    /// inside a value that was JSON-encoded twice. Never throws; a blank or markup-less value gives an empty string.
    /// </summary>
    /// <param name="stored">The stored or posted value.</param>
    /// <returns>The HTML.</returns>
    public static string Of(object? stored)
    {
        for (var depth = 0; depth < 3; depth++)
        {
            switch (stored)
            {
                case null:
                    return string.Empty;
                case JsonObject envelope:
                    return MarkupOf(envelope) ?? string.Empty;
                case JsonValue value when value.TryGetValue(out string? valueText):
                    stored = valueText;
                    continue;
                case JsonElement { ValueKind: JsonValueKind.String } element:
                    stored = element.GetString();
                    continue;
                case JsonElement { ValueKind: JsonValueKind.Object } element:
                    return EditorValueJson.TryRead(element, out var node, out _) && node is JsonObject o ? MarkupOf(o) ?? string.Empty : string.Empty;
                case JsonNode or JsonElement:
                    return string.Empty;
                case string text:
                    if (!LooksLikeJson(text, out var quoted))
                    {
                        return text;
                    }

                    if (!EditorValueJson.TryRead(text, out var read, out _) || read is null)
                    {
                        // Umbraco's own reader logs and gives up on broken JSON; keeping the text loses no marker.
                        return text;
                    }

                    if (read is JsonObject parsed)
                    {
                        // An envelope whose markup is not text cannot be read (Umbraco's deserializer throws): keep the stored text.
                        return MarkupOf(parsed) ?? text;
                    }

                    // A value JSON-encoded twice holds the envelope, or the HTML, as one JSON string.
                    if (quoted && read is JsonValue inner && inner.TryGetValue(out string? decoded) && IsEnvelopeOrHtml(decoded))
                    {
                        stored = decoded;
                        continue;
                    }

                    return text;
                default:
                    stored = stored.ToString();
                    continue;
            }
        }

        return stored as string ?? string.Empty;
    }

    private static bool IsEnvelopeOrHtml(string text)
    {
        var trimmed = text.AsSpan().TrimStart();
        return trimmed.StartsWith("<") || (LooksLikeJson(text, out var quoted) && !quoted);
    }

    /// <summary>The markup of an envelope: empty when absent or null, <c>null</c> when it is not text.</summary>
    private static string? MarkupOf(JsonObject envelope) =>
        !envelope.TryGetPropertyValue("markup", out var markup) || markup is null ? string.Empty
        : markup is JsonValue value && value.TryGetValue(out string? html) ? html
        : null;

    /// <summary>Umbraco's <c>DetectIsJson</c> test (starts and ends with braces or brackets), plus a JSON string literal.</summary>
    private static bool LooksLikeJson(string text, out bool quoted)
    {
        var trimmed = text.AsSpan().Trim();
        quoted = trimmed.Length >= 2 && trimmed[0] == '"' && trimmed[^1] == '"';
        return quoted
            || (trimmed.Length >= 2 && ((trimmed[0] == '{' && trimmed[^1] == '}') || (trimmed[0] == '[' && trimmed[^1] == ']')));
    }
}
