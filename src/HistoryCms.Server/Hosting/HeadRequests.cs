using Microsoft.AspNetCore.Http.Features;

namespace HistoryCms.Server;

/// <summary>
/// HEAD wherever GET is (RFC 9110, 9.3.2): every GET endpoint also answers HEAD with the same status and headers, and no
/// body. Minimal APIs map GET alone, so routing answered HEAD with a 404 (or a 405 that listed HEAD as allowed).
/// </summary>
public static class HeadRequests
{
    /// <summary>Adds HEAD to the methods of every GET endpoint the builder maps (the last <see cref="IHttpMethodMetadata"/> is the one routing reads).</summary>
    /// <typeparam name="TBuilder">The builder.</typeparam>
    /// <param name="builder">A route group or endpoint.</param>
    /// <returns>The builder.</returns>
    public static TBuilder AllowHead<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Add(endpoint =>
        {
            var methods = endpoint.Metadata.OfType<IHttpMethodMetadata>().LastOrDefault();
            if (methods is not null && methods.HttpMethods.Contains(HttpMethods.Get) && !methods.HttpMethods.Contains(HttpMethods.Head))
            {
                endpoint.Metadata.Add(new HttpMethodMetadata([.. methods.HttpMethods, HttpMethods.Head], methods.AcceptCorsPreflight));
            }
        });
        return builder;
    }

    /// <summary>
    /// Sends no body for HEAD requests, whatever the endpoint writes (Kestrel drops it too, but the in-process test server and
    /// other servers do not). The endpoint runs as for GET, so the headers, Content-Length included, are those of GET.
    /// </summary>
    /// <param name="app">The app.</param>
    /// <returns>The app.</returns>
    public static IApplicationBuilder UseHeadWithoutBody(this IApplicationBuilder app) =>
        app.Use(static (context, next) =>
        {
            if (HttpMethods.IsHead(context.Request.Method))
            {
                var body = context.Features.GetRequiredFeature<IHttpResponseBodyFeature>();
                context.Features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(Stream.Null, body));
            }

            return next(context);
        });
}
