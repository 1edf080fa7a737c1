using System.Text.RegularExpressions;
using HistoryCms.Core.Validation;
using HistoryCms.Web.Rendering;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;

namespace HistoryCms.Server;

/// <summary>
/// Every error the server sends has a body: problem+json for API clients, the site's "Page not found" page for a browser
/// asking for a page. This covers the responses no endpoint writes a body for: a path nothing is mapped at (an unknown file,
/// an API path), a method an endpoint does not allow (405, with the routing's <c>Allow</c>), a request target over the
/// limit (414, see <see cref="UseRequestTargetLimit"/>) and a request whose parameters cannot be bound (400, see
/// <see cref="BadRequestProblems"/>).
/// </summary>
public static partial class ErrorResponses
{
    /// <summary>
    /// The longest request target (path and query string, as sent) the server accepts: Kestrel's default request-line limit.
    /// Kestrel's own limit is raised above it (see <see cref="DeliveryServerSetup"/>) because Kestrel rejects an over-long
    /// request line before any middleware runs, with an empty 414; enforced here, the 414 carries a problem+json body.
    /// </summary>
    public const int MaxRequestTargetLength = 8 * 1024;

    /// <summary>The request-line limit Kestrel is given: room above <see cref="MaxRequestTargetLength"/> for the method and version.</summary>
    public const int KestrelMaxRequestLineSize = 64 * 1024;

    /// <summary>Answers a request whose target is longer than <see cref="MaxRequestTargetLength"/> with a 414 problem.</summary>
    /// <param name="app">The app.</param>
    /// <returns>The app.</returns>
    public static IApplicationBuilder UseRequestTargetLimit(this IApplicationBuilder app) =>
        app.Use(static (context, next) =>
        {
            var target = context.Features.Get<IHttpRequestFeature>()?.RawTarget;
            var length = target?.Length ?? (context.Request.Path.Value?.Length ?? 0) + (context.Request.QueryString.Value?.Length ?? 0);
            return length <= MaxRequestTargetLength
                ? next(context)
                : Problem(
                    StatusCodes.Status414RequestUriTooLong,
                    $"The request target (path and query string) is {length:N0} characters long; at most {MaxRequestTargetLength:N0} are accepted.")
                    .ExecuteAsync(context);
        });

    /// <summary>Gives every bodiless error response a body (<see cref="ErrorResponses"/>).</summary>
    /// <param name="app">The app.</param>
    /// <returns>The app.</returns>
    public static IApplicationBuilder UseErrorBodies(this IApplicationBuilder app) =>
        app.UseStatusCodePages(static context => Write(context.HttpContext));

    /// <summary>A problem+json result, whatever the request's <c>Accept</c> (an API's errors have one shape).</summary>
    /// <param name="status">The status.</param>
    /// <param name="detail">What went wrong.</param>
    /// <returns>The result.</returns>
    public static IResult Problem(int status, string detail) =>
        Results.Problem(statusCode: status, title: ReasonPhrases.GetReasonPhrase(status), detail: detail);

    private static Task Write(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        var status = response.StatusCode;
        var path = request.Path.Value ?? "/";
        var isApi = HistoryPageEndpoints.ApiPrefixes.Any(p => path.StartsWith(p, StringComparison.OrdinalIgnoreCase));
        if (status == StatusCodes.Status404NotFound && !isApi)
        {
            // A page path: browsers get the site's page, other clients problem+json.
            ETagMiddleware.AddVary(response, Microsoft.Net.Http.Headers.HeaderNames.Accept);
            if (request.Headers.Accept.Any(a => a is not null && a.Contains("text/html", StringComparison.OrdinalIgnoreCase))
                && context.RequestServices.GetService<IHistoryPageModelBuilder>() is { } pages)
            {
                return new HistoryPageResult(pages.BuildNotFound(NotFoundDetail(path)), StatusCodes.Status404NotFound).ExecuteAsync(context);
            }
        }

        var detail = status switch
        {
            StatusCodes.Status404NotFound => NotFoundDetail(path),
            StatusCodes.Status405MethodNotAllowed =>
                $"{request.Method} is not allowed at {QuotedText.Shorten(path, 200)}; it answers {response.Headers.Allow.ToString() switch { "" => "no method", var allow => allow }}.",
            _ => $"The request to {QuotedText.Shorten(path, 200)} was answered {status} {ReasonPhrases.GetReasonPhrase(status)}.",
        };
        return Problem(status, detail).ExecuteAsync(context);
    }

    private static string NotFoundDetail(string path) => $"There is nothing at {QuotedText.Shorten(path, 200)}.";

    /// <summary>
    /// Turns the binding failures of minimal API endpoints (thrown as <see cref="BadHttpRequestException"/> because the
    /// server sets <see cref="RouteHandlerOptions.ThrowOnBadRequest"/>; otherwise they are empty 400s) into 400 problems
    /// naming the parameter, e.g. <c>/history/api/v1/posts/notaguid/documents</c>: "'id' must be a GUID".
    /// </summary>
    public sealed partial class BadRequestProblems : IExceptionHandler
    {
        /// <inheritdoc />
        public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(httpContext);
            if (exception is not BadHttpRequestException bad)
            {
                return false;
            }

            var detail = BindFailure().Match(bad.Message) is { Success: true } match
                ? $"'{match.Groups["name"].Value}' must be {Expected(match.Groups["type"].Value.TrimEnd('?'))}; '{QuotedText.Shorten(match.Groups["value"].Value, 200)}' is not."
                : bad.Message;
            httpContext.Response.StatusCode = bad.StatusCode;
            await Problem(bad.StatusCode, detail).ExecuteAsync(httpContext).ConfigureAwait(false);
            return true;
        }

        private static string Expected(string type) => type switch
        {
            "Guid" => "a GUID such as 3fa85f64-5717-4562-b3fc-2c963f66afa6",
            "int" or "Int32" or "long" or "Int64" => "a whole number",
            "bool" or "Boolean" => "true or false",
            _ => $"a {type}",
        };

        // The message RequestDelegateFactory throws (Microsoft.AspNetCore.Http.RequestDelegateFactory, "Failed to bind parameter").
        [GeneratedRegex("""^Failed to bind parameter "(?<type>[^ "]+\??) (?<name>[^ "]+)" from "(?<value>.*)"\.$""", RegexOptions.Singleline | RegexOptions.CultureInvariant, 1000)]
        private static partial Regex BindFailure();
    }
}
