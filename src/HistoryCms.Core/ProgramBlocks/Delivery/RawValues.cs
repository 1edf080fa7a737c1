using System.Globalization;
using System.Text.Json.Nodes;
using HistoryCms.Core.Validation;

namespace HistoryCms.Core.ProgramBlocks.Delivery;

/// <summary>Reads the raw stored values of Umbraco's built-in editors that cards need (formats in HELPERS.md).</summary>
internal static class RawValues
{
    private const string DocumentUdiPrefix = "umb://document/";

    /// <summary>The keys of a content picker value: comma-separated UDIs or GUIDs, or a JSON array of them.</summary>
    internal static IReadOnlyList<Guid> Keys(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return [];
        }

        IEnumerable<string> parts = raw.TrimStart().StartsWith('[') && EditorValueJson.TryRead(raw, out var node, out _) && node is JsonArray array
            ? array.Select(n => n is JsonValue v && v.TryGetValue<string>(out var s) ? s : string.Empty)
            : raw.Split(',');
        return [.. parts.Select(Key).OfType<Guid>().Distinct()];
    }

    /// <summary>A date as the date picker stores it (<c>yyyy-MM-dd HH:mm:ss</c>, taken as UTC), or any ISO 8601 date.</summary>
    internal static DateTimeOffset? Date(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        if (DateTime.TryParseExact(raw.Trim(), "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var exact))
        {
            return new DateTimeOffset(exact, TimeSpan.Zero);
        }

        return DateTimeOffset.TryParse(raw.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var any) ? any : null;
    }

    /// <summary>The first option of a dropdown value (a JSON array of strings), or the raw text.</summary>
    internal static string? FirstOption(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        if (raw.TrimStart().StartsWith('['))
        {
            return EditorValueJson.TryRead(raw, out var node, out _) && node is JsonArray array
                ? array.Select(n => n is JsonValue v && v.TryGetValue<string>(out var s) ? s.Trim() : null).FirstOrDefault(s => !string.IsNullOrEmpty(s))
                : null;
        }

        return raw.Trim();
    }

    /// <summary>The media key of the first item of a media picker value (a JSON array of <c>{"key","mediaKey"}</c>).</summary>
    internal static Guid? FirstMediaKey(string? raw) =>
        EditorValueJson.TryRead(raw, out var node, out _) && node is JsonArray array
            ? array.OfType<JsonObject>().Select(o => BlockContent.Key(o, "mediaKey")).FirstOrDefault(k => k is not null)
            : null;

    private static Guid? Key(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.StartsWith(DocumentUdiPrefix, StringComparison.OrdinalIgnoreCase))
        {
            trimmed = trimmed[DocumentUdiPrefix.Length..];
        }

        return Guid.TryParse(trimmed, out var key) && key != Guid.Empty ? key : null;
    }
}
