using HistoryCms.Core.Content;

namespace HistoryCms.Core.Citations;

/// <summary>
/// Works out a site's citation settings: the one place every output asks (the Delivery API's citations, the History API
/// and its RIS and CSL-JSON exports, the rendered pages, the Umbraco value converter), so that a cited document has one
/// URL everywhere. One implementation per host: in an Umbraco site over Umbraco's published URL provider, in the
/// delivery server over the snapshot's routes and the configured or requested site address.
/// </summary>
public interface ICitationSettingsResolver
{
    /// <summary>The citation settings of the site an item belongs to, its cited documents read from <paramref name="content"/>.</summary>
    /// <param name="content">The content the output reads (what visitors see, or with drafts in preview).</param>
    /// <param name="itemKey">The post or document whose site is meant; <c>null</c> for the first site (the backoffice preview names no post).</param>
    /// <returns>The settings.</returns>
    CitationSettings Resolve(IContentLookup content, Guid? itemKey);

    /// <summary>
    /// The address the site's page URLs are written with (<see cref="CitationStyleOptions.SiteBaseUrl"/> of
    /// <see cref="Resolve"/>'s settings): what a kept rendering holding such URLs is checked against before it is reused.
    /// An implementation may answer it without working out the rest of the settings.
    /// </summary>
    /// <param name="content">The content the output reads.</param>
    /// <param name="itemKey">The post or document whose site is meant; <c>null</c> for the first site.</param>
    /// <returns>The address, or <c>null</c> when page URLs are not absolute.</returns>
    Uri? SiteBaseUrl(IContentLookup content, Guid? itemKey) => Resolve(content, itemKey).Style.SiteBaseUrl;
}
