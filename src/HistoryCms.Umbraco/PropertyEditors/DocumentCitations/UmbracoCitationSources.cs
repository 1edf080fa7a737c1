using HistoryCms.Core;
using HistoryCms.Core.Citations;
using HistoryCms.Core.Content;
using HistoryCms.Umbraco.ContentLookup;
using Umbraco.Cms.Core.Models.PublishedContent;
using Umbraco.Cms.Core.PublishedCache;
using Umbraco.Cms.Core.Routing;
using Umbraco.Cms.Core.Services.Navigation;

namespace HistoryCms.Umbraco.PropertyEditors.DocumentCitations;

/// <summary>
/// The cited documents and citation settings of an Umbraco site: documents read from the published cache (with
/// drafts in preview) and linked by their absolute URLs; the digital archive's name from the "Digital archive name"
/// of the site root (<c>historySiteRoot</c>) the post belongs to.
/// </summary>
/// <param name="lookups">Umbraco's content, as Core sees it.</param>
/// <param name="cache">The published content cache.</param>
/// <param name="navigation">The document tree.</param>
/// <param name="urls">Builds absolute URLs.</param>
/// <param name="defaults">
/// The site's own citation settings (publisher, whether the digital-archive style prints the URL, an archive name for a
/// site root that gives none): the <see cref="CitationStyleOptions"/> the site registers, or that
/// <c>AddHistoryPages()</c> registers from its options; <c>null</c> for none.
/// </param>
public sealed class UmbracoCitationSources(
    UmbracoContentLookup lookups,
    IPublishedContentCache cache,
    IDocumentNavigationQueryService navigation,
    IPublishedUrlProvider urls,
    CitationStyleOptions? defaults = null) : ICitationSources
{
    /// <inheritdoc />
    public ICitedDocumentSource Documents(bool preview) =>
        new ContentCitedDocuments(lookups.For(preview), AbsoluteUrl);

    /// <inheritdoc />
    public CitationStyleOptions Options(IPublishedElement owner, bool preview)
    {
        ArgumentNullException.ThrowIfNull(owner);
        var roots = navigation.TryGetAncestorsOrSelfKeys(owner.Key, out var ancestors) ? ancestors : [];
        return OptionsOf(roots, preview);
    }

    /// <summary>The settings of the first site root, for requests that name no post (the backoffice preview).</summary>
    /// <param name="preview">Whether drafts are visible.</param>
    /// <returns>The options.</returns>
    public CitationStyleOptions DefaultOptions(bool preview) =>
        OptionsOf(navigation.TryGetRootKeysOfType(HistoryAliases.DocumentTypes.SiteRoot, out var roots) ? roots : [], preview);

    private CitationStyleOptions Defaults => defaults ?? new CitationStyleOptions();

    private string? AbsoluteUrl(ContentItem item)
    {
        // UrlProvider.GetUrl needs an UmbracoContext (src/Umbraco.Core/Routing/UrlProvider.cs), which background work lacks.
        using (lookups.EnsureContext())
        {
            return urls.GetUrl(item.Key, UrlMode.Absolute) is { Length: > 0 } url && url != "#" ? url : null;
        }
    }

    private CitationStyleOptions OptionsOf(IEnumerable<Guid> candidates, bool preview)
    {
        foreach (var key in candidates)
        {
            if (cache.GetById(preview, key) is { } content && content.ContentType.Alias == HistoryAliases.DocumentTypes.SiteRoot)
            {
                var name = content.GetProperty(HistoryAliases.Properties.CollectionName)?.GetSourceValue() as string;
                return string.IsNullOrWhiteSpace(name) ? Defaults : Defaults with { ArchiveName = name.Trim() };
            }
        }

        return Defaults;
    }
}
