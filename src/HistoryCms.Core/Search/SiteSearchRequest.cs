namespace HistoryCms.Core.Search;

/// <summary>The order of search results.</summary>
public enum SiteSearchSort
{
    /// <summary>Best match first (newest first when there is no query text).</summary>
    Relevance,

    /// <summary>Newest (document date or publish date) first; undated items last.</summary>
    Newest,

    /// <summary>Oldest first; undated items last.</summary>
    Oldest,
}

/// <summary>
/// One search: free text, field filters, a date range, sort and page. <see cref="SiteSearchQueryReader"/> reads one from
/// a query string; the search checks it with <see cref="SiteSearchRules.Validate"/>.
/// </summary>
public sealed record SiteSearchRequest
{
    /// <summary>
    /// Free text: words (all must match), <c>"quoted phrases"</c>, <c>OR</c>, <c>NOT</c> or <c>-word</c>,
    /// parentheses and a trailing <c>*</c> for prefixes. Empty lists everything that matches the filters.
    /// </summary>
    public string? Query { get; init; }

    /// <summary>
    /// Field filters by field name (see <see cref="SiteSearchFields"/>): an item matches when it has any of the
    /// values of every field given.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Filters { get; init; } =
        new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Start of the date range as a partial date (<c>1945</c>, <c>1945-05</c>, <c>1945-05-09</c>), or <c>null</c>.</summary>
    public string? From { get; init; }

    /// <summary>End of the date range as a partial date (inclusive: <c>1953</c> means to the end of 1953), or <c>null</c>.</summary>
    public string? To { get; init; }

    /// <summary>The order of results.</summary>
    public SiteSearchSort Sort { get; init; } = SiteSearchSort.Relevance;

    /// <summary>The page to return, from 1.</summary>
    public int Page { get; init; } = 1;

    /// <summary>Results per page (1 to <see cref="SiteSearchFields.MaxPageSize"/>).</summary>
    public int PageSize { get; init; } = SiteSearchRules.DefaultPageSize;

    /// <summary>The facets to count (names from <see cref="SiteSearchFields.Facets"/>); <c>null</c> counts them all.</summary>
    public IReadOnlyList<string>? Facets { get; init; }

    /// <summary>Whether to build highlighted snippets for the results.</summary>
    public bool Snippets { get; init; } = true;
}
