using System.Globalization;
using System.Text.Json.Nodes;
using HistoryCms.Core.Validation;

namespace HistoryCms.Core.Content;

/// <summary>
/// Reads the raw stored values of Umbraco's built-in editors (as the database and uSync content files hold them) into
/// plain values. Every reader accepts <c>null</c>, blanks and garbled values and then returns an empty result; none throws.
/// </summary>
public static class StoredValues
{
    /// <summary>Trimmed text, or <c>null</c> when blank.</summary>
    /// <param name="raw">The stored value.</param>
    /// <returns>The text, or <c>null</c>.</returns>
    public static string? Text(string? raw) => string.IsNullOrWhiteSpace(raw) ? null : raw.Trim();

    /// <summary>
    /// The keys of a content picker value: comma-separated UDIs (<c>umb://document/&lt;32 hex&gt;,...</c>), a JSON array of
    /// UDIs, or plain GUIDs. Unreadable entries are skipped; duplicates are removed, order kept.
    /// </summary>
    /// <param name="raw">The stored value.</param>
    /// <returns>The keys.</returns>
    public static IReadOnlyList<Guid> Keys(string? raw)
    {
        var entries = raw?.TrimStart().StartsWith('[') == true && ReadJson(raw) is JsonArray array
            ? array.Select(n => n is JsonValue v && v.TryGetValue(out string? s) ? s : null)
            : (raw ?? string.Empty).Split(',', '\n');
        return [.. entries.Select(KeyOf).OfType<Guid>().Distinct()];
    }

    /// <summary>The key in one UDI (<c>umb://document/&lt;32 hex&gt;</c>, <c>umb://media/...</c>) or GUID string; <c>null</c> when it holds none.</summary>
    /// <param name="udiOrGuid">The UDI or GUID.</param>
    /// <returns>The key, or <c>null</c>.</returns>
    public static Guid? KeyOf(string? udiOrGuid)
    {
        var text = udiOrGuid?.Trim() ?? string.Empty;
        if (text.StartsWith("umb://", StringComparison.OrdinalIgnoreCase))
        {
            text = text[(text.LastIndexOf('/') + 1)..];
        }

        return Guid.TryParse(text, out var key) && key != Guid.Empty ? key : null;
    }

    /// <summary>The strings of a tags or dropdown value: a JSON array of strings, or (older storage) comma-separated text.</summary>
    /// <param name="raw">The stored value.</param>
    /// <returns>The non-blank strings, trimmed, duplicates removed.</returns>
    public static IReadOnlyList<string> Strings(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return [];
        }

        IEnumerable<string?> items = raw.TrimStart().StartsWith('[')
            ? ReadJson(raw) is JsonArray array ? array.Select(ScalarText) : []
            : raw.Split(',');
        return [.. items.Select(s => s?.Trim()).Where(s => !string.IsNullOrEmpty(s)).Distinct(StringComparer.Ordinal)!];
    }

    /// <summary>The lines of a multiple textstring value (separated by <c>\n</c>, or a JSON array of strings); blank lines dropped.</summary>
    /// <param name="raw">The stored value.</param>
    /// <returns>The lines, trimmed.</returns>
    public static IReadOnlyList<string> Lines(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return [];
        }

        IEnumerable<string?> lines = raw.TrimStart().StartsWith('[') && ReadJson(raw) is JsonArray array
            ? array.Select(ScalarText)
            : raw.Split('\n');
        return [.. lines.Select(l => l?.Trim()).Where(l => !string.IsNullOrEmpty(l))!];
    }

    /// <summary>An absolute <c>http</c> or <c>https</c> address, trimmed; <c>null</c> when blank, relative or of another scheme (<c>javascript:</c>, <c>ftp:</c>).</summary>
    /// <param name="raw">The stored value.</param>
    /// <returns>The address, or <c>null</c>.</returns>
    public static string? WebAddress(string? raw) =>
        Text(raw) is { } text && !text.Any(char.IsWhiteSpace) && Uri.TryCreate(text, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) && uri.Host.Length > 0
            ? text
            : null;

    /// <summary>A date value (<c>2024-05-01 00:00:00</c>, invariant, or ISO 8601) as a calendar date; <c>null</c> when blank or unreadable.</summary>
    /// <param name="raw">The stored value.</param>
    /// <returns>The date, or <c>null</c>.</returns>
    public static DateOnly? Date(string? raw) =>
        DateTimeOffset.TryParse(raw?.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value) && value.Year > 1
            ? DateOnly.FromDateTime(value.DateTime)
            : null;

    /// <summary>The markup of a rich text value, read by <see cref="RichTextMarkup.Of"/> (plain HTML, or Umbraco's escaped <c>{"markup": "...", "blocks": ...}</c>).</summary>
    /// <param name="raw">The stored value.</param>
    /// <returns>The HTML; empty when blank.</returns>
    public static string Html(string? raw) => string.IsNullOrWhiteSpace(raw) ? string.Empty : RichTextMarkup.Of(raw);

    /// <summary>The picks of a media picker value (a JSON array of <c>{"key","mediaKey","mediaTypeAlias","focalPoint"}</c>, or older UDIs).</summary>
    /// <param name="raw">The stored value.</param>
    /// <param name="alt">Alternative text to give every image, when the content provides one.</param>
    /// <returns>The images, in order.</returns>
    public static IReadOnlyList<ImageReference> Images(string? raw, string? alt = null)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return [];
        }

        if (!raw.TrimStart().StartsWith('['))
        {
            return [.. Keys(raw).Select(k => new ImageReference(k, Alt: alt))];
        }

        var images = new List<ImageReference>();
        foreach (var node in ReadJson(raw) as JsonArray ?? [])
        {
            if (node is JsonObject pick && KeyOf(ScalarText(pick["mediaKey"])) is { } mediaKey)
            {
                var focal = pick["focalPoint"] as JsonObject;
                images.Add(new ImageReference(mediaKey, KeyOf(ScalarText(pick["key"])), Text(ScalarText(pick["mediaTypeAlias"])), alt,
                    Number(focal?["left"]), Number(focal?["top"])));
            }
            else if (node is JsonValue && KeyOf(ScalarText(node)) is { } key)
            {
                images.Add(new ImageReference(key, Alt: alt));
            }
        }

        return images;
    }

    /// <summary>
    /// The links of a multi URL picker value: a JSON array of <c>{"name","url","target","type","unique"}</c> (or the older
    /// <c>"udi"</c>). An internal link's URL comes from <paramref name="routeOf"/> when the stored value has none.
    /// </summary>
    /// <param name="raw">The stored value.</param>
    /// <param name="routeOf">Finds the route path of a linked content item; <c>null</c> to leave internal links without a URL.</param>
    /// <returns>The links that have a URL or a linked item.</returns>
    public static IReadOnlyList<WebLink> Links(string? raw, Func<Guid, string?>? routeOf = null)
    {
        var links = new List<WebLink>();
        foreach (var node in ReadJson(raw) as JsonArray ?? [])
        {
            if (node is not JsonObject link)
            {
                continue;
            }

            var key = KeyOf(ScalarText(link["unique"])) ?? KeyOf(ScalarText(link["udi"]));
            var url = Text(ScalarText(link["url"])) ?? (key is { } k ? routeOf?.Invoke(k) : null);
            if (url is null && key is null)
            {
                continue;
            }

            url = url is null ? string.Empty : url + (ScalarText(link["queryString"]) ?? string.Empty);
            links.Add(new WebLink(Text(ScalarText(link["name"])) ?? url, url, Text(ScalarText(link["target"])), key));
        }

        return links;
    }

    private static JsonNode? ReadJson(string? raw) => EditorValueJson.TryRead(raw, out var node, out _) ? node : null;

    private static string? ScalarText(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() is System.Text.Json.JsonValueKind.String or System.Text.Json.JsonValueKind.Number
            ? value.ToString()
            : null;

    private static double? Number(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue(out double number) && double.IsFinite(number) ? number : null;
}
