using HistoryCms.Server.Snapshot;

namespace HistoryCms.Server.Delivery;

/// <summary>
/// Where a query's matches come from: a run of a tree-ordered list (the smallest filter index, the items under the
/// <c>Start-Item</c>, or a <c>fetch</c> selection), and the filters still to test on each item of it.
/// </summary>
internal sealed class CandidateSet
{
    // Candidates are tested in batches of this many ordinals (4 KB, which stay in the processor's first-level cache while each
    // remaining filter runs over them).
    private const int Batch = 1024;

    private static readonly QueryFilter[] NoFilters = [];
    private readonly ContentSnapshot _snapshot;
    private readonly int[]? _ordinals;
    private readonly IReadOnlyList<ContentNode>? _fetched;
    private readonly QueryFilter? _indexed;
    private readonly int _low;
    private readonly int _high;

    private CandidateSet(ContentSnapshot snapshot, int[]? ordinals, int start, int end, QueryFilter? indexed, int low, int high, QueryFilter[] remaining, bool canTest,
        IReadOnlyList<ContentNode>? fetched = null)
    {
        _snapshot = snapshot;
        _ordinals = ordinals;
        _fetched = fetched;
        Start = start;
        End = end;
        _indexed = indexed;
        _low = low;
        _high = high;
        Remaining = remaining;
        CanTest = canTest;
    }

    /// <summary>The run's first position in the list.</summary>
    public int Start { get; }

    /// <summary>The position after the run's last.</summary>
    public int End { get; }

    /// <summary>The first ordinal a match can have (the <c>Start-Item</c>'s first descendant, or 0).</summary>
    public int Low => _low;

    /// <summary>The ordinal after the last a match can have.</summary>
    public int High => _high;

    /// <summary>The filters the candidates do not already satisfy.</summary>
    public QueryFilter[] Remaining { get; }

    /// <summary>Whether <see cref="Holds"/> can tell membership without the list (not for a <c>fetch</c> selection).</summary>
    public bool CanTest { get; }

    /// <summary>The candidates of a query.</summary>
    /// <param name="snapshot">The snapshot.</param>
    /// <param name="query">The query.</param>
    /// <param name="startItem">The <c>Start-Item</c> root, or <c>null</c>.</param>
    /// <returns>The candidates.</returns>
    public static CandidateSet For(ContentSnapshot snapshot, DeliveryQuery query, ContentNode? startItem)
    {
        var filters = query.Filters;
        if (query.Fetch is not null)
        {
            // A selection's nodes are read where needed (a page of 10 children reads 10), not turned into ordinals up front.
            var selected = DeliverySelector.Select(snapshot, query.Fetch, startItem);
            IReadOnlyList<ContentNode> nodes = selected as IReadOnlyList<ContentNode> ?? [.. selected];
            return new CandidateSet(snapshot, null, 0, nodes.Count, null, 0, int.MaxValue, [.. filters], canTest: false, nodes);
        }

        var (low, high) = startItem is null ? (0, snapshot.Nodes.Count) : (startItem.Ordinal + 1, startItem.SubtreeEnd);
        IReadOnlyList<ContentNode>? smallest = null;
        QueryFilter? indexed = null;
        foreach (var filter in filters)
        {
            var candidates = filter.Candidates(snapshot);
            if (candidates is not null && (smallest is null || candidates.Count < smallest.Count))
            {
                smallest = candidates;
                indexed = filter;
            }
        }

        var remaining = filters.Count == 0 ? NoFilters : [.. filters.Where(f => !ReferenceEquals(f, indexed))];
        if (smallest is null)
        {
            return new CandidateSet(snapshot, null, low, high, null, low, high, remaining, canTest: true);
        }

        // An index lists items in tree order, so the items under the start item are one run of it.
        var list = snapshot.Ordinals.Of(smallest);
        return new CandidateSet(snapshot, list, FirstAtOrAfter(list, low), FirstAtOrAfter(list, high), indexed, low, high, remaining, canTest: true);
    }

    /// <summary>The ordinal of the candidate at a position of the list (<see cref="Start"/> to <see cref="End"/>).</summary>
    /// <param name="position">The position.</param>
    /// <returns>The ordinal.</returns>
    public int OrdinalAt(int position) => _ordinals is not null ? _ordinals[position] : _fetched is not null ? _fetched[position].Ordinal : position;

    /// <summary>Whether the item at an ordinal is a candidate that passes every remaining filter (only when <see cref="CanTest"/>).</summary>
    /// <param name="ordinal">The item's ordinal.</param>
    /// <returns><c>true</c> when it is a match.</returns>
    public bool Holds(int ordinal) =>
        ordinal >= _low && ordinal < _high && (_indexed is null || _indexed.IndexHolds(_snapshot, ordinal)) && Passes(ordinal);

    /// <summary>Whether the item at an ordinal passes every remaining filter.</summary>
    /// <param name="ordinal">The item's ordinal.</param>
    /// <returns><c>true</c> when it does.</returns>
    public bool Passes(int ordinal)
    {
        foreach (var filter in Remaining)
        {
            if (!filter.Matches(_snapshot, ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The ordinals of the run's candidates that pass every remaining filter, in the run's order, written to the start of
    /// <paramref name="matches"/>: the candidates go through the filters a batch at a time, each filter once per batch.
    /// </summary>
    /// <param name="matches">Where to write them; at least <see cref="End"/> − <see cref="Start"/> long.</param>
    /// <returns>How many there are.</returns>
    public int CollectMatches(Span<int> matches)
    {
        var count = 0;
        for (var at = Start; at < End; at += Batch)
        {
            // The batch is written right after the matches so far; its own matches are then moved to its start.
            var batch = matches.Slice(count, Math.Min(Batch, End - at));
            if (_ordinals is not null)
            {
                _ordinals.AsSpan(at, batch.Length).CopyTo(batch);
            }
            else
            {
                for (var i = 0; i < batch.Length; i++)
                {
                    batch[i] = OrdinalAt(at + i);
                }
            }

            var kept = batch.Length;
            foreach (var filter in Remaining)
            {
                kept = filter.Keep(_snapshot, batch[..kept]);
                if (kept == 0)
                {
                    break;
                }
            }

            count += kept;
        }

        return count;
    }

    private static int FirstAtOrAfter(int[] list, int ordinal)
    {
        var at = Array.BinarySearch(list, ordinal);
        return at >= 0 ? at : ~at;
    }
}
