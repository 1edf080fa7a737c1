using System.Text.Json.Nodes;

namespace HistoryCms.Core.ProgramBlocks;

/// <summary>
/// Tolerant reads of a block's content for mapping, references and index text: a field of the wrong type reads as absent.
/// Kinds validate with <see cref="BlockContentCheck"/>, which reports what these reads would skip.
/// </summary>
public static class BlockContent
{
    /// <summary>A text field, trimmed; <c>null</c> when absent, blank or not text.</summary>
    /// <param name="source">The object (may be <c>null</c>).</param>
    /// <param name="name">The field name.</param>
    /// <returns>The text, or <c>null</c>.</returns>
    public static string? Text(JsonObject? source, string name) =>
        source?[name] is JsonValue value && value.TryGetValue<string>(out var text) && !string.IsNullOrWhiteSpace(text) ? text.Trim() : null;

    /// <summary>A whole-number field; <c>null</c> when absent or not a whole number.</summary>
    /// <param name="source">The object (may be <c>null</c>).</param>
    /// <param name="name">The field name.</param>
    /// <returns>The number, or <c>null</c>.</returns>
    public static int? WholeNumber(JsonObject? source, string name)
    {
        if (source?[name] is not JsonValue value)
        {
            return null;
        }

        if (value.TryGetValue<int>(out var number))
        {
            return number;
        }

        return value.TryGetValue<double>(out var real) && real == Math.Floor(real) && real is >= int.MinValue and <= int.MaxValue ? (int)real : null;
    }

    /// <summary>A true/false field; <c>null</c> when absent or not true/false.</summary>
    /// <param name="source">The object (may be <c>null</c>).</param>
    /// <param name="name">The field name.</param>
    /// <returns>The flag, or <c>null</c>.</returns>
    public static bool? Flag(JsonObject? source, string name) =>
        source?[name] is JsonValue value && value.TryGetValue<bool>(out var flag) ? flag : null;

    /// <summary>An object field; <c>null</c> when absent or not an object.</summary>
    /// <param name="source">The object (may be <c>null</c>).</param>
    /// <param name="name">The field name.</param>
    /// <returns>The object, or <c>null</c>.</returns>
    public static JsonObject? Child(JsonObject? source, string name) => source?[name] as JsonObject;

    /// <summary>The objects of a list field, skipping items that are not objects.</summary>
    /// <param name="source">The object (may be <c>null</c>).</param>
    /// <param name="name">The field name.</param>
    /// <returns>The objects.</returns>
    public static IEnumerable<JsonObject> Objects(JsonObject? source, string name) =>
        source?[name] is JsonArray array ? array.OfType<JsonObject>() : [];

    /// <summary>A content key (a GUID in text); <c>null</c> when absent, not text or not a GUID.</summary>
    /// <param name="node">The node.</param>
    /// <returns>The key, or <c>null</c>.</returns>
    public static Guid? Key(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) && Guid.TryParse(text, out var key) && key != Guid.Empty ? key : null;

    /// <summary>A content key field.</summary>
    /// <param name="source">The object (may be <c>null</c>).</param>
    /// <param name="name">The field name.</param>
    /// <returns>The key, or <c>null</c>.</returns>
    public static Guid? Key(JsonObject? source, string name) => Key(source?[name]);

    /// <summary>The valid, distinct keys of a list field, in order.</summary>
    /// <param name="source">The object (may be <c>null</c>).</param>
    /// <param name="name">The field name.</param>
    /// <returns>The keys.</returns>
    public static IEnumerable<Guid> Keys(JsonObject? source, string name) =>
        source?[name] is JsonArray array ? array.Select(Key).OfType<Guid>().Distinct() : [];
}
