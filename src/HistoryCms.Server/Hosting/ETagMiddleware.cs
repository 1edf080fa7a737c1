using HistoryCms.Server.Delivery;

namespace HistoryCms.Server;

/// <summary>
/// Conditional GET and <c>Vary</c> for the endpoints that ask for them through metadata (runs after routing):
/// <list type="bullet">
/// <item>an endpoint with <see cref="SnapshotETag"/> (the History API, search, the pages) gets the ETag of the snapshot and
/// search index it is rendered from (see <see cref="ServedVersion"/>) on its 200 responses, and an <c>If-None-Match</c>
/// holding that ETag (weak comparison, see <see cref="EntityTags"/>) is answered 304 before any work is done. Delivery API
/// responses set theirs themselves: see <see cref="Utf8JsonResult"/>;</item>
/// <item>an endpoint with <see cref="VaryByRequestHeaders"/> names those request headers in <c>Vary</c> on every response,
/// 304s included (RFC 9110, 15.4.5), added to what other middleware puts there (<c>Accept-Encoding</c>, <c>Origin</c>).</item>
/// </list>
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
        var metadata = context.GetEndpoint()?.Metadata;
        if (metadata is null)
        {
            return next(context);
        }

        // Set before the endpoint runs (headers stay until the response starts; a cached answer replays the same Vary).
        var vary = metadata.GetOrderedMetadata<VaryByRequestHeaders>();
        for (var i = 0; i < vary.Count; i++)
        {
            for (var j = 0; j < vary[i].Headers.Count; j++)
            {
                AddVary(context.Response, vary[i].Headers[j]);
            }
        }

        var request = context.Request;
        if (metadata.GetMetadata<SnapshotETag>() is not { ByEndpoint: false } || !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)))
        {
            return next(context);
        }

        var etag = served.ETagFor(request.Path);
        if (EntityTags.IfNoneMatch(request, etag))
        {
            context.Response.StatusCode = StatusCodes.Status304NotModified;
            context.Response.Headers.ETag = etag;
            return Task.CompletedTask;
        }

        context.Response.OnStarting(static state =>
        {
            var (response, tag) = ((HttpResponse, string))state;
            if (response.StatusCode == StatusCodes.Status200OK)
            {
                response.Headers.ETag = tag;
            }

            return Task.CompletedTask;
        }, (context.Response, etag));
        return next(context);
    }

    /// <summary>Whether the request's <c>If-None-Match</c> matches the ETag (see <see cref="EntityTags.IfNoneMatch"/>).</summary>
    /// <param name="request">The request.</param>
    /// <param name="etag">The current ETag.</param>
    /// <returns><c>true</c> when the client's copy is current.</returns>
    public static bool Matches(HttpRequest request, string etag) => EntityTags.IfNoneMatch(request, etag);

    /// <summary>Names a request header in the response's <c>Vary</c>, once.</summary>
    /// <param name="response">The response.</param>
    /// <param name="header">The request header.</param>
    public static void AddVary(HttpResponse response, string header)
    {
        ArgumentNullException.ThrowIfNull(response);
        foreach (var value in response.Headers.Vary)
        {
            foreach (var part in (value ?? string.Empty).Split(','))
            {
                if (part.Trim() is var name && (name == "*" || string.Equals(name, header, StringComparison.OrdinalIgnoreCase)))
                {
                    return;
                }
            }
        }

        response.Headers.Append(Microsoft.Net.Http.Headers.HeaderNames.Vary, header);
    }
}

/// <summary>Endpoint metadata: the response is rendered from the content snapshot (and search index), so it carries its ETag.</summary>
public sealed class SnapshotETag
{
    private SnapshotETag(bool byEndpoint) => ByEndpoint = byEndpoint;

    /// <summary>The <see cref="ETagMiddleware"/> sets the ETag and answers 304.</summary>
    public static SnapshotETag Instance { get; } = new(false);

    /// <summary>The endpoint sets the ETag and answers 304 itself (the Delivery API, see <see cref="Utf8JsonResult"/>).</summary>
    public static SnapshotETag HandledByEndpoint { get; } = new(true);

    /// <summary>Whether the endpoint sets the ETag itself.</summary>
    public bool ByEndpoint { get; }
}

/// <summary>Endpoint metadata: the response depends on these request headers, so <c>Vary</c> names them.</summary>
/// <param name="headers">The request headers.</param>
public sealed class VaryByRequestHeaders(params string[] headers)
{
    /// <summary>The request headers.</summary>
    public IReadOnlyList<string> Headers { get; } = headers;
}
