using HistoryCms.Server.Snapshot;

namespace HistoryCms.Server.Delivery;

/// <summary>
/// Runs a <see cref="DeliveryQuery"/> over a snapshot: select, filter (from the smallest index when it can), sort, page.
/// Unsorted queries keep only the requested page while counting; sorted ones sort numeric keys computed once per item.
/// </summary>
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
        var candidates = Candidates(snapshot, query, startItem);
        if (query.Sorts.Count == 0)
        {
            return Window(candidates, query);
        }

        var matches = new List<ContentNode>();
        foreach (var node in candidates)
        {
            if (Passes(node, query.Filters))
            {
                matches.Add(node);
            }
        }

        var entries = new SortEntry[matches.Count];
        var sorts = query.Sorts;
        for (var i = 0; i < entries.Length; i++)
        {
            var node = matches[i];
            entries[i] = new SortEntry(
                sorts[0].DirectedKey(snapshot, node),
                sorts.Count > 1 ? sorts[1].DirectedKey(snapshot, node) : 0,
                sorts.Count > 2 ? sorts[2].DirectedKey(snapshot, node) : 0,
                i);
        }

        var skip = Math.Min(query.Skip, entries.Length);
        var take = Math.Min(query.Take, entries.Length - skip);
        Comparison<SortEntry> comparison = sorts.Count > 3
            ? (a, b) => Compare(snapshot, sorts, matches, a, b)
            : (a, b) => a.CompareTo(b);
        var ordered = First(entries, skip + take, comparison);
        var page = new ContentNode[take];
        for (var i = 0; i < take; i++)
        {
            page[i] = matches[ordered[skip + i].Index];
        }

        return (entries.Length, page);
    }

    // The first count entries in order. A page near the start of a large result (the common case: the newest ten
    // posts of thousands) keeps a bounded heap of the best seen instead of sorting everything.
    private static SortEntry[] First(SortEntry[] entries, int count, Comparison<SortEntry> comparison)
    {
        if (count == 0)
        {
            return [];
        }

        if (count * 8 >= entries.Length)
        {
            Array.Sort(entries, comparison);
            return entries;
        }

        var worstFirst = Comparer<SortEntry>.Create((a, b) => comparison(b, a));
        var kept = new PriorityQueue<SortEntry, SortEntry>(count + 1, worstFirst);
        foreach (var entry in entries)
        {
            if (kept.Count < count)
            {
                kept.Enqueue(entry, entry);
            }
            else if (comparison(entry, kept.Peek()) < 0)
            {
                kept.EnqueueDequeue(entry, entry);
            }
        }

        var first = new SortEntry[kept.Count];
        for (var i = first.Length - 1; i >= 0; i--)
        {
            first[i] = kept.Dequeue();
        }

        return first;
    }

    private static (long Total, IReadOnlyList<ContentNode> Page) Window(IEnumerable<ContentNode> candidates, DeliveryQuery query)
    {
        if (query.Filters.Count == 0 && candidates is IReadOnlyList<ContentNode> all)
        {
            var skip = Math.Min(query.Skip, all.Count);
            var take = Math.Min(query.Take, all.Count - skip);
            var slice = new ContentNode[take];
            for (var i = 0; i < take; i++)
            {
                slice[i] = all[skip + i];
            }

            return (all.Count, slice);
        }

        var page = new List<ContentNode>(Math.Min(query.Take, 100));
        long total = 0;
        foreach (var node in candidates)
        {
            if (!Passes(node, query.Filters))
            {
                continue;
            }

            if (total >= query.Skip && page.Count < query.Take)
            {
                page.Add(node);
            }

            total++;
        }

        return (total, page);
    }

    private static int Compare(ContentSnapshot snapshot, IReadOnlyList<QuerySort> sorts, List<ContentNode> matches, SortEntry a, SortEntry b)
    {
        foreach (var sort in sorts)
        {
            var order = sort.DirectedKey(snapshot, matches[a.Index]).CompareTo(sort.DirectedKey(snapshot, matches[b.Index]));
            if (order != 0)
            {
                return order;
            }
        }

        return a.Index.CompareTo(b.Index);
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
        for (var i = 0; i < filters.Count; i++)
        {
            if (!filters[i].Matches(node))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Up to three directed sort keys and the item's position among the matches (tree order breaks ties).</summary>
    private readonly record struct SortEntry(long First, long Second, long Third, int Index) : IComparable<SortEntry>
    {
        public int CompareTo(SortEntry other)
        {
            var order = First.CompareTo(other.First);
            if (order == 0)
            {
                order = Second.CompareTo(other.Second);
            }

            if (order == 0)
            {
                order = Third.CompareTo(other.Third);
            }

            return order != 0 ? order : Index.CompareTo(other.Index);
        }
    }
}
