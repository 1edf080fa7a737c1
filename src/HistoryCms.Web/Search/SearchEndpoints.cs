using System.Globalization;
using HistoryCms.Core.Search;
using HistoryCms.Core.Validation;
using HistoryCms.Web.HistoryApi;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace HistoryCms.Web.Search;

/// <summary>Maps the archive search endpoint of the History API.</summary>
public static class SearchEndpoints
{
    /// <summary>The route of the endpoint, for links and tests.</summary>
    public const string Route = HistoryApiEndpoints.Prefix + "/search";

    /// <summary>
    /// Maps <c>GET /history/api/v1/search</c> over the registered <see cref="IArchiveSearch"/>: results with facets,
    /// or <c>application/problem+json</c> 400 naming the parameter at fault.
    /// </summary>
    /// <param name="endpoints">The application's endpoints.</param>
    /// <returns>The route group, for further conventions (authorization, caching).</returns>
    public static RouteGroupBuilder MapHistorySearch(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(HistoryApiEndpoints.Prefix).WithTags("Search");
        group.MapGet("/search", SearchAsync)
            .WithName("SearchArchive")
            .WithSummary("Search posts, archival documents, authors and programs")
            .WithDescription(
                "Free text across scripts and romanizations (Vyshinsky, Vyshinskii and Вышинский find each other), " +
                "field filters, a date range over partial dates, relevance or date order, paging, facet counts and " +
                "highlighted snippets (HTML-escaped, matches in <mark>).")
            .Produces<SearchResponseDto>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return group;
    }

    private static async Task<IResult> SearchAsync([AsParameters] SearchParameters parameters, IArchiveSearch search, CancellationToken cancellationToken)
    {
        try
        {
            var response = await search.SearchAsync(ToRequest(parameters), cancellationToken).ConfigureAwait(false);
            return TypedResults.Ok(SearchResponseDto.From(response));
        }
        catch (SearchQueryException error)
        {
            return TypedResults.Problem(
                title: "The search request cannot be answered as asked.",
                detail: error.Message,
                statusCode: StatusCodes.Status400BadRequest,
                extensions: new Dictionary<string, object?> { ["parameter"] = error.Parameter });
        }
    }

    /// <summary>Reads the query string into a search request.</summary>
    /// <param name="parameters">The query string.</param>
    /// <returns>The request.</returns>
    /// <exception cref="SearchQueryException">A number or the sort order cannot be read.</exception>
    internal static ArchiveSearchRequest ToRequest(SearchParameters parameters)
    {
        var filters = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        void Add(string field, string[]? values)
        {
            if (values is { Length: > 0 })
            {
                filters[field] = values;
            }
        }

        Add(ArchiveSearchFields.Type, parameters.Type);
        Add(ArchiveSearchFields.Program, parameters.Program);
        Add(ArchiveSearchFields.Author, parameters.Author);
        Add(ArchiveSearchFields.Repository, parameters.Repository);
        Add(ArchiveSearchFields.Language, parameters.Language);
        Add(ArchiveSearchFields.DocumentType, parameters.DocumentType);
        Add(ArchiveSearchFields.Decade, parameters.Decade);
        Add(ArchiveSearchFields.Year, parameters.Year);
        Add(ArchiveSearchFields.Subject, parameters.Subject);
        Add(ArchiveSearchFields.Person, parameters.Person);
        Add(ArchiveSearchFields.Place, parameters.Place);
        return new ArchiveSearchRequest
        {
            Query = parameters.Q,
            Filters = filters,
            From = Blank(parameters.From),
            To = Blank(parameters.To),
            Sort = SortOf(parameters.Sort),
            Page = Number(parameters.Page, "page", 1),
            PageSize = Number(parameters.PageSize, "pageSize", 20),
            Facets = parameters.Facets is { Length: > 0 } facets
                ? [.. facets.SelectMany(f => f.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))]
                : null,
        };
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private static ArchiveSearchSort SortOf(string? sort) => sort?.Trim().ToUpperInvariant() switch
    {
        null or "" or "RELEVANCE" => ArchiveSearchSort.Relevance,
        "NEWEST" or "DATE" or "DATE-DESC" => ArchiveSearchSort.Newest,
        "OLDEST" or "DATE-ASC" => ArchiveSearchSort.Oldest,
        _ => throw new SearchQueryException($"'sort' must be relevance, newest or oldest; '{QuotedText.Shorten(sort, 40)}' is none of these.", "sort"),
    };

    private static int Number(string? text, string parameter, int fallback)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        return int.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw new SearchQueryException($"'{parameter}' must be a whole number; '{QuotedText.Shorten(text, 40)}' is not.", parameter);
    }

}
