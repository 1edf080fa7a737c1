using HistoryCms.Core.Citations;
using HistoryCms.Core.Content;
using HistoryCms.Umbraco.ContentLookup;
using Umbraco.Cms.Core.Models.PublishedContent;
using Umbraco.Cms.Core.Routing;

namespace HistoryCms.Umbraco.PropertyEditors.DocumentCitations;

/// <summary>
/// The citation settings resolver of an Umbraco site, the one behind every output (the Delivery API's value converter,
/// the History API and its exports, the pages): a page's URL is the absolute URL Umbraco's published URL provider gives
/// it, and the digital archive's name is the "Digital archive name" of the site root (<c>historySiteRoot</c>) the item
/// belongs to.
/// </summary>
/// <remarks>
/// Absolute, not the request's address plus the relative route: <c>UrlMode.Absolute</c> puts the URL on the domain
/// assigned to the item's site (or, with none, on the current request's authority), while a relative URL drops the
/// domain's host (<c>AssembleUrl</c> in src/Umbraco.Core/Routing/NewDefaultUrlProvider.cs@release/17.4.2). An item
/// without a URL ("#": not published, no route) falls back to the configured <see cref="CitationStyleOptions.SiteBaseUrl"/>.
/// </remarks>
/// <param name="lookups">Umbraco's content, as Core sees it (its UmbracoContext for URLs outside a request).</param>
/// <param name="urls">Umbraco's published URL provider.</param>
/// <param name="defaults">
/// The site's own citation settings (publisher, whether the digital-archive style prints the URL, an archive name for a
/// site root that gives none): the <see cref="CitationStyleOptions"/> the site registers, or that
/// <c>AddHistoryPages()</c> registers from its options; <c>null</c> for none.
/// </param>
public sealed class UmbracoCitationSources(UmbracoContentLookup lookups, IPublishedUrlProvider urls, CitationStyleOptions? defaults = null)
    : ICitationSettingsResolver
{
    /// <inheritdoc />
    public CitationSettings Resolve(IContentLookup content, Guid? itemKey) =>
        CitationSettings.ForSite(content, itemKey, defaults ?? new CitationStyleOptions(), AbsoluteUrl);

    private string? AbsoluteUrl(ContentItem item)
    {
        // UrlProvider.GetUrl needs an UmbracoContext (src/Umbraco.Core/Routing/UrlProvider.cs), which background work lacks.
        using (lookups.EnsureContext())
        {
            return urls.GetUrl(item.Key, UrlMode.Absolute) is { Length: > 0 } url && url != "#" ? url : null;
        }
    }
}
