using HistoryCms.Core.Search;
using HistoryCms.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace HistoryCms.Search.Facets;

/// <summary>
/// Counts facet values over every matching document while the search runs: per segment it counts into an array
/// indexed by ordinal, and turns the non-zero ordinals into values when the segment is done.
/// </summary>
internal sealed class FacetCountingCollector : ICollector
{
    private readonly string[] fields;
    private readonly Dictionary<string, int>[] totals;
    private readonly SegmentOrdinals[] segment;
    private readonly int[]?[] counts;

    /// <summary>Creates the collector.</summary>
    /// <param name="fields">The facet fields to count.</param>
    public FacetCountingCollector(IReadOnlyList<string> fields)
    {
        this.fields = [.. fields];
        totals = [.. fields.Select(_ => new Dictionary<string, int>(StringComparer.Ordinal))];
        segment = new SegmentOrdinals[fields.Count];
        counts = new int[fields.Count][];
    }

    /// <inheritdoc />
    public bool AcceptsDocsOutOfOrder => true;

    /// <inheritdoc />
    public void SetScorer(Scorer scorer)
    {
        // Counting needs no scores.
    }

    /// <inheritdoc />
    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        var facets = SegmentFacets.For(context.AtomicReader);
        for (var f = 0; f < fields.Length; f++)
        {
            segment[f] = facets.Ordinals(fields[f]);
            counts[f] = new int[segment[f].Values.Length];
        }
    }

    /// <inheritdoc />
    public void Collect(int doc)
    {
        for (var f = 0; f < segment.Length; f++)
        {
            var ordinals = segment[f];
            var fieldCounts = counts[f]!;
            var end = ordinals.Starts[doc + 1];
            for (var i = ordinals.Starts[doc]; i < end; i++)
            {
                fieldCounts[ordinals.Ordinals[i]]++;
            }
        }
    }

    /// <summary>The counts, most frequent values first.</summary>
    /// <param name="maxValues">How many values to keep per facet.</param>
    /// <returns>One facet per counted field, in the order asked.</returns>
    public IReadOnlyList<SiteSearchFacet> Result(int maxValues)
    {
        Flush();
        var facets = new List<SiteSearchFacet>(fields.Length);
        for (var f = 0; f < fields.Length; f++)
        {
            facets.Add(new SiteSearchFacet(fields[f], [.. Top(totals[f], maxValues).Select(pair => ToValue(pair.Key, pair.Value))]));
        }

        return facets;
    }

    // The most frequent values (ties by value) without sorting every value: a person facet can hold thousands.
    private static List<KeyValuePair<string, int>> Top(Dictionary<string, int> counts, int maxValues)
    {
        var best = new PriorityQueue<KeyValuePair<string, int>, (int Count, string Value)>(maxValues + 1, WorstFirst.Instance);
        foreach (var pair in counts)
        {
            best.Enqueue(pair, (pair.Value, pair.Key));
            if (best.Count > maxValues)
            {
                best.Dequeue();
            }
        }

        var top = new List<KeyValuePair<string, int>>(best.Count);
        while (best.TryDequeue(out var pair, out _))
        {
            top.Add(pair);
        }

        top.Reverse();
        return top;
    }

    private static SiteSearchFacetValue ToValue(string stored, int count)
    {
        var separator = stored.IndexOf(SearchFields.Separator, StringComparison.Ordinal);
        return separator < 0
            ? new SiteSearchFacetValue(stored, stored, count)
            : new SiteSearchFacetValue(stored[..separator], stored[(separator + 1)..], count);
    }

    private void Flush()
    {
        for (var f = 0; f < fields.Length; f++)
        {
            var fieldCounts = counts[f];
            if (fieldCounts is null)
            {
                continue;
            }

            var values = segment[f].Values;
            var total = totals[f];
            for (var ordinal = 0; ordinal < fieldCounts.Length; ordinal++)
            {
                if (fieldCounts[ordinal] > 0)
                {
                    total[values[ordinal]] = total.GetValueOrDefault(values[ordinal]) + fieldCounts[ordinal];
                }
            }

            counts[f] = null;
        }
    }

    /// <summary>Orders the lowest count first and, among equal counts, the greatest value first (so it leaves first).</summary>
    private sealed class WorstFirst : IComparer<(int Count, string Value)>
    {
        public static readonly WorstFirst Instance = new();

        public int Compare((int Count, string Value) x, (int Count, string Value) y) =>
            x.Count != y.Count ? x.Count.CompareTo(y.Count) : string.CompareOrdinal(y.Value, x.Value);
    }
}
