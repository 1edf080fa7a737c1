using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using HistoryCms.Core.Validation;

namespace HistoryCms.Core.ProgramBlocks;

/// <summary>
/// The configuration of a Program Blocks data type (keys as in <c>HistoryContentModel</c>: <c>allowedKinds</c>,
/// <c>minItems</c>, <c>maxItems</c>).
/// </summary>
/// <param name="AllowedKinds">The kinds editors may add; empty allows every kind the site knows.</param>
/// <param name="MinItems">The fewest blocks; 0 for no minimum.</param>
/// <param name="MaxItems">The most blocks; 0 for no maximum other than <see cref="ProgramBlockLimits.MaxBlocks"/>.</param>
public sealed record ProgramBlocksConfiguration(IReadOnlyList<string> AllowedKinds, int MinItems = 0, int MaxItems = 0)
{
    /// <summary>The configuration key of <see cref="AllowedKinds"/>.</summary>
    public const string AllowedKindsKey = "allowedKinds";

    /// <summary>The configuration key of <see cref="MinItems"/>.</summary>
    public const string MinItemsKey = "minItems";

    /// <summary>The configuration key of <see cref="MaxItems"/>.</summary>
    public const string MaxItemsKey = "maxItems";

    /// <summary>Every kind allowed, no bounds.</summary>
    public static ProgramBlocksConfiguration Default { get; } = new([]);

    /// <summary>Whether blocks of <paramref name="kind"/> may be added.</summary>
    /// <param name="kind">The kind alias.</param>
    /// <returns><c>true</c> when allowed.</returns>
    public bool Allows(string kind) => AllowedKinds.Count == 0 || AllowedKinds.Contains(kind, StringComparer.Ordinal);

    /// <summary>
    /// Reads a data type's configuration values as Umbraco or uSync hand them over (numbers as numbers, text or JSON
    /// elements; the kinds as a list, a JSON array or comma-separated text). Missing or unreadable values take the defaults.
    /// </summary>
    /// <param name="values">The configuration values by key, or <c>null</c>.</param>
    /// <returns>The configuration.</returns>
    public static ProgramBlocksConfiguration FromValues(IReadOnlyDictionary<string, object?>? values)
    {
        if (values is null)
        {
            return Default;
        }

        return new ProgramBlocksConfiguration(
            Kinds(values.GetValueOrDefault(AllowedKindsKey)),
            Math.Max(0, Number(values.GetValueOrDefault(MinItemsKey))),
            Math.Max(0, Number(values.GetValueOrDefault(MaxItemsKey))));
    }

    /// <summary>Checks the configuration itself (for the data type editor).</summary>
    /// <param name="kinds">The kinds the site knows.</param>
    /// <returns>The problems, with the configuration key as path.</returns>
    public IEnumerable<ValidationMessage> Check(ProgramBlockKindCollection kinds)
    {
        ArgumentNullException.ThrowIfNull(kinds);
        foreach (var alias in AllowedKinds.Where(a => kinds.Find(a) is null))
        {
            yield return new ValidationMessage(AllowedKindsKey, $"\"{alias}\" is not a kind of block this site knows.");
        }

        if (MaxItems > ProgramBlockLimits.MaxBlocks)
        {
            yield return new ValidationMessage(MaxItemsKey, $"The maximum number of blocks can be at most {ProgramBlockLimits.MaxBlocks}.");
        }

        if (MaxItems > 0 && MinItems > MaxItems)
        {
            yield return new ValidationMessage(MinItemsKey, $"The minimum number of blocks ({MinItems}) is larger than the maximum ({MaxItems}).");
        }
    }

    private static string[] Kinds(object? value)
    {
        IEnumerable<string?> raw = value switch
        {
            null => [],
            string text when text.TrimStart().StartsWith('[') => Kinds(ParseOrNull(text)),
            string text => text.Split(','),
            JsonElement { ValueKind: JsonValueKind.Array } element => element.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String ? e.GetString() : null),
            JsonElement { ValueKind: JsonValueKind.String } element => Kinds(element.GetString()),
            JsonArray array => array.Select(n => n is JsonValue v && v.TryGetValue<string>(out var s) ? s : null),
            System.Collections.IEnumerable items => items.Cast<object?>().Select(i => i switch
            {
                string s => s,
                JsonElement { ValueKind: JsonValueKind.String } e => e.GetString(),
                JsonValue v when v.TryGetValue<string>(out var s) => s,
                _ => null,
            }),
            _ => [],
        };
        return [.. raw.Select(k => k?.Trim()).OfType<string>().Where(k => k.Length > 0).Distinct(StringComparer.Ordinal)];
    }

    private static JsonNode? ParseOrNull(string text) =>
        EditorValueJson.TryRead(text, out var node, out _) ? node : null;

    private static int Number(object? value) => value switch
    {
        int i => i,
        long l => (int)Math.Clamp(l, 0, int.MaxValue),
        double d when !double.IsNaN(d) => (int)Math.Clamp(d, 0, int.MaxValue),
        decimal m => (int)Math.Clamp(m, 0, int.MaxValue),
        string s when int.TryParse(s.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) => parsed,
        JsonElement { ValueKind: JsonValueKind.Number } e when e.TryGetInt32(out var n) => n,
        JsonElement { ValueKind: JsonValueKind.String } e => Number(e.GetString()),
        JsonValue v when v.TryGetValue<int>(out var n) => n,
        JsonValue v when v.TryGetValue<string>(out var s) => Number(s),
        _ => 0,
    };
}
