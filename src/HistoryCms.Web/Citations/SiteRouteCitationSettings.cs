using HistoryCms.Core.Citations;
using HistoryCms.Core.Content;
using Microsoft.AspNetCore.Http;

namespace HistoryCms.Web.Citations;

/// <summary>
/// The citation settings of a host that serves every item at its route path (the delivery server, a bare ASP.NET Core
/// site): a page's URL is its route path on the site's address, which is the configured one
/// (<see cref="CitationStyleOptions.SiteBaseUrl"/>, from <c>HistoryPagesOptions.SiteBaseUrl</c> or the server's
/// <c>HistoryCms:SiteBaseUrl</c>) or else the address of the current request. An Umbraco site registers its own
/// resolver, over Umbraco's published URLs.
/// </summary>
/// <param name="defaults">The host's citation settings (publisher, address, an archive name for a site root that gives none).</param>
/// <param name="http">The current request, whose address is the site's when none is configured.</param>
public sealed class SiteRouteCitationSettings(CitationStyleOptions defaults, IHttpContextAccessor http) : ICitationSettingsResolver
{
    /// <inheritdoc />
    public CitationSettings Resolve(IContentLookup content, Guid? itemKey)
    {
        var style = defaults.SiteBaseUrl is null ? defaults with { SiteBaseUrl = SiteBaseUrl(content, itemKey) } : defaults;
        return CitationSettings.ForSite(content, itemKey, style, item => style.UrlOf(item.RoutePath));
    }

    /// <summary>The settings of one request, for a host that registers no resolver (the History API alone in a bare host).</summary>
    /// <param name="context">The request.</param>
    /// <param name="defaults">The host's citation settings, or <c>null</c> for none.</param>
    /// <returns>The resolver.</returns>
    public static SiteRouteCitationSettings ForRequest(HttpContext context, CitationStyleOptions? defaults) =>
        new(defaults ?? new CitationStyleOptions(), new HttpContextAccessor { HttpContext = context });

    /// <inheritdoc />
    public Uri? SiteBaseUrl(IContentLookup content, Guid? itemKey) => defaults.SiteBaseUrl ?? RequestBase(http.HttpContext);

    // The address of the last request asked about, reused while requests come to the same address (nearly always): parsing a
    // Uri for every item of every page showed in the delivery server's profile. Swapped whole, so threads see a consistent pair.
    private RequestAddress? _lastRequest;

    private Uri? RequestBase(HttpContext? context)
    {
        if (context?.Request is not { Host.HasValue: true } request)
        {
            return null;
        }

        var scheme = request.Scheme;
        var host = request.Host.Value;
        var pathBase = request.PathBase.Value ?? string.Empty;
        if (_lastRequest is { } last && last.Scheme == scheme && last.Host == host && last.PathBase == pathBase)
        {
            return last.Uri;
        }

        if (!Uri.TryCreate($"{scheme}://{host}{pathBase}/", UriKind.Absolute, out var uri))
        {
            return null;
        }

        _lastRequest = new RequestAddress(scheme, host, pathBase, uri);
        return uri;
    }

    private sealed record RequestAddress(string Scheme, string Host, string PathBase, Uri Uri);
}
