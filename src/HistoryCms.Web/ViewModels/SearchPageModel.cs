using HistoryCms.Core.Search;
using Microsoft.AspNetCore.Html;

namespace HistoryCms.Web.ViewModels;

/// <summary>The search results page (<c>Views/HistoryCms/Search.cshtml</c>).</summary>
/// <param name="Meta">Title, description and path.</param>
/// <param name="Form">The search form as the reader filled it (<c>_SearchForm</c>).</param>
/// <param name="Total">How many items match.</param>
/// <param name="Results">This page's results (<c>_SearchResult</c>).</param>
/// <param name="Facets">Counts per facet value, each a link that adds or removes the filter (<c>_FacetList</c>).</param>
/// <param name="Pager">Links to the other pages (<c>_Pager</c>).</param>
/// <param name="Notices">Notes for the reader: how the query was repaired, if at all, and whether the index is still being built.</param>
/// <param name="Error">Why the search could not run (the response is then 400), or <c>null</c>.</param>
public sealed record SearchPageModel(
    PageMeta Meta,
    SearchFormModel Form,
    int Total,
    IReadOnlyList<SearchResultModel> Results,
    FacetListModel Facets,
    PagerModel Pager,
    IReadOnlyList<string> Notices,
    string? Error) : HistoryPageModel(Meta)
{
    /// <summary>The view.</summary>
    public const string View = "/Views/HistoryCms/Search.cshtml";

    /// <inheritdoc />
    public override string ViewPath => View;
}

/// <summary>The search form and the filters in force.</summary>
/// <param name="Action">Where the form submits (the search page's path).</param>
/// <param name="Query">The words searched for.</param>
/// <param name="From">The start of the date range.</param>
/// <param name="To">The end of the date range.</param>
/// <param name="Sort">The order of results.</param>
/// <param name="Filters">The filters in force, each with a link that removes it.</param>
public sealed record SearchFormModel(string Action, string? Query, string? From, string? To, SiteSearchSort Sort, IReadOnlyList<ActiveFilter> Filters);

/// <summary>A filter in force.</summary>
/// <param name="Field">The field name (query parameter).</param>
/// <param name="FieldLabel">The field as readers know it.</param>
/// <param name="Value">The value filtered by.</param>
/// <param name="Label">The value as readers know it.</param>
/// <param name="RemoveUrl">The search without this filter.</param>
public sealed record ActiveFilter(string Field, string FieldLabel, string Value, string Label, string RemoveUrl);

/// <summary>One search result.</summary>
/// <param name="Hit">The result as the search returned it.</param>
/// <param name="TypeLabel">Its type as readers know it ("Archival document").</param>
/// <param name="Date">Its date as printed (<see cref="SiteSearchDate.Display"/>), or <c>null</c>.</param>
/// <param name="Snippet">The extract with the matches marked (only <c>&lt;mark&gt;</c> kept), or <c>null</c>.</param>
public sealed record SearchResultModel(SiteSearchHit Hit, string TypeLabel, string? Date, IHtmlContent? Snippet);

/// <summary>The facets of a search (<c>_FacetList</c>).</summary>
/// <param name="Facets">The facets that have values.</param>
public sealed record FacetListModel(IReadOnlyList<FacetModel> Facets);

/// <summary>One facet.</summary>
/// <param name="Name">The field name.</param>
/// <param name="Label">The field as readers know it.</param>
/// <param name="Values">Its values by descending count.</param>
public sealed record FacetModel(string Name, string Label, IReadOnlyList<FacetValueModel> Values);

/// <summary>One facet value.</summary>
/// <param name="Value">The value.</param>
/// <param name="Label">The value as readers know it.</param>
/// <param name="Count">How many matching items have it.</param>
/// <param name="Url">The search with this filter added, or removed when it is <paramref name="Selected"/>.</param>
/// <param name="Selected">Whether the search filters by it.</param>
public sealed record FacetValueModel(string Value, string Label, int Count, string Url, bool Selected);

/// <summary>Paging links (<c>_Pager</c>).</summary>
/// <param name="Page">The current page, from 1.</param>
/// <param name="TotalPages">How many pages there are.</param>
/// <param name="Pages">Links to nearby pages.</param>
/// <param name="PreviousUrl">The previous page, or <c>null</c>.</param>
/// <param name="NextUrl">The next page, or <c>null</c>.</param>
public sealed record PagerModel(int Page, int TotalPages, IReadOnlyList<PagerLink> Pages, string? PreviousUrl, string? NextUrl)
{
    /// <summary>No paging.</summary>
    public static PagerModel None { get; } = new(1, 1, [], null, null);
}

/// <summary>A link to one page of results.</summary>
/// <param name="Page">The page number.</param>
/// <param name="Url">Its URL.</param>
/// <param name="IsCurrent">Whether it is the page shown.</param>
public sealed record PagerLink(int Page, string Url, bool IsCurrent);
