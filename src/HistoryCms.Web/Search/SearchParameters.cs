using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace HistoryCms.Web.Search;

/// <summary>
/// The query string of <c>GET /history/api/v1/search</c>, as the OpenAPI document describes it. Filters repeat for several
/// values (<c>type=a&amp;type=b</c>). The values are read from <see cref="Request"/> by
/// <see cref="HistoryCms.Core.Search.SiteSearchQueryReader"/>, the reader of the search page too, so both read them
/// by the same rules.
/// </summary>
public sealed class SearchParameters
{
    /// <summary>The request whose query string is read.</summary>
    public required HttpRequest Request { get; init; }

    /// <summary>Free text: words (all required), "phrases", OR, NOT or -word, parentheses, a trailing * for prefixes. Other Lucene syntax (title:, [a TO b], ^2, ~, ?) is searched without it, with a notice.</summary>
    [FromQuery(Name = "q")]
    public string? Q { get; init; }

    /// <summary>Document type aliases: historyBlogPost, historyArchivalDocument, historyAuthor, historyProgram (and a site's own indexed types).</summary>
    [FromQuery(Name = "type")]
    public string[]? Type { get; init; }

    /// <summary>Program keys, GUIDs (items of its projects included).</summary>
    [FromQuery(Name = "program")]
    public string[]? Program { get; init; }

    /// <summary>Author keys, GUIDs.</summary>
    [FromQuery(Name = "author")]
    public string[]? Author { get; init; }

    /// <summary>Repositories (archives).</summary>
    [FromQuery(Name = "repository")]
    public string[]? Repository { get; init; }

    /// <summary>Original languages (ISO 639-1).</summary>
    [FromQuery(Name = "language")]
    public string[]? Language { get; init; }

    /// <summary>Genres of archival documents (Letter, Cable...).</summary>
    [FromQuery(Name = "documentType")]
    public string[]? Genre { get; init; }

    /// <summary>Decades (<c>1950s</c>).</summary>
    [FromQuery(Name = "decade")]
    public string[]? Decade { get; init; }

    /// <summary>Years (<c>1953</c>).</summary>
    [FromQuery(Name = "year")]
    public string[]? Year { get; init; }

    /// <summary>Subjects.</summary>
    [FromQuery(Name = "subject")]
    public string[]? Subject { get; init; }

    /// <summary>People and organizations.</summary>
    [FromQuery(Name = "person")]
    public string[]? Person { get; init; }

    /// <summary>Places.</summary>
    [FromQuery(Name = "place")]
    public string[]? Place { get; init; }

    /// <summary>Start of the date range: 1945, 1945-05 or 1945-05-09.</summary>
    [FromQuery(Name = "from")]
    public string? From { get; init; }

    /// <summary>End of the date range, inclusive: 1953 means to the end of 1953.</summary>
    [FromQuery(Name = "to")]
    public string? To { get; init; }

    /// <summary>relevance (default), newest or oldest, in any case.</summary>
    [FromQuery(Name = "sort")]
    public string? Sort { get; init; }

    /// <summary>Page number, a whole number from 1 (page × pageSize at most 10,000).</summary>
    [FromQuery(Name = "page")]
    public string? Page { get; init; }

    /// <summary>Results per page, 1 to 100 (default 20).</summary>
    [FromQuery(Name = "pageSize")]
    public string? PageSize { get; init; }

    /// <summary>Facets to count, comma-separated or repeated (default: all).</summary>
    [FromQuery(Name = "facets")]
    public string[]? Facets { get; init; }
}
