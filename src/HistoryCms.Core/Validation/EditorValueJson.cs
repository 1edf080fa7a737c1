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

    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 32, AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    /// <summary>Reads <paramref name="value"/> as JSON.</summary>
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
            switch (value)
            {
                case null:
                    return true;
                case JsonNode n:
                    node = n.DeepClone();
                    return true;
                case JsonElement e:
                    node = e.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null ? null : JsonNode.Parse(e.GetRawText(), documentOptions: DocumentOptions);
                    return true;
                case string s:
                    if (string.IsNullOrWhiteSpace(s))
                    {
                        return true;
                    }

                    if (s.Length > MaxLength)
                    {
                        error = $"The value is too large ({s.Length:N0} characters; at most {MaxLength:N0}).";
                        return false;
                    }

                    node = JsonNode.Parse(s, documentOptions: DocumentOptions);
                    return true;
                default:
                    node = JsonSerializer.SerializeToNode(value);
                    return true;
            }
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
    }
}
