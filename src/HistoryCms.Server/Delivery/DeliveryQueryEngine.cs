using System.Buffers;
using HistoryCms.Server.Snapshot;

namespace HistoryCms.Server.Delivery;

/// <summary>
/// Runs a <see cref="DeliveryQuery"/> over a snapshot: select, filter (from the smallest index when it can), sort, page.
/// Unsorted queries keep only the requested page while counting. Sorts read each item's key from the snapshot's sort index;
/// a large result's first pages are read off the sort's precomputed order, smaller results keep a bounded heap of the best.
/// </summary>
public static class DeliveryQueryEngine
{
    // Below this many matches, sorting them is as cheap as anything.
    private const int WalkMinimum = 1024;

    // Below this many candidates, testing each one is as cheap as intersecting the filters' bits.
    internal const int BitsMinimum = 512;

    // Pages up to this far into a result keep their best entries in a sorted run rather than a heap.
    private const int SmallPage = 64;

    /// <summary>Runs the query.</summary>
    /// <param name="snapshot">The snapshot.</param>
    /// <param name="query">The query.</param>
    /// <param name="startItem">The <c>Start-Item</c> root, or <c>null</c>.</param>
    /// <returns>How many items match, and the requested page of them.</returns>
    public static (long Total, IReadOnlyList<ContentNode> Page) Run(ContentSnapshot snapshot, DeliveryQuery query, ContentNode? startItem)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(query);
        var set = CandidateSet.For(snapshot, query, startItem);
        if (query.Sorts.Count == 0)
        {
            return Window(snapshot, set, query);
        }

        if (ByBits(snapshot, set, query) is { } answer)
        {
            return answer;
        }

        // Without filters left to test, the run is the result: its size is known before a page is read off the sort order.
        if (set.Remaining.Length == 0 && Walked(snapshot, set, query, set.End - set.Start) is { } page)
        {
            return (set.End - set.Start, page);
        }

        var matches = ArrayPool<int>.Shared.Rent(Math.Max(set.End - set.Start, 1));
        try
        {
            var count = set.CollectMatches(matches);
            if (set.Remaining.Length > 0 && ShouldWalk(snapshot, set, query, count))
            {
                // The walk tests each visited item against the matches' bits rather than running the filters again.
                var bits = ArrayPool<ulong>.Shared.Rent((snapshot.Nodes.Count + 63) / 64);
                try
                {
                    Array.Clear(bits);
                    for (var i = 0; i < count; i++)
                    {
                        bits[matches[i] >> 6] |= 1UL << matches[i];
                    }

                    if (Walk(snapshot, bits, set, query, count) is { } walked)
                    {
                        return (count, walked);
                    }
                }
                finally
                {
                    ArrayPool<ulong>.Shared.Return(bits);
                }
            }

            return (count, SortPage(snapshot, query, matches, count));
        }
        finally
        {
            ArrayPool<int>.Shared.Return(matches);
        }
    }

    // A sorted query whose every filter has index bits (content types, keys; not negated): the matches are the bits'
    // intersection within the candidates' range, counted word by word, and a page is read off the sort's order testing that
    // intersection (a few hundred sequential visits for the posts of a program by date), falling back to sorting the matches
    // when the walk would visit too many. No item is read to count the matches, and none is tested twice.
    private static (long Total, IReadOnlyList<ContentNode> Page)? ByBits(ContentSnapshot snapshot, CandidateSet set, DeliveryQuery query)
    {
        var filters = query.Filters;
        if (filters.Count == 0 || query.Sorts.Count != 1 || !set.CanTest || set.Remaining.Length == 0 || set.End - set.Start < BitsMinimum)
        {
            return null;
        }

        var words = (snapshot.Nodes.Count + 63) / 64;
        var bits = ArrayPool<ulong>.Shared.Rent(words);
        try
        {
            for (var f = 0; f < filters.Count; f++)
            {
                if (filters[f].Members(snapshot) is not { } members)
                {
                    return null;
                }

                if (f == 0)
                {
                    members.AsSpan(0, words).CopyTo(bits);
                }
                else
                {
                    for (var i = 0; i < words; i++)
                    {
                        bits[i] &= members[i];
                    }
                }
            }

            var count = Intersection.KeepRange(bits.AsSpan(0, words), set.Low, set.High);
            if (count == 0 || query.Skip >= count || query.Take == 0)
            {
                return (count, []);
            }

            // A visit is a sequential read and a bit test, several times cheaper than testing a candidate or reading a match's
            // key at random, so the walk may visit a few times as many items as there are candidates.
            var budget = Math.Max(4 * (set.End - set.Start), 8 * count);
            if (Walk(snapshot, bits, set, query, budget) is { } walked)
            {
                return (count, walked);
            }

            var matches = ArrayPool<int>.Shared.Rent(count);
            try
            {
                Intersection.Ordinals(bits.AsSpan(0, words), matches);
                return (count, SortPage(snapshot, query, matches, count));
            }
            finally
            {
                ArrayPool<int>.Shared.Return(matches);
            }
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(bits);
        }
    }

    private static ContentNode[]? Walked(ContentSnapshot snapshot, CandidateSet set, DeliveryQuery query, int count) =>
        ShouldWalk(snapshot, set, query, count) ? Walk(snapshot, null, set, query, count) : null;

    // Reading the order visits about need * items / matches entries; sorting the matches visits each once (and heaps them).
    private static bool ShouldWalk(ContentSnapshot snapshot, CandidateSet set, DeliveryQuery query, int count) =>
        query.Sorts.Count == 1 && set.CanTest && count >= WalkMinimum
        && Math.Min((long)query.Skip + query.Take, count) * snapshot.Nodes.Count <= (long)count * count / 4;

    // The page read off the sort's order: members in key order (descending keys, equal keys still in tree order). Gives up
    // (null) after visiting more than budget items, where the matches cluster at the far end of the order (all posts after
    // all documents by name), so that sorting them instead never costs much more than it would have. Membership is the
    // bits when given (the matches of an intersection), else the candidate set's test.
    private static ContentNode[]? Walk(ContentSnapshot snapshot, ulong[]? bits, CandidateSet set, DeliveryQuery query, int budget)
    {
        if (query.Take == 0)
        {
            return [];
        }

        var sort = query.Sorts[0];
        var order = sort.Order(snapshot);
        var nodes = snapshot.Nodes;
        var page = new ContentNode[query.Take];
        var kept = 0;
        var seen = 0L;
        var visited = 0;

        // Visits the items at positions [from, to) of the order; true once the page is full.
        bool Visit(int from, int to)
        {
            for (var i = from; i < to; i++)
            {
                var ordinal = order[i];
                var holds = bits is not null ? (bits[ordinal >> 6] & (1UL << ordinal)) != 0 : set.Holds(ordinal);
                if (holds && seen++ >= query.Skip)
                {
                    page[kept++] = nodes[ordinal];
                    if (kept == page.Length)
                    {
                        return true;
                    }
                }
            }

            visited += to - from;
            return false;
        }

        if (!sort.Descending)
        {
            for (var at = 0; at < order.Length; at += 256)
            {
                if (Visit(at, Math.Min(at + 256, order.Length)))
                {
                    return page;
                }

                if (visited > budget)
                {
                    return null;
                }
            }

            return page[..kept];
        }

        // Descending: runs of equal keys from the last, each run in tree order (ascending ordinals, as the order keeps them).
        var keys = sort.OrderedKeys(snapshot);
        for (var end = order.Length; end > 0;)
        {
            var start = end - 1;
            var key = keys[start];
            while (start > 0 && keys[start - 1] == key)
            {
                start--;
            }

            if (Visit(start, end))
            {
                return page;
            }

            if (visited > budget)
            {
                return null;
            }

            end = start;
        }

        return page[..kept];
    }

    // The page of the first count matches (ordinals in tree order) by sort keys: the first skip + take kept in a heap, or all sorted.
    private static ContentNode[] SortPage(ContentSnapshot snapshot, DeliveryQuery query, int[] matches, int count)
    {
        var sorts = query.Sorts;
        var skip = (int)Math.Min(query.Skip, count);
        var take = Math.Min(query.Take, count - skip);
        if (take == 0)
        {
            return [];
        }

        var first = SortKeys.Directed(sorts[0], snapshot);
        var second = sorts.Count > 1 ? SortKeys.Directed(sorts[1], snapshot) : default;
        var third = sorts.Count > 2 ? SortKeys.Directed(sorts[2], snapshot) : default;
        var pooled = ArrayPool<SortEntry>.Shared.Rent(count);
        try
        {
            var entries = pooled.AsSpan(0, count);
            for (var i = 0; i < count; i++)
            {
                var ordinal = matches[i];
                entries[i] = new SortEntry(first.Of(ordinal), second.Of(ordinal), third.Of(ordinal), ordinal);
            }

            SortKeys[] rest = sorts.Count > 3 ? [.. sorts.Skip(3).Select(s => SortKeys.Directed(s, snapshot))] : [];
            var ordered = rest.Length == 0 && skip + take <= SmallPage
                ? Smallest(entries, skip + take)
                : First(entries, skip + take, rest.Length > 0 ? (a, b) => Compare(rest, a, b) : (a, b) => a.CompareTo(b));
            var nodes = snapshot.Nodes;
            var page = new ContentNode[take];
            for (var i = 0; i < take; i++)
            {
                page[i] = nodes[ordered[skip + i].Ordinal];
            }

            return page;
        }
        finally
        {
            ArrayPool<SortEntry>.Shared.Return(pooled);
        }
    }

    // The first count entries in order, for a page near the start (count at most SmallPage): a sorted run of the best seen,
    // which most entries leave after one comparison with its last.
    private static ReadOnlySpan<SortEntry> Smallest(ReadOnlySpan<SortEntry> entries, int count)
    {
        var best = new SortEntry[count];
        var kept = 0;
        foreach (var entry in entries)
        {
            if (kept == count && entry.CompareTo(best[count - 1]) >= 0)
            {
                continue;
            }

            var at = kept == count ? count - 1 : kept++;
            while (at > 0 && entry.CompareTo(best[at - 1]) < 0)
            {
                best[at] = best[at - 1];
                at--;
            }

            best[at] = entry;
        }

        return best.AsSpan(0, kept);
    }

    // The first count entries in order. A page near the start of a large result keeps a bounded heap of the best seen
    // instead of sorting everything.
    private static ReadOnlySpan<SortEntry> First(Span<SortEntry> entries, int count, Comparison<SortEntry> comparison)
    {
        if (count * 8 >= entries.Length)
        {
            entries.Sort(comparison);
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

    private static (long Total, IReadOnlyList<ContentNode> Page) Window(ContentSnapshot snapshot, CandidateSet set, DeliveryQuery query)
    {
        var nodes = snapshot.Nodes;
        if (set.Remaining.Length == 0)
        {
            var count = set.End - set.Start;
            var skip = (int)Math.Min(query.Skip, count);
            var take = Math.Min(query.Take, count - skip);
            var slice = new ContentNode[take];
            for (var i = 0; i < take; i++)
            {
                slice[i] = nodes[set.OrdinalAt(set.Start + skip + i)];
            }

            return (count, slice);
        }

        var matches = ArrayPool<int>.Shared.Rent(Math.Max(set.End - set.Start, 1));
        try
        {
            var total = set.CollectMatches(matches);
            var from = (int)Math.Min(query.Skip, total);
            var page = new ContentNode[Math.Min(query.Take, total - from)];
            for (var i = 0; i < page.Length; i++)
            {
                page[i] = nodes[matches[from + i]];
            }

            return (total, page);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(matches);
        }
    }

    private static int Compare(SortKeys[] rest, SortEntry a, SortEntry b)
    {
        var order = a.CompareKeys(b);
        for (var i = 0; order == 0 && i < rest.Length; i++)
        {
            order = rest[i].Of(a.Ordinal).CompareTo(rest[i].Of(b.Ordinal));
        }

        return order != 0 ? order : a.Ordinal.CompareTo(b.Ordinal);
    }

    /// <summary>One sort's keys by ordinal and its direction.</summary>
    private readonly record struct SortKeys(long[]? Keys, bool Descending)
    {
        public static SortKeys Directed(QuerySort sort, ContentSnapshot snapshot) => new(sort.Keys(snapshot), sort.Descending);

        /// <summary>The directed key (bitwise complement when descending, which reverses the order without overflow); 0 without keys.</summary>
        public long Of(int ordinal) => Keys is null ? 0 : Descending ? ~Keys[ordinal] : Keys[ordinal];
    }

    /// <summary>Up to three directed sort keys and the item's ordinal (tree order breaks ties).</summary>
    private readonly record struct SortEntry(long First, long Second, long Third, int Ordinal) : IComparable<SortEntry>
    {
        public int CompareKeys(SortEntry other)
        {
            var order = First.CompareTo(other.First);
            if (order == 0)
            {
                order = Second.CompareTo(other.Second);
            }

            return order != 0 ? order : Third.CompareTo(other.Third);
        }

        public int CompareTo(SortEntry other)
        {
            var order = CompareKeys(other);
            return order != 0 ? order : Ordinal.CompareTo(other.Ordinal);
        }
    }
}
