using HistoryCms.Core.Search;
using HistoryCms.Web.HistoryApi;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace HistoryCms.Web.Search;

/// <summary>Maps the site search endpoint of the History API.</summary>
public static class SearchEndpoints
{
    /// <summary>The route of the endpoint, for links and tests.</summary>
    public const string Route = HistoryApiEndpoints.Prefix + "/search";

    /// <summary>
    /// Maps <c>GET /history/api/v1/search</c> over the registered <see cref="ISiteSearch"/>: results with facets,
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
                "field filters, a date range over partial dates, relevance or date order, paging, facet counts with labels and " +
                "highlighted snippets (HTML-escaped, matches in <mark>). Lucene syntax it does not support (title:, [a TO b], ^, ~, ?) " +
                "is searched without it and named in notices; a value it cannot use is a 400 problem naming the parameter.")
            .Produces<SearchResponseDto>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return group;
    }

    private static async Task<IResult> SearchAsync([AsParameters] SearchParameters parameters, ISiteSearch search, CancellationToken cancellationToken)
    {
        try
        {
            var request = SiteSearchQueryReader.Read(name => parameters.Request.Query[name]);
            var response = await search.SearchAsync(request, cancellationToken).ConfigureAwait(false);
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
}
