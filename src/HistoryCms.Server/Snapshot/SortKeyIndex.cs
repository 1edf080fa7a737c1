using System.Collections.Concurrent;

namespace HistoryCms.Server.Snapshot;

/// <summary>
/// Per-snapshot sort indexes, built on first use of each sort and kept for the snapshot's life: every item's sort key by
/// ordinal, and the ordinals in ascending key order (tree order among equal keys). A query then sorts by array look-ups, and a
/// large result's first page is read off the order instead of sorting the result.
/// </summary>
/// <param name="snapshot">The snapshot the keys are read from.</param>
public sealed class SortKeyIndex(ContentSnapshot snapshot)
{
    private readonly ConcurrentDictionary<string, long[]> _keys = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (int[] Order, long[] Keys)> _orders = new(StringComparer.Ordinal);

    /// <summary>Every item's key for a sort, indexed by ordinal.</summary>
    /// <param name="field">The sort's identity (one name per key function).</param>
    /// <param name="key">Reads an item's key.</param>
    /// <returns>The keys; shared, never to be changed.</returns>
    public long[] Keys(string field, Func<ContentSnapshot, ContentNode, long> key)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(key);
        return _keys.GetOrAdd(field, static (_, state) =>
        {
            var (snapshot, key) = state;
            var nodes = snapshot.Nodes;
            var values = new long[nodes.Count];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = key(snapshot, nodes[i]);
            }

            return values;
        }, (snapshot, key));
    }

    /// <summary>The ordinals of every item ascending by a key (equal keys in tree order), worked out once per field.</summary>
    /// <param name="field">The key's name.</param>
    /// <param name="key">Computes an item's key.</param>
    /// <returns>The ordinals; shared, never to be changed.</returns>
    public int[] Order(string field, Func<ContentSnapshot, ContentNode, long> key) => Sorted(field, key).Order;

    /// <summary>
    /// The keys in the order of <see cref="Order"/> (<c>OrderedKeys[i]</c> is the key of <c>Order[i]</c>): a walk along the
    /// order reads them in sequence instead of looking each item's key up at random.
    /// </summary>
    /// <param name="field">The key's name.</param>
    /// <param name="key">Computes an item's key.</param>
    /// <returns>The keys, ascending; shared, never to be changed.</returns>
    public long[] OrderedKeys(string field, Func<ContentSnapshot, ContentNode, long> key) => Sorted(field, key).Keys;

    private (int[] Order, long[] Keys) Sorted(string field, Func<ContentSnapshot, ContentNode, long> key)
    {
        var values = Keys(field, key);
        return _orders.GetOrAdd(field, static (_, values) =>
        {
            var ordinals = new int[values.Length];
            for (var i = 0; i < ordinals.Length; i++)
            {
                ordinals[i] = i;
            }

            // Keys and ordinals sorted together, then each run of equal keys back into tree order (Array.Sort is not stable).
            var sortedKeys = (long[])values.Clone();
            Array.Sort(sortedKeys, ordinals);
            for (var start = 0; start < ordinals.Length;)
            {
                var end = start + 1;
                while (end < ordinals.Length && sortedKeys[end] == sortedKeys[start])
                {
                    end++;
                }

                if (end - start > 1)
                {
                    Array.Sort(ordinals, start, end - start);
                }

                start = end;
            }

            return (ordinals, sortedKeys);
        }, values);
    }
}
