using HistoryCms.Core.Content;
using P = HistoryCms.Core.HistoryAliases.Properties;
using T = HistoryCms.Core.HistoryAliases.ContentTypes;

namespace HistoryCms.Core.Citations;

/// <summary>
/// The citation settings of one site, as an <see cref="ICitationSettingsResolver"/> works them out: the style (archive
/// name, publisher, base URL, whether the digital-archive style prints the URL), the URL of a page, and the cited
/// documents linked by those URLs.
/// </summary>
public sealed class CitationSettings
{
    private readonly Func<ContentItem, string?> _pageUrl;

    /// <summary>Creates the settings.</summary>
    /// <param name="style">The style options.</param>
    /// <param name="content">The content the cited documents are read from.</param>
    /// <param name="pageUrl">The host's absolute URL of an item's page, or <c>null</c> when it knows none.</param>
    public CitationSettings(CitationStyleOptions style, IContentLookup content, Func<ContentItem, string?> pageUrl)
    {
        ArgumentNullException.ThrowIfNull(style);
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(pageUrl);
        Style = style;
        _pageUrl = pageUrl;
        Documents = new ContentCitedDocuments(content, pageUrl);
    }

    /// <summary>The style options the formatters and exports print with.</summary>
    public CitationStyleOptions Style { get; }

    /// <summary>The cited documents, each with the URL of its page.</summary>
    public ICitedDocumentSource Documents { get; }

    /// <summary>
    /// The absolute URL of an item's page: the host's, else the route path on <see cref="CitationStyleOptions.SiteBaseUrl"/>
    /// (as <see cref="CitationStyleOptions.UrlOf(CitedDocument)"/> falls back for a document), else <c>null</c>.
    /// </summary>
    /// <param name="item">The item.</param>
    /// <returns>The URL, or <c>null</c>.</returns>
    public string? UrlOf(ContentItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return _pageUrl(item) ?? Style.UrlOf(item.RoutePath);
    }

    /// <summary>
    /// The settings of the site an item belongs to: the host's own settings (<paramref name="defaults"/>) under the
    /// "Digital archive name" of the item's site root (<c>historySiteRoot</c>), when it gives one.
    /// </summary>
    /// <param name="content">The content.</param>
    /// <param name="itemKey">An item of the site; <c>null</c> for the first site root.</param>
    /// <param name="defaults">The host's citation settings (publisher, base URL, an archive name for a site root that gives none).</param>
    /// <param name="pageUrl">The host's absolute URL of an item's page.</param>
    /// <returns>The settings.</returns>
    public static CitationSettings ForSite(IContentLookup content, Guid? itemKey, CitationStyleOptions defaults, Func<ContentItem, string?> pageUrl)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(defaults);
        var root = itemKey is { } key ? SiteRootOf(content, key) : content.OfType(T.SiteRoot).FirstOrDefault();
        var archive = root?.Value(P.CollectionName)?.Trim();
        return new CitationSettings(string.IsNullOrEmpty(archive) ? defaults : defaults with { ArchiveName = archive }, content, pageUrl);
    }

    private static ContentItem? SiteRootOf(IContentLookup content, Guid key)
    {
        var item = content.Find(key);
        for (var depth = 0; depth < 64 && item is not null; depth++)
        {
            if (item.ContentType == T.SiteRoot)
            {
                return item;
            }

            item = item.ParentKey is { } parent ? content.Find(parent) : null;
        }

        return null;
    }
}
