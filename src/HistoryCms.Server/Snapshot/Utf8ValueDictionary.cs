using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace HistoryCms.Server.Snapshot;

/// <summary>
/// An item's raw property values held as UTF-8 (half the memory of .NET strings for the mostly Latin text of a site),
/// without blank values (which read as absent anyway). Values are decoded on access: each item is rendered once per snapshot.
/// </summary>
public sealed class Utf8ValueDictionary : IReadOnlyDictionary<string, string?>
{
    private readonly string[] aliases;
    private readonly byte[][] values;

    private Utf8ValueDictionary(string[] aliases, byte[][] values)
    {
        this.aliases = aliases;
        this.values = values;
    }

    /// <inheritdoc/>
    public int Count => aliases.Length;

    /// <inheritdoc/>
    public IEnumerable<string> Keys => aliases;

    /// <inheritdoc/>
    public IEnumerable<string?> Values => values.Select(v => (string?)Encoding.UTF8.GetString(v));

    /// <inheritdoc/>
    public string? this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    /// <summary>Compacts a set of values.</summary>
    /// <param name="source">The values.</param>
    /// <returns>The compact copy.</returns>
    public static Utf8ValueDictionary From(IReadOnlyDictionary<string, string?> source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var kept = source.Where(p => !string.IsNullOrWhiteSpace(p.Value)).ToArray();
        return new Utf8ValueDictionary(
            [.. kept.Select(p => string.Intern(p.Key))],
            [.. kept.Select(p => Encoding.UTF8.GetBytes(p.Value!))]);
    }

    /// <inheritdoc/>
    public bool ContainsKey(string key) => Array.IndexOf(aliases, key) >= 0;

    /// <inheritdoc/>
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out string? value)
    {
        var index = Array.IndexOf(aliases, key);
        value = index >= 0 ? Encoding.UTF8.GetString(values[index]) : null;
        return index >= 0;
    }

    /// <inheritdoc/>
    public IEnumerator<KeyValuePair<string, string?>> GetEnumerator()
    {
        for (var i = 0; i < aliases.Length; i++)
        {
            yield return new KeyValuePair<string, string?>(aliases[i], Encoding.UTF8.GetString(values[i]));
        }
    }

    /// <inheritdoc/>
    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
