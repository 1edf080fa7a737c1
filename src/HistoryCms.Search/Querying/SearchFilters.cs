using HistoryCms.Core.Search;
using HistoryCms.Search.Facets;
using HistoryCms.Search.Indexing;
using Lucene.Net.Search;

namespace HistoryCms.Search.Querying;

/// <summary>
/// Turns a request's field filters and date range into an <see cref="SiteSearchFilter"/>: any value within a field,
/// every field, and a date range that keeps items whose (partial) date overlaps it. Fields whose facet is counted are
/// left to <see cref="Facets.DrillSidewaysCollector"/>. The request has passed <see cref="SiteSearchRules.Validate"/>.
/// </summary>
internal static class SearchFilters
{
    /// <summary>The filters of a request, split for drill-sideways facets.</summary>
    /// <param name="request">The request, validated.</param>
    /// <param name="countedFacets">The facets the response counts: a filtered field among them is checked while
    /// counting (so its facet still counts the values not chosen), not by the Lucene filter.</param>
    /// <returns>The Lucene filter (the date range and the other fields; <c>null</c> when none) and the fields left to the counting.</returns>
    public static (Filter? Filter, IReadOnlyList<(string Field, HashSet<string> Values)> Sideways) Build(SiteSearchRequest request, IReadOnlyCollection<string> countedFacets)
    {
        ArgumentNullException.ThrowIfNull(countedFacets);
        var fields = new List<(string Field, HashSet<string> Values)>();
        foreach (var (field, values) in request.Filters)
        {
            var wanted = values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => Key(field, v)).ToHashSet(StringComparer.Ordinal);
            if (wanted.Count > 0)
            {
                fields.Add((field, wanted));
            }
        }

        var from = SiteSearchRules.Period(request.From, SiteSearchParameters.From) is { } start ? IndexedDocument.DayNumber(start.Start) : (int?)null;
        var to = SiteSearchRules.Period(request.To, SiteSearchParameters.To) is { } end ? IndexedDocument.DayNumber(end.End) : (int?)null;
        var sideways = fields.Where(f => countedFacets.Contains(f.Field)).ToList();
        var filtered = fields.Except(sideways).ToList();
        return (filtered.Count == 0 && from is null && to is null ? null : new SiteSearchFilter(filtered, from, to), sideways);
    }

    // Keys are indexed in the "D" format; a key asked for in another format (N, B) means the same item.
    private static string Key(string field, string value) =>
        field is SiteSearchFields.Program or SiteSearchFields.Author && Guid.TryParse(value, out var key)
            ? IndexedDocument.Key(key)
            : SegmentOrdinals.FilterKey(value);
}
