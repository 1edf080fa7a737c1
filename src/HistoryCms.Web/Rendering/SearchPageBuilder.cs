using HistoryCms.Core;
using HistoryCms.Core.Dates;
using HistoryCms.Core.Search;
using HistoryCms.Web.ViewModels;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Http;

namespace HistoryCms.Web.Rendering;

/// <summary>Builds the search results page over <see cref="IArchiveSearch"/>: results with snippets, facets, paging.</summary>
internal sealed class SearchPageBuilder(PageParts parts, HistoryHtmlSanitizer sanitizer, IArchiveSearch? search)
{
    public const int PageSize = 20;

    /// <summary>The message when the host registers no search.</summary>
    public const string Unavailable = "Search is not available on this site.";

    public async Task<SearchPageModel> BuildAsync(IQueryCollection query, CancellationToken cancellationToken)
    {
        var state = SearchQueryState.Read(parts.Options.SearchPath, query);
        var error = state.Error ?? (search is null ? Unavailable : null);
        ArchiveSearchResponse? response = null;
        if (error is null && search is not null)
        {
            try
            {
                response = await search.SearchAsync(
                    new ArchiveSearchRequest
                    {
                        Query = state.Query,
                        Filters = state.Filters,
                        From = state.From,
                        To = state.To,
                        Sort = state.Sort,
                        Page = state.Page,
                        PageSize = PageSize,
                    },
                    cancellationToken).ConfigureAwait(false);
            }
            catch (SearchQueryException e)
            {
                error = e.Message;
            }
        }

        var facets = response?.Facets ?? [];
        var title = state.Query is null ? "Search the archive" : $"Search results for “{state.Query}”";
        return new SearchPageModel(
            new PageMeta(title, null, parts.Options.SearchPath),
            new SearchFormModel(state.Path, state.Query, state.From, state.To, state.Sort, ActiveFilters(state, facets)),
            response?.Total ?? 0,
            [.. (response?.Results ?? []).Select(Result)],
            new FacetListModel([.. facets.Where(f => f.Values.Count > 0).Select(f => Facet(state, f))]),
            response is null ? PagerModel.None : Pager(state, response),
            response?.Notices ?? [],
            error);
    }

    /// <summary>The name readers know a document type alias by.</summary>
    public static string TypeLabel(string type) => type switch
    {
        HistoryAliases.DocumentTypes.BlogPost => "Post",
        HistoryAliases.DocumentTypes.ArchivalDocument => "Archival document",
        HistoryAliases.DocumentTypes.Author => "Person",
        HistoryAliases.DocumentTypes.Program => "Program",
        _ => type,
    };

    /// <summary>The name readers know a facet by.</summary>
    public static string FacetLabel(string name) => name switch
    {
        ArchiveSearchFields.Type => "Type",
        ArchiveSearchFields.Program => "Program",
        ArchiveSearchFields.Author => "Author",
        ArchiveSearchFields.Repository => "Archive",
        ArchiveSearchFields.Language => "Original language",
        ArchiveSearchFields.DocumentType => "Document type",
        ArchiveSearchFields.Decade => "Decade",
        ArchiveSearchFields.Year => "Year",
        ArchiveSearchFields.Subject => "Subject",
        ArchiveSearchFields.Person => "Person or organization",
        ArchiveSearchFields.Place => "Place",
        _ => name,
    };

    private SearchResultModel Result(ArchiveSearchHit hit)
    {
        var date = hit.Date is { } text && PartialDate.TryParse(text, out var parsed) ? parsed.Format() : hit.Date;
        IHtmlContent? snippet = hit.Snippet is { } s ? new HtmlString(sanitizer.SanitizeSnippet(s)) : null;
        return new SearchResultModel(hit with { Route = SafeUrls.Check(hit.Route) ?? "#" }, TypeLabel(hit.Type), date, snippet);
    }

    private static FacetModel Facet(SearchQueryState state, ArchiveSearchFacet facet) => new(
        facet.Name,
        FacetLabel(facet.Name),
        [.. facet.Values.Select(v =>
        {
            var selected = state.Has(facet.Name, v.Value);
            return new FacetValueModel(v.Value, ValueLabel(facet.Name, v.Value, v.Label), v.Count,
                selected ? state.Without(facet.Name, v.Value) : state.With(facet.Name, v.Value), selected);
        })]);

    private List<ActiveFilter> ActiveFilters(SearchQueryState state, IReadOnlyList<ArchiveSearchFacet> facets) =>
    [
        .. state.Filters.SelectMany(f => f.Value.Select(value =>
        {
            var known = facets.FirstOrDefault(x => x.Name == f.Key)?.Values.FirstOrDefault(v => v.Value == value)?.Label
                ?? (Guid.TryParse(value, out var key) ? parts.Graph.Find(key)?.Name : null);
            return new ActiveFilter(f.Key, FacetLabel(f.Key), value, ValueLabel(f.Key, value, known ?? value), state.Without(f.Key, value));
        })),
    ];

    private static string ValueLabel(string facet, string value, string label) =>
        facet == ArchiveSearchFields.Type ? TypeLabel(value) : string.IsNullOrWhiteSpace(label) ? value : label;

    private static PagerModel Pager(SearchQueryState state, ArchiveSearchResponse response)
    {
        var pageSize = Math.Max(1, response.PageSize);
        var window = Math.Min(response.Total, ArchiveSearchFields.MaxResultWindow);
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
