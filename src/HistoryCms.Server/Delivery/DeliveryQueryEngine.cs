using HistoryCms.Server.Snapshot;

namespace HistoryCms.Server.Delivery;

/// <summary>Runs a <see cref="DeliveryQuery"/> over a snapshot: select, filter (from the smallest index when it can), sort, page.</summary>
public static class DeliveryQueryEngine
{
    /// <summary>Runs the query.</summary>
    /// <param name="snapshot">The snapshot.</param>
    /// <param name="query">The query.</param>
    /// <param name="startItem">The <c>Start-Item</c> root, or <c>null</c>.</param>
    /// <returns>How many items match, and the requested page of them.</returns>
    public static (long Total, IReadOnlyList<ContentNode> Page) Run(ContentSnapshot snapshot, DeliveryQuery query, ContentNode? startItem)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(query);
        var matches = new List<ContentNode>();
        foreach (var node in Candidates(snapshot, query, startItem))
        {
            if (Passes(node, query.Filters))
            {
                matches.Add(node);
            }
        }

        if (query.Sorts.Count > 0)
        {
            var sorts = query.Sorts;
            matches.Sort((a, b) =>
            {
                foreach (var sort in sorts)
                {
                    var order = sort.Compare(snapshot, a, b);
                    if (order != 0)
                    {
                        return sort.Descending ? -order : order;
                    }
                }

                return a.Ordinal.CompareTo(b.Ordinal);
            });
        }

        var skip = Math.Min(query.Skip, matches.Count);
        var take = Math.Min(query.Take, matches.Count - skip);
        return (matches.Count, matches.GetRange(skip, take));
    }

    private static IEnumerable<ContentNode> Candidates(ContentSnapshot snapshot, DeliveryQuery query, ContentNode? startItem)
    {
        if (query.Fetch is not null)
        {
            return DeliverySelector.Select(snapshot, query.Fetch, startItem);
        }

        IEnumerable<ContentNode> all = startItem is null ? snapshot.Nodes : snapshot.Range(startItem.Ordinal + 1, startItem.SubtreeEnd);
        IReadOnlyList<ContentNode>? smallest = null;
        foreach (var filter in query.Filters)
        {
            var candidates = filter.Candidates(snapshot);
            if (candidates is not null && (smallest is null || candidates.Count < smallest.Count))
            {
                smallest = candidates;
            }
        }

        if (smallest is null)
        {
            return all;
        }

        return startItem is null ? smallest : smallest.Where(n => n.Ordinal > startItem.Ordinal && n.Ordinal < startItem.SubtreeEnd);
    }

    private static bool Passes(ContentNode node, IReadOnlyList<QueryFilter> filters)
    {
        foreach (var filter in filters)
        {
            if (!filter.Matches(node))
            {
                return false;
            }
        }

        return true;
    }
}
