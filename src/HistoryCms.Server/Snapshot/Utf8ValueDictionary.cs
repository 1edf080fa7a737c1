using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace HistoryCms.Server.Snapshot;

/// <summary>
/// An item's raw property values held as UTF-8 (half the memory of .NET strings for the mostly Latin text of a site) in one
/// array per item, without blank values (which read as absent anyway). Items with the same properties filled in share one
/// alias array. Values are decoded on access: each item is rendered once per snapshot.
/// </summary>
/// <remarks>
/// The array starts with the end offset of every value (32-bit, little-endian), then the values back to back: a site of
/// 60,000 items holds two objects per item here instead of one per value plus two.
/// </remarks>
public sealed class Utf8ValueDictionary : IReadOnlyDictionary<string, string?>
{
    private const int MaxSharedAliasSets = 4096;
    private static readonly ConcurrentDictionary<string, string[]> AliasSets = new(StringComparer.Ordinal);
    private readonly string[] _aliases;
    private readonly byte[] _data;

    private Utf8ValueDictionary(string[] aliases, byte[] data)
    {
        _aliases = aliases;
        _data = data;
    }

    /// <inheritdoc/>
    public int Count => _aliases.Length;

    /// <inheritdoc/>
    public IEnumerable<string> Keys => _aliases;

    /// <inheritdoc/>
    public IEnumerable<string?> Values => Enumerable.Range(0, _aliases.Length).Select(i => (string?)Decode(i));

    /// <inheritdoc/>
    public string? this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    /// <summary>Compacts a set of values.</summary>
    /// <param name="source">The values.</param>
    /// <returns>The compact copy.</returns>
    public static Utf8ValueDictionary From(IReadOnlyDictionary<string, string?> source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var kept = source.Where(p => !string.IsNullOrWhiteSpace(p.Value)).ToArray();
        var header = kept.Length * sizeof(int);
        var data = new byte[header + kept.Sum(p => Encoding.UTF8.GetByteCount(p.Value!))];
        var end = header;
        for (var i = 0; i < kept.Length; i++)
        {
            end += Encoding.UTF8.GetBytes(kept[i].Value!, data.AsSpan(end));
            BinaryPrimitives.WriteInt32LittleEndian(data.AsSpan(i * sizeof(int)), end);
        }

        return new Utf8ValueDictionary(SharedAliases(kept), data);
    }

    /// <inheritdoc/>
    public bool ContainsKey(string key) => Array.IndexOf(_aliases, key) >= 0;

    /// <inheritdoc/>
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out string? value)
    {
        var index = Array.IndexOf(_aliases, key);
        value = index >= 0 ? Decode(index) : null;
        return index >= 0;
    }

    /// <inheritdoc/>
    public IEnumerator<KeyValuePair<string, string?>> GetEnumerator()
    {
        for (var i = 0; i < _aliases.Length; i++)
        {
            yield return new KeyValuePair<string, string?>(_aliases[i], Decode(i));
        }
    }

    /// <inheritdoc/>
    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    // Items of one type mostly fill in the same properties: share their alias arrays (a bounded number of distinct sets).
    private static string[] SharedAliases(KeyValuePair<string, string?>[] kept)
    {
        string[] aliases = [.. kept.Select(p => string.Intern(p.Key))];
        if (aliases.Length == 0)
        {
            return [];
        }

        var key = string.Join('\n', aliases);
        if (AliasSets.TryGetValue(key, out var shared))
        {
            return shared;
        }

        return AliasSets.Count < MaxSharedAliasSets ? AliasSets.GetOrAdd(key, aliases) : aliases;
    }

    private string Decode(int index)
    {
        var start = index == 0 ? _aliases.Length * sizeof(int) : BinaryPrimitives.ReadInt32LittleEndian(_data.AsSpan((index - 1) * sizeof(int)));
        var end = BinaryPrimitives.ReadInt32LittleEndian(_data.AsSpan(index * sizeof(int)));
        return Encoding.UTF8.GetString(_data, start, end - start);
    }
}
