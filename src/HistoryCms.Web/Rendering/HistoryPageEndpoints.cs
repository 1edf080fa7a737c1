using HistoryCms.Core.Validation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace HistoryCms.Web.Rendering;

/// <summary>
/// Maps the rendered pages: the home page at <c>/</c>, the search page, and every post, author, program and archival
/// document at its route path. Paths under the API prefixes, and requests that do not accept HTML, get problem+json 404s
/// when nothing is there, so the JSON endpoints keep their contract.
/// </summary>
public static class HistoryPageEndpoints
{
    /// <summary>Path prefixes that belong to APIs: never answered with an HTML page.</summary>
    public static IReadOnlyList<string> ApiPrefixes { get; } = ["/umbraco/", "/history/api/", "/openapi/", "/api-reference", "/_content/"];

    /// <summary>
    /// Maps the pages (call <see cref="HistoryPagesServiceCollectionExtensions.AddHistoryPages"/> first), for a host that
    /// has no content routing of its own, such as the delivery server. Not for an Umbraco site: there Umbraco routes
    /// content to templates, which render the pages (see the README).
    /// </summary>
    /// <param name="endpoints">The app's endpoints.</param>
    /// <returns>The route group, for conventions such as output caching.</returns>
    /// <exception cref="InvalidOperationException">The host routes content itself (a <see cref="HostRoutedPages"/> is registered).</exception>
    public static RouteGroupBuilder MapHistoryPages(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        if (endpoints.ServiceProvider.GetService<HostRoutedPages>() is { } routed)
        {
            throw new InvalidOperationException(
                $"MapHistoryPages() maps \"/\" and a catch-all route, which would take content URLs away from {routed.Host}'s own routing. "
                + "Call only AddHistoryPages() in such a site and let each document type's template render its page "
                + "(Html.HistoryPageAsync, see HistoryCms.Web's README).");
        }

        var options = endpoints.ServiceProvider.GetRequiredService<IOptions<HistoryPagesOptions>>().Value;
        var group = endpoints.MapGroup(string.Empty).ExcludeFromDescription();
        group.MapGet("/", (IHistoryPageModelBuilder pages) => new HistoryPageResult(pages.BuildHome()));
        group.MapGet(options.SearchPath, async (HttpContext context, IHistoryPageModelBuilder pages) =>
        {
            var page = await pages.BuildSearchAsync(context.Request.Query, context.RequestAborted).ConfigureAwait(false);
            var status = page.Error is null ? StatusCodes.Status200OK
                : page.Error == SearchPageBuilder.Unavailable ? StatusCodes.Status503ServiceUnavailable
                : StatusCodes.Status400BadRequest;
            return new HistoryPageResult(page, status);
        });
        group.MapGet("/{**path:nonfile}", (string? path, HttpContext context, IHistoryPageModelBuilder pages) => Page(path, context, pages));
        return group;
    }

    private static IResult Page(string? path, HttpContext context, IHistoryPageModelBuilder pages)
    {
        var full = "/" + (path ?? string.Empty);
        var isApi = ApiPrefixes.Any(p => full.StartsWith(p, StringComparison.OrdinalIgnoreCase));
        if (!isApi && pages.BuildForRoute(full) is { } page)
        {
            return new HistoryPageResult(page);
        }

        var detail = $"There is no page at {QuotedText.Shorten(full, 200)}.";
        if (!isApi)
        {
            // Which 404 a client gets depends on its Accept header.
            context.Response.Headers.Append("Vary", "Accept");
        }

        return !isApi && AcceptsHtml(context.Request)
            ? new HistoryPageResult(pages.BuildNotFound(detail), StatusCodes.Status404NotFound)
            : Results.Problem(detail: detail, statusCode: StatusCodes.Status404NotFound, title: "Not found");
    }

    private static bool AcceptsHtml(HttpRequest request) =>
        request.Headers.Accept.Any(a => a is not null && a.Contains("text/html", StringComparison.OrdinalIgnoreCase));

}
