namespace HistoryCms.Core.Search;

/// <summary>
/// Searches the archive: posts, archival documents, authors and programs. Implemented over Lucene.Net by
/// HistoryCms.Search; served over HTTP by HistoryCms.Web at <c>GET /history/api/v1/search</c>.
/// </summary>
public interface ISiteSearch
{
    /// <summary>Runs one search.</summary>
    /// <param name="request">What to look for, filters, sort and page.</param>
    /// <param name="cancellationToken">Cancels the search.</param>
    /// <returns>One page of results with facet counts over every match.</returns>
    /// <exception cref="SearchQueryException">The request cannot be answered as asked (the message says why).</exception>
    Task<SiteSearchResponse> SearchAsync(SiteSearchRequest request, CancellationToken cancellationToken = default);
}
