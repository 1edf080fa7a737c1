using HistoryCms.Server.Snapshot;

namespace HistoryCms.Server.Delivery;

/// <summary>
/// Where a query's matches come from: a run of a tree-ordered list (the smallest filter index, the items under the
/// <c>Start-Item</c>, or a <c>fetch</c> selection), and the filters still to test on each item of it.
/// </summary>
internal sealed class CandidateSet
{
    private static readonly QueryFilter[] NoFilters = [];
    private readonly QueryFilter? indexed;
    private readonly int low;
    private readonly int high;

    private CandidateSet(IReadOnlyList<ContentNode> list, int start, int end, QueryFilter? indexed, int low, int high, QueryFilter[] remaining, bool canTest)
    {
        List = list;
        Start = start;
        End = end;
        this.indexed = indexed;
        this.low = low;
        this.high = high;
        Remaining = remaining;
        CanTest = canTest;
    }

    /// <summary>The tree-ordered list the candidates are a run of.</summary>
    public IReadOnlyList<ContentNode> List { get; }

    /// <summary>The run's first position in <see cref="List"/>.</summary>
    public int Start { get; }

    /// <summary>The position after the run's last.</summary>
    public int End { get; }

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
            var selected = DeliverySelector.Select(snapshot, query.Fetch, startItem);
            IReadOnlyList<ContentNode> list = selected as IReadOnlyList<ContentNode> ?? [.. selected];
            return new CandidateSet(list, 0, list.Count, null, 0, int.MaxValue, [.. filters], canTest: false);
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
            return new CandidateSet(snapshot.Nodes, low, high, null, low, high, remaining, canTest: true);
        }

        // An index lists items in tree order, so the items under the start item are one run of it.
        return new CandidateSet(smallest, FirstAtOrAfter(smallest, low), FirstAtOrAfter(smallest, high), indexed, low, high, remaining, canTest: true);
    }

    /// <summary>Whether an item is a candidate that passes every remaining filter (only when <see cref="CanTest"/>).</summary>
    /// <param name="node">The item.</param>
    /// <returns><c>true</c> when it is a match.</returns>
    public bool Holds(ContentNode node) =>
        node.Ordinal >= low && node.Ordinal < high && (indexed is null || indexed.IndexHolds(node)) && Passes(node);

    /// <summary>Whether an item passes every remaining filter.</summary>
    /// <param name="node">The item.</param>
    /// <returns><c>true</c> when it does.</returns>
    public bool Passes(ContentNode node)
    {
        foreach (var filter in Remaining)
        {
            if (!filter.Matches(node))
            {
                return false;
            }
        }

        return true;
    }

    private static int FirstAtOrAfter(IReadOnlyList<ContentNode> list, int ordinal)
    {
        int lo = 0, hi = list.Count;
        while (lo < hi)
        {
            var mid = lo + ((hi - lo) / 2);
            if (list[mid].Ordinal < ordinal)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
