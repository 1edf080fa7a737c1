namespace HistoryCms.Core.Search;

/// <summary>
/// The names of the search query string's parameters besides the filters (which carry the names of
/// <see cref="SiteSearchFields"/>): the same for the History API's <c>/search</c> and the search page.
/// </summary>
public static class SiteSearchParameters
{
    /// <summary>The free text.</summary>
    public const string Query = "q";

    /// <summary>The start of the date range.</summary>
    public const string From = "from";

    /// <summary>The end of the date range (inclusive).</summary>
    public const string To = "to";

    /// <summary>The order of results.</summary>
    public const string Sort = "sort";

    /// <summary>The page, from 1.</summary>
    public const string Page = "page";

    /// <summary>Results per page.</summary>
    public const string PageSize = "pageSize";

    /// <summary>The facets to count (comma-separated or repeated).</summary>
    public const string Facets = "facets";
}
