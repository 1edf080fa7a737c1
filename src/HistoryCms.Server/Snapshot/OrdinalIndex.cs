using System.Runtime.CompilerServices;

namespace HistoryCms.Server.Snapshot;

/// <summary>
/// What a query reads per item, as compact arrays by ordinal (tree-order position), so that a scan over thousands of
/// candidates reads a few small arrays instead of the nodes themselves, which lie all over the heap (a scan of 1,600 nodes
/// by reference cost 40–60 µs in cache misses; by ordinal it stays in the processor's cache). Built with the snapshot
/// (content types) or on first use of each list (its ordinals, its membership bits), and kept for the snapshot's life.
/// </summary>
public sealed class OrdinalIndex
{
    private readonly ConditionalWeakTable<IReadOnlyList<ContentNode>, int[]> _ordinals = [];
    private readonly ConditionalWeakTable<IReadOnlyList<ContentNode>, ulong[]> _members = [];
    private readonly ushort[] _typeIds;
    private readonly string[] _types;

    /// <summary>Indexes the nodes of a snapshot (in tree order).</summary>
    /// <param name="nodes">The nodes, in tree order.</param>
    internal OrdinalIndex(IReadOnlyList<ContentNode> nodes)
    {
        Count = nodes.Count;
        var ids = new Dictionary<string, ushort>(StringComparer.Ordinal);
        _typeIds = new ushort[nodes.Count];
        for (var i = 0; i < nodes.Count; i++)
        {
            var type = nodes[i].Item.ContentType;
            if (!ids.TryGetValue(type, out var id))
            {
                id = checked((ushort)ids.Count);
                ids[type] = id;
            }

            _typeIds[i] = id;
        }

        _types = new string[ids.Count];
        foreach (var (type, id) in ids)
        {
            _types[id] = type;
        }
    }

    /// <summary>How many items the snapshot holds.</summary>
    public int Count { get; }

    /// <summary>The content type aliases of the snapshot, by type number.</summary>
    public IReadOnlyList<string> ContentTypes => _types;

    /// <summary>The type number (an index into <see cref="ContentTypes"/>) of the item at an ordinal.</summary>
    /// <param name="ordinal">The item's ordinal.</param>
    /// <returns>The type number.</returns>
    public int ContentTypeAt(int ordinal) => _typeIds[ordinal];

    /// <summary>The type numbers of all items, by ordinal (for a filter testing a batch of candidates).</summary>
    public ReadOnlySpan<ushort> ContentTypeIds => _typeIds;

    /// <summary>The ordinals of a list of the snapshot's nodes (an index list), worked out once per list.</summary>
    /// <param name="list">The list.</param>
    /// <returns>The ordinals, in the list's order; shared, never to be changed.</returns>
    public int[] Of(IReadOnlyList<ContentNode> list)
    {
        ArgumentNullException.ThrowIfNull(list);
        return _ordinals.GetValue(list, static l =>
        {
            var result = new int[l.Count];
            for (var i = 0; i < result.Length; i++)
            {
                result[i] = l[i].Ordinal;
            }

            return result;
        });
    }

    /// <summary>The members of a list of the snapshot's nodes as a bit per ordinal, worked out once per list.</summary>
    /// <param name="list">The list.</param>
    /// <returns>The bits (test with <see cref="Holds"/>); shared, never to be changed.</returns>
    public ulong[] MembersOf(IReadOnlyList<ContentNode> list)
    {
        ArgumentNullException.ThrowIfNull(list);
        return _members.GetValue(list, l =>
        {
            var bits = new ulong[(Count + 63) / 64];
            foreach (var ordinal in Of(l))
            {
                bits[ordinal >> 6] |= 1UL << ordinal;
            }

            return bits;
        });
    }

    /// <summary>Whether a membership bit set holds an ordinal.</summary>
    /// <param name="bits">The bits, from <see cref="MembersOf"/>.</param>
    /// <param name="ordinal">The ordinal.</param>
    /// <returns><c>true</c> when it does.</returns>
    public static bool Holds(ulong[] bits, int ordinal)
    {
        ArgumentNullException.ThrowIfNull(bits);
        return (bits[ordinal >> 6] & (1UL << ordinal)) != 0;
    }
}
