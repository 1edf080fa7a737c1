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
    private readonly string[] _fields;
    private readonly Dictionary<string, int>[] _totals;
    private readonly SegmentOrdinals[] _segment;
    private readonly int[]?[] _counts;

    /// <summary>Creates the collector.</summary>
    /// <param name="fields">The facet fields to count.</param>
    public FacetCountingCollector(IReadOnlyList<string> fields)
    {
        _fields = [.. fields];
        _totals = [.. fields.Select(_ => new Dictionary<string, int>(StringComparer.Ordinal))];
        _segment = new SegmentOrdinals[fields.Count];
        _counts = new int[fields.Count][];
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
        for (var f = 0; f < _fields.Length; f++)
        {
            _segment[f] = facets.Ordinals(_fields[f]);
            _counts[f] = new int[_segment[f].Values.Length];
        }
    }

    /// <inheritdoc />
    public void Collect(int doc)
    {
        for (var f = 0; f < _segment.Length; f++)
        {
            var ordinals = _segment[f];
            var fieldCounts = _counts[f]!;
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
        var facets = new List<SiteSearchFacet>(_fields.Length);
        for (var f = 0; f < _fields.Length; f++)
        {
            facets.Add(new SiteSearchFacet(_fields[f], [.. Top(_totals[f], maxValues).Select(pair => ToValue(pair.Key, pair.Value))]));
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
        for (var f = 0; f < _fields.Length; f++)
        {
            var fieldCounts = _counts[f];
            if (fieldCounts is null)
            {
                continue;
            }

            var values = _segment[f].Values;
            var total = _totals[f];
            for (var ordinal = 0; ordinal < fieldCounts.Length; ordinal++)
            {
                if (fieldCounts[ordinal] > 0)
                {
                    total[values[ordinal]] = total.GetValueOrDefault(values[ordinal]) + fieldCounts[ordinal];
                }
            }

            _counts[f] = null;
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
