using HistoryCms.Server.Delivery;
using HistoryCms.Web.HistoryApi;

namespace HistoryCms.Server;

/// <summary>
/// Gives every successful History API response the ETag of the snapshot and search index it was rendered from (see
/// <see cref="ServedVersion"/>), and answers
/// <c>If-None-Match</c> with that ETag by 304 before any work is done. (Delivery API responses set theirs themselves:
/// see <see cref="Utf8JsonResult"/>.)
/// </summary>
/// <param name="next">The rest of the pipeline.</param>
/// <param name="served">What responses are rendered from.</param>
public sealed class ETagMiddleware(RequestDelegate next, ServedVersion served)
{
    /// <summary>Handles a request.</summary>
    /// <param name="context">The request.</param>
    /// <returns>A task.</returns>
    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Request;
        if (!(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            || !request.Path.StartsWithSegments(HistoryApiEndpoints.Prefix, StringComparison.OrdinalIgnoreCase))
        {
            return next(context);
        }

        var etag = served.ETagFor(request.Path);
        if (Matches(request, etag))
        {
            context.Response.StatusCode = StatusCodes.Status304NotModified;
            context.Response.Headers.ETag = etag;
            return Task.CompletedTask;
        }

        context.Response.OnStarting(static state =>
        {
            var (ctx, tag) = ((HttpContext, string))state;
            if (ctx.Response.StatusCode == StatusCodes.Status200OK)
            {
                ctx.Response.Headers.ETag = tag;
            }

            return Task.CompletedTask;
        }, (context, etag));
        return next(context);
    }

    /// <summary>Whether the request's <c>If-None-Match</c> holds the ETag (or <c>*</c>).</summary>
    /// <param name="request">The request.</param>
    /// <param name="etag">The current ETag.</param>
    /// <returns><c>true</c> when the client's copy is current.</returns>
    public static bool Matches(HttpRequest request, string etag)
    {
        ArgumentNullException.ThrowIfNull(request);
        foreach (var value in request.Headers.IfNoneMatch)
        {
            if (value is not null && (value.Contains(etag, StringComparison.Ordinal) || value.Trim() == "*"))
            {
                return true;
            }
        }

        return false;
    }
}
