using System.Text.Json;
using System.Text.Json.Nodes;
using HistoryCms.Core.Citations;
using HistoryCms.Core.Validation;

namespace HistoryCms.Core.Values;

/// <summary>The outer shape of a stored list value, as <see cref="StoredEnvelope.Read"/> finds it.</summary>
public enum EnvelopeShape
{
    /// <summary>Nothing stored (<c>null</c>, empty text, JSON <c>null</c>).</summary>
    Empty,

    /// <summary>A bare JSON array of items (a value written before the envelope, or by hand).</summary>
    List,

    /// <summary>A JSON object: the versioned envelope <c>{"v":…,"items":[…]}</c>.</summary>
    Envelope,

    /// <summary>Readable JSON of another kind (a number, text, true/false).</summary>
    Other,

    /// <summary>Not JSON at all, too large, or damaged; <see cref="EnvelopeRead.Error"/> says why.</summary>
    Unreadable,
}

/// <summary>What <see cref="StoredEnvelope.Read"/> found.</summary>
/// <param name="Shape">The outer shape.</param>
/// <param name="Node">The JSON (the array or object for <see cref="EnvelopeShape.List"/>/<see cref="EnvelopeShape.Envelope"/>).</param>
/// <param name="Error">Why the value cannot be read, for <see cref="EnvelopeShape.Unreadable"/>.</param>
public readonly record struct EnvelopeRead(EnvelopeShape Shape, JsonNode? Node, string? Error);

/// <summary>
/// The one reader of the outer shape of the package's versioned list values (Document Citations and Program Blocks): any
/// shape Umbraco hands over (<see cref="EditorValueJson"/>), a double-encoded JSON string (a value serialized twice on its
/// way to the database), a bare array, the envelope object. Both <c>CitationJson</c> and <see cref="VersionedJsonList"/>
/// read through it, so a value one editor accepts the other does too, with the same messages.
/// </summary>
public static class StoredEnvelope
{
    /// <summary>Reads the outer shape of a raw value.</summary>
    /// <param name="value">The value in any shape (JSON text, <see cref="JsonNode"/>, <see cref="JsonElement"/>, object, <c>null</c>).</param>
    /// <returns>The shape and the JSON.</returns>
    public static EnvelopeRead Read(object? value)
    {
        try
        {
            if (!EditorValueJson.TryRead(value, out var node, out var error))
            {
                return new EnvelopeRead(EnvelopeShape.Unreadable, null, error ?? "The value cannot be read.");
            }

            if (node is JsonValue && JsonKinds.TryGetString(node, out var inner) && EditorValueJson.TryRead(inner, out var decoded, out _)
                && JsonKinds.KindOf(decoded) is JsonValueKind.Object or JsonValueKind.Array)
            {
                node = decoded;
            }

            return node switch
            {
                null => new EnvelopeRead(EnvelopeShape.Empty, null, null),
                JsonArray array => new EnvelopeRead(EnvelopeShape.List, array, null),
                JsonObject obj when obj.Count >= 0 => new EnvelopeRead(EnvelopeShape.Envelope, obj, null),
                _ => new EnvelopeRead(EnvelopeShape.Other, node, null),
            };
        }
        catch (Exception ex) when (ErrorOf(ex) is { } message)
        {
            return new EnvelopeRead(EnvelopeShape.Unreadable, null, message);
        }
    }

    /// <summary>
    /// The editor's message for an exception System.Text.Json throws while a parsed value is read (its objects are
    /// checked lazily): broken text, a field given twice; <c>null</c> for any other exception.
    /// </summary>
    /// <param name="exception">The exception.</param>
    /// <returns>The message, or <c>null</c>.</returns>
    public static string? ErrorOf(Exception exception) => exception switch
    {
        ArgumentException { InnerException: System.Text.EncoderFallbackException } =>
            "The value contains broken text (an unpaired surrogate character); retype the damaged field.",
        ArgumentException => "The value has the same field twice in one object; remove the duplicate.",
        InvalidOperationException ex => $"The value cannot be read ({ex.Message.Split('.')[0]}).",
        _ => null,
    };
}
