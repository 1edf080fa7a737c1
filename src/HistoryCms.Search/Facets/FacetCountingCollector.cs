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
    public IReadOnlyList<ArchiveSearchFacet> Result(int maxValues)
    {
        Flush();
        var facets = new List<ArchiveSearchFacet>(fields.Length);
        for (var f = 0; f < fields.Length; f++)
        {
            var values = totals[f]
                .OrderByDescending(pair => pair.Value)
                .ThenBy(pair => pair.Key, StringComparer.Ordinal)
                .Take(maxValues)
                .Select(pair => ToValue(pair.Key, pair.Value))
                .ToList();
            facets.Add(new ArchiveSearchFacet(fields[f], values));
        }

        return facets;
    }

    private static ArchiveSearchFacetValue ToValue(string stored, int count)
    {
        var separator = stored.IndexOf(SearchFields.Separator, StringComparison.Ordinal);
        return separator < 0
            ? new ArchiveSearchFacetValue(stored, stored, count)
            : new ArchiveSearchFacetValue(stored[..separator], stored[(separator + 1)..], count);
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
}
