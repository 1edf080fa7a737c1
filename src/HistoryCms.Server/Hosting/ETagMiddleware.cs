using HistoryCms.Server.Delivery;
using HistoryCms.Server.Snapshot;
using HistoryCms.Web.HistoryApi;

namespace HistoryCms.Server;

/// <summary>
/// Gives every successful content and History API response the ETag of the snapshot it was rendered from, and answers
/// <c>If-None-Match</c> with that ETag by 304 before any work is done.
/// </summary>
/// <param name="next">The rest of the pipeline.</param>
/// <param name="holder">The snapshot holder.</param>
public sealed class ETagMiddleware(RequestDelegate next, SnapshotHolder holder)
{
    /// <summary>Handles a request.</summary>
    /// <param name="context">The request.</param>
    /// <returns>A task.</returns>
    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Request;
        if (!(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            || !(request.Path.StartsWithSegments(DeliveryEndpoints.Prefix, StringComparison.OrdinalIgnoreCase)
                 || request.Path.StartsWithSegments(HistoryApiEndpoints.Prefix, StringComparison.OrdinalIgnoreCase)))
        {
            return next(context);
        }

        var etag = holder.Current.ETag;
        var ifNoneMatch = request.Headers.IfNoneMatch;
        if (ifNoneMatch.Count > 0)
        {
            foreach (var value in ifNoneMatch)
            {
                if (value is not null && value.Contains(etag, StringComparison.Ordinal))
                {
                    context.Response.StatusCode = StatusCodes.Status304NotModified;
                    context.Response.Headers.ETag = etag;
                    return Task.CompletedTask;
                }
            }
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
}
