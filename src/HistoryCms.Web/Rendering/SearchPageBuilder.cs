using HistoryCms.Core.Search;
using HistoryCms.Web.ViewModels;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Http;

namespace HistoryCms.Web.Rendering;

/// <summary>Builds the search results page over <see cref="ISiteSearch"/>: results with snippets, facets, paging.</summary>
internal sealed class SearchPageBuilder(PageParts parts, HistoryHtmlSanitizer sanitizer, ISiteSearch? search)
{
    /// <summary>The message when the host registers no search.</summary>
    public const string Unavailable = "Search is not available on this site.";

    public async Task<SearchPageModel> BuildAsync(IQueryCollection query, CancellationToken cancellationToken)
    {
        var state = SearchQueryState.Read(parts.Options.SearchPath, query);
        var error = state.Error ?? (search is null ? Unavailable : null);
        SiteSearchResponse? response = null;
        if (error is null && search is not null)
        {
            try
            {
                response = await search.SearchAsync(state.Request, cancellationToken).ConfigureAwait(false);
            }
            catch (SearchQueryException e)
            {
                error = e.Message;
            }
        }

        var request = state.Request;
        var facets = response?.Facets ?? [];
        var title = request.Query is null ? "Search the archive" : $"Search results for “{request.Query}”";
        return new SearchPageModel(
            new PageMeta(title, null, parts.Options.SearchPath),
            new SearchFormModel(state.Path, request.Query, request.From, request.To, request.Sort, ActiveFilters(state, facets)),
            response?.Total ?? 0,
            [.. (response?.Results ?? []).Select(Result)],
            new FacetListModel([.. facets.Where(f => f.Values.Count > 0).Select(f => Facet(state, f))]),
            response is null ? PagerModel.None : Pager(state, response),
            response?.Notices ?? [],
            error);
    }

    private SearchResultModel Result(SiteSearchHit hit)
    {
        IHtmlContent? snippet = hit.Snippet is { } s ? new HtmlString(sanitizer.SanitizeSnippet(s)) : null;
        return new SearchResultModel(hit with { Route = SafeUrls.Check(hit.Route) ?? "#" }, SiteSearchLabels.Type(hit.Type), hit.Date?.Display, snippet);
    }

    private static FacetModel Facet(SearchQueryState state, SiteSearchFacet facet) => new(
        facet.Name,
        SiteSearchLabels.Facet(facet.Name),
        [.. facet.Values.Select(v =>
        {
            var selected = state.Has(facet.Name, v.Value);
            return new FacetValueModel(v.Value, v.Label, v.Count,
                selected ? state.Without(facet.Name, v.Value) : state.With(facet.Name, v.Value), selected);
        })]);

    private List<ActiveFilter> ActiveFilters(SearchQueryState state, IReadOnlyList<SiteSearchFacet> facets) =>
    [
        .. state.Filters.SelectMany(f => f.Value.Select(value =>
        {
            var known = facets.FirstOrDefault(x => x.Name == f.Key)?.Values.FirstOrDefault(v => v.Value == value)?.Label
                ?? (Guid.TryParse(value, out var key) ? parts.Graph.Find(key)?.Name : null);
            return new ActiveFilter(f.Key, SiteSearchLabels.Facet(f.Key), value, SiteSearchLabels.Value(f.Key, value, known), state.Without(f.Key, value));
        })),
    ];

    private static PagerModel Pager(SearchQueryState state, SiteSearchResponse response)
    {
        var pageSize = Math.Max(1, response.PageSize);
        var window = Math.Min(response.Total, SiteSearchFields.MaxResultWindow);
        var total = Math.Max(1, (window + pageSize - 1) / pageSize);
        var page = Math.Clamp(response.Page, 1, total);
        var first = Math.Max(1, page - 3);
        var last = Math.Min(total, page + 3);
        return new PagerModel(
            page,
            total,
            [.. Enumerable.Range(first, last - first + 1).Select(p => new PagerLink(p, state.ForPage(p), p == page))],
            page > 1 ? state.ForPage(page - 1) : null,
            page < total ? state.ForPage(page + 1) : null);
    }
}
