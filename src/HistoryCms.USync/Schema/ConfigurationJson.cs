using System.Text.Json;

namespace HistoryCms.USync.Schema;

/// <summary>Writes a data type's configuration as uSync does: indented JSON, top-level keys sorted.</summary>
internal static class ConfigurationJson
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true };

    /// <summary>The configuration as uSync's <c>Config</c> element holds it.</summary>
    /// <param name="configuration">The data type's configuration.</param>
    /// <returns>The JSON text.</returns>
    public static string Write(IReadOnlyDictionary<string, object> configuration)
    {
        var sorted = new SortedDictionary<string, object>(AliasOrder.Instance);
        foreach (var (key, value) in configuration)
        {
            sorted[key] = value;
        }

        return JsonSerializer.Serialize(sorted, Options);
    }
}

/// <summary>Orders ASCII keys as uSync's default string ordering does: case-insensitive first, then ordinal.</summary>
internal sealed class AliasOrder : IComparer<string>
{
    /// <summary>The one instance.</summary>
    public static readonly AliasOrder Instance = new();

    /// <inheritdoc/>
    public int Compare(string? x, string? y)
    {
        var result = StringComparer.OrdinalIgnoreCase.Compare(x, y);
        return result != 0 ? result : StringComparer.Ordinal.Compare(x, y);
    }
}
