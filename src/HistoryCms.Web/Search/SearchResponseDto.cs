using HistoryCms.Core.Search;

namespace HistoryCms.Web.Search;

/// <summary>The JSON answer of <c>GET /history/api/v1/search</c>.</summary>
/// <param name="Total">How many items match.</param>
/// <param name="Page">The page returned.</param>
/// <param name="PageSize">Results per page.</param>
/// <param name="Results">The results on this page; each <c>date</c> is <c>{ iso, precision, display }</c> or <c>null</c>.</param>
/// <param name="Facets">Counts per value of each facet, by facet name; each value is <c>{ value, label, count }</c>, the label as readers know it.</param>
/// <param name="Notices">Notes for the reader, each once: how the query text was repaired or read (syntax searched without), and whether the index is still being built or updated.</param>
public sealed record SearchResponseDto(
    int Total,
    int Page,
    int PageSize,
    IReadOnlyList<SiteSearchHit> Results,
    IReadOnlyDictionary<string, IReadOnlyList<SiteSearchFacetValue>> Facets,
    IReadOnlyList<string> Notices)
{
    /// <summary>Shapes a search response for JSON.</summary>
    /// <param name="response">The response.</param>
    /// <returns>The DTO.</returns>
    public static SearchResponseDto From(SiteSearchResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return new(
            response.Total,
            response.Page,
            response.PageSize,
            response.Results,
            response.Facets.ToDictionary(f => f.Name, f => f.Values, StringComparer.Ordinal),
            response.Notices);
    }
}
