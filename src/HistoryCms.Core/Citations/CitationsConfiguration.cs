using System.Globalization;
using System.Text.Json;
using HistoryCms.Core.ContentModel;

namespace HistoryCms.Core.Citations;

/// <summary>
/// The configuration of a Document Citations data type (the keys of <see cref="HistoryContentModel.DataTypes"/>'
/// citations data type): which document types may be cited, how many citations and whether a locator is required.
/// A stored <c>citationStyle</c> (written by earlier versions, which never formatted with it) is ignored: every output
/// carries every printed form (<see cref="FormattedCitation"/>), and pages print the Chicago note.
/// </summary>
/// <param name="AllowedContentTypes">Aliases of the document types that may be cited; empty allows any.</param>
/// <param name="MinItems">The fewest citations (0 for no minimum).</param>
/// <param name="MaxItems">The most citations (0 for no maximum).</param>
/// <param name="RequireLocator">Whether every citation needs a locator.</param>
public sealed record CitationsConfiguration(
    IReadOnlyList<string> AllowedContentTypes,
    int MinItems,
    int MaxItems,
    bool RequireLocator)
{
    /// <summary>The configuration keys, as stored on the data type.</summary>
    public static class Keys
    {
        /// <summary>Allowed document type aliases (array of strings).</summary>
        public const string AllowedContentTypes = "allowedDocumentTypes";

        /// <summary>Minimum number of citations.</summary>
        public const string MinItems = "minItems";

        /// <summary>Maximum number of citations (0 = no maximum).</summary>
        public const string MaxItems = "maxItems";

        /// <summary>Whether a locator is required.</summary>
        public const string RequireLocator = "requireLocator";
    }

    /// <summary>The defaults of the package's data type: archival documents only, no bounds, no required locator.</summary>
    public static CitationsConfiguration Default { get; } = new([HistoryAliases.ContentTypes.ArchivalDocument], 0, 0, false);

    /// <summary>Reads a data type configuration; missing or unreadable entries take the default.</summary>
    /// <param name="configuration">The configuration values by key (strings, numbers, booleans, arrays or <see cref="JsonElement"/>s).</param>
    /// <returns>The configuration.</returns>
    public static CitationsConfiguration From(IReadOnlyDictionary<string, object?>? configuration)
    {
        if (configuration is null)
        {
            return Default;
        }

        var types = Strings(configuration.GetValueOrDefault(Keys.AllowedContentTypes)) ?? Default.AllowedContentTypes;
        return new CitationsConfiguration(
            types,
            Math.Max(0, Integer(configuration.GetValueOrDefault(Keys.MinItems)) ?? 0),
            Math.Max(0, Integer(configuration.GetValueOrDefault(Keys.MaxItems)) ?? 0),
            Boolean(configuration.GetValueOrDefault(Keys.RequireLocator)) ?? false);
    }

    private static int? Integer(object? value) => value switch
    {
        int i => i,
        long l when l is >= int.MinValue and <= int.MaxValue => (int)l,
        double d when d is >= int.MinValue and <= int.MaxValue => (int)d,
        decimal m when m is >= int.MinValue and <= int.MaxValue => (int)m,
        string s when int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) => i,
        JsonElement { ValueKind: JsonValueKind.Number } e when e.TryGetInt32(out var i) => i,
        JsonElement { ValueKind: JsonValueKind.String } e => Integer(e.GetString()),
        _ => null,
    };

    private static bool? Boolean(object? value) => value switch
    {
        bool b => b,
        string s when bool.TryParse(s, out var b) => b,
        string s when s is "0" or "1" => s == "1",
        int i => i != 0,
        JsonElement { ValueKind: JsonValueKind.True } => true,
        JsonElement { ValueKind: JsonValueKind.False } => false,
        JsonElement { ValueKind: JsonValueKind.String } e => Boolean(e.GetString()),
        _ => null,
    };

    private static string[]? Strings(object? value) => value switch
    {
        null => null,
        string s when s.TrimStart().StartsWith('[') => TryJsonStrings(s),
        string s => s.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        JsonElement { ValueKind: JsonValueKind.Array } e => [.. e.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!)],
        JsonElement { ValueKind: JsonValueKind.String } e => Strings(e.GetString()),
        IEnumerable<string> list => [.. list],
        System.Collections.IEnumerable list => [.. list.OfType<object>().Select(o => Convert.ToString(o, CultureInfo.InvariantCulture) ?? string.Empty).Where(s => s.Length > 0)],
        _ => null,
    };

    private static string[]? TryJsonStrings(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<string[]>(json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
