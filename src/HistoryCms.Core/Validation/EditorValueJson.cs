using System.Text.Json;
using System.Text.Json.Nodes;

namespace HistoryCms.Core.Validation;

/// <summary>
/// Reads a property editor value that arrives in any of the shapes Umbraco hands over (a JSON string, a
/// <see cref="JsonNode"/>, a <see cref="JsonElement"/>, or a CLR object) as a <see cref="JsonNode"/>, without throwing.
/// Shared by the Document Citations and Program Blocks editors.
/// </summary>
public static class EditorValueJson
{
    /// <summary>The largest value accepted, in characters of JSON (a property value is not a file store).</summary>
    public const int MaxLength = 2_000_000;

    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        MaxDepth = 32,
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,

        // A repeated field name would otherwise fail later, when a JsonObject first builds its dictionary.
        AllowDuplicateProperties = false,
    };

    /// <summary>
    /// Reads <paramref name="value"/> as JSON. The node returned is fully built (every string decoded, every object's
    /// fields indexed), so reading it later cannot fail on a broken escape or a repeated field name.
    /// </summary>
    /// <param name="value">The raw value.</param>
    /// <param name="node">The JSON, or <c>null</c> when the value is empty.</param>
    /// <param name="error">Why the value could not be read, in an editor's words; <c>null</c> on success.</param>
    /// <returns><c>true</c> when the value is empty or valid JSON.</returns>
    public static bool TryRead(object? value, out JsonNode? node, out string? error)
    {
        node = null;
        error = null;
        try
        {
            var text = value switch
            {
                null => null,
                string s => s,
                JsonNode n => n.ToJsonString(),
                JsonElement { ValueKind: JsonValueKind.Undefined or JsonValueKind.Null } => null,
                JsonElement e => e.GetRawText(),
                _ => JsonSerializer.Serialize(value),
            };
            if (string.IsNullOrWhiteSpace(text))
            {
                return true;
            }

            if (text.Length > MaxLength)
            {
                error = $"The value is too large ({text.Length:N0} characters; at most {MaxLength:N0}).";
                return false;
            }

            using var document = JsonDocument.Parse(text, DocumentOptions);
            node = Materialise(document.RootElement);
            return true;
        }
        catch (JsonException ex) when (ex.Message.StartsWith("Duplicate", StringComparison.Ordinal))
        {
            error = "The value has the same field twice in one object; remove the duplicate.";
            return false;
        }
        catch (JsonException ex)
        {
            error = $"The value is not valid JSON ({ex.Message.Split('.')[0]}).";
            return false;
        }
        catch (NotSupportedException ex)
        {
            error = $"The value cannot be read as JSON ({ex.Message.Split('.')[0]}).";
            return false;
        }
        catch (InvalidOperationException ex)
        {
            error = $"The value cannot be read as JSON ({ex.Message.Split('.')[0]}).";
            return false;
        }
        catch (ArgumentException)
        {
            // Text with a broken character (a lone UTF-16 surrogate) cannot be transcoded to UTF-8 for the parser, and a
            // JSON node with a repeated field name fails when it is copied.
            error = "The value cannot be read as JSON: it contains a broken character or a repeated field name.";
            return false;
        }
    }

    private static JsonNode? Materialise(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => new JsonObject(element.EnumerateObject().Select(p => KeyValuePair.Create(p.Name, Materialise(p.Value)))),
        JsonValueKind.Array => new JsonArray([.. element.EnumerateArray().Select(Materialise)]),
        JsonValueKind.String => JsonValue.Create(element.GetString()),
        JsonValueKind.True => JsonValue.Create(true),
        JsonValueKind.False => JsonValue.Create(false),
        JsonValueKind.Number => JsonValue.Create(element.Clone()),
        _ => null,
    };
}
