using System.Collections;
using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;

namespace HistoryCms.Import.Planning;

/// <summary>
/// The fingerprints of an item's fields, compact: the aliases (sorted) are shared by every item with the same fields,
/// and the hashes are one array, so a state of 100,000 items stays small in memory.
/// </summary>
public sealed class FieldPrintDictionary : IReadOnlyDictionary<string, ulong>
{
    private static readonly ConcurrentDictionary<string, string[]> Schemas = new(StringComparer.Ordinal);
    private readonly string[] _aliases;
    private readonly ulong[] _values;

    private FieldPrintDictionary(string[] aliases, ulong[] values)
    {
        _aliases = aliases;
        _values = values;
    }

    /// <inheritdoc />
    public int Count => _aliases.Length;

    /// <inheritdoc />
    public IEnumerable<string> Keys => _aliases;

    /// <inheritdoc />
    public IEnumerable<ulong> Values => _values;

    /// <inheritdoc />
    public ulong this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    /// <summary>Builds the prints from alias and hash pairs.</summary>
    /// <param name="pairs">The pairs.</param>
    /// <returns>The prints.</returns>
    public static FieldPrintDictionary From(IEnumerable<KeyValuePair<string, ulong>> pairs)
    {
        var sorted = pairs.ToArray();
        var keys = new string[sorted.Length];
        var values = new ulong[sorted.Length];
        for (var i = 0; i < sorted.Length; i++)
        {
            keys[i] = sorted[i].Key;
            values[i] = sorted[i].Value;
        }

        Array.Sort(keys, values, StringComparer.Ordinal);
        var aliases = Schemas.GetOrAdd(string.Join(',', keys), static (_, keys) => keys, keys);
        return new FieldPrintDictionary(aliases, values);
    }

    /// <inheritdoc />
    public bool ContainsKey(string key) => Array.BinarySearch(_aliases, key, StringComparer.Ordinal) >= 0;

    /// <inheritdoc />
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out ulong value)
    {
        var at = Array.BinarySearch(_aliases, key, StringComparer.Ordinal);
        value = at >= 0 ? _values[at] : 0;
        return at >= 0;
    }

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, ulong>> GetEnumerator()
    {
        for (var i = 0; i < _aliases.Length; i++)
        {
            yield return new(_aliases[i], _values[i]);
        }
    }

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
