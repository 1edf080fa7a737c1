using Lucene.Net.Index;
using Lucene.Net.Search;

namespace HistoryCms.Search.Facets;

/// <summary>
/// Applies the field filters whose facets are counted, and counts those facets "sideways", as faceted search interfaces
/// do: a match that passes every filter is a hit and counts in every facet; a match that fails exactly one filtered
/// field counts only in that field's facet. So with <c>language=ru</c> chosen the language facet still shows how many
/// <c>en</c> items the rest of the search would give, and the reader can widen or switch the choice.
/// </summary>
internal sealed class DrillSidewaysCollector : ICollector
{
    private readonly ICollector _hits;
    private readonly FacetCountingCollector _facets;
    private readonly IReadOnlyList<(string Field, HashSet<string> Values)> _filters;
    private readonly FacetCountingCollector[] _sideways;
    private SegmentConditions _conditions = null!;

    /// <summary>Creates the collector.</summary>
    /// <param name="hits">Collects the matches that pass every filter (the page and the total).</param>
    /// <param name="facets">Counts the other facets over those matches.</param>
    /// <param name="filters">The filtered fields whose facets are counted here, with the keys asked for.</param>
    public DrillSidewaysCollector(ICollector hits, FacetCountingCollector facets, IReadOnlyList<(string Field, HashSet<string> Values)> filters)
    {
        _hits = hits;
        _facets = facets;
        _filters = filters;
        _sideways = [.. filters.Select(f => new FacetCountingCollector([f.Field]))];
    }

    /// <inheritdoc />
    public bool AcceptsDocsOutOfOrder => _hits.AcceptsDocsOutOfOrder;

    /// <summary>The counts: the filtered fields' facets counted sideways, the others over the hits.</summary>
    /// <param name="maxValues">How many values to keep per facet.</param>
    /// <returns>One facet per counted field, in the order asked.</returns>
    public IReadOnlyList<Core.Search.SiteSearchFacet> Result(int maxValues)
    {
        var own = _sideways.Select(s => s.Result(maxValues)[0]).ToDictionary(f => f.Name, StringComparer.Ordinal);
        return [.. _facets.Result(maxValues).Select(f => own.GetValueOrDefault(f.Name, f))];
    }

    /// <inheritdoc />
    public void SetScorer(Scorer scorer) => _hits.SetScorer(scorer);

    /// <inheritdoc />
    public void SetNextReader(AtomicReaderContext context)
    {
        _conditions = SegmentConditions.For(SegmentFacets.For(context.AtomicReader), _filters);
        _hits.SetNextReader(context);
        _facets.SetNextReader(context);
        foreach (var counter in _sideways)
        {
            counter.SetNextReader(context);
        }
    }

    /// <inheritdoc />
    public void Collect(int doc)
    {
        var failed = -1;
        for (var field = 0; field < _conditions.Count; field++)
        {
            if (!_conditions.Passes(field, doc))
            {
                if (failed >= 0)
                {
                    return;
                }

                failed = field;
            }
        }

        if (failed >= 0)
        {
            _sideways[failed].Collect(doc);
            return;
        }

        _hits.Collect(doc);
        _facets.Collect(doc);
        foreach (var counter in _sideways)
        {
            counter.Collect(doc);
        }
    }
}
