using HistoryCms.Core.Citations;
using HistoryCms.Core.Content;
using P = HistoryCms.Core.HistoryAliases.Properties;
using T = HistoryCms.Core.HistoryAliases.DocumentTypes;

namespace HistoryCms.Core.Delivery;

/// <summary>
/// A post's citations over any content lookup, for the hosts that have no Umbraco value converter (the delivery server, the
/// History API's exports): the citations domain's own mapper and exports, given the post's site settings.
/// </summary>
public static class PostCitations
{
    /// <summary>
    /// The citation settings of the site an item belongs to: the archive name of its site root, and a base URL, over the
    /// host's own settings (<paramref name="defaults"/>: publisher, whether the digital-archive style prints the URL, an
    /// archive name for a site root that gives none).
    /// </summary>
    /// <param name="lookup">The content.</param>
    /// <param name="item">An item of the site.</param>
    /// <param name="siteBaseUrl">The site's absolute base URL, or <c>null</c> for the one in <paramref name="defaults"/>.</param>
    /// <param name="defaults">The host's citation settings, or <c>null</c> for none.</param>
    /// <returns>The options.</returns>
    public static CitationStyleOptions OptionsFor(IContentLookup lookup, ContentItem item, Uri? siteBaseUrl, CitationStyleOptions? defaults = null)
    {
        ArgumentNullException.ThrowIfNull(lookup);
        ArgumentNullException.ThrowIfNull(item);
        var root = item;
        for (var depth = 0; depth < 64 && root.ParentKey is { } parent && lookup.Find(parent) is { } next; depth++)
        {
            root = next;
        }

        var archive = root.ContentType == T.SiteRoot ? root.Value(P.CollectionName)?.Trim() : null;
        defaults ??= new CitationStyleOptions();
        return defaults with
        {
            ArchiveName = string.IsNullOrEmpty(archive) ? defaults.ArchiveName : archive,
            SiteBaseUrl = siteBaseUrl ?? defaults.SiteBaseUrl,
        };
    }

    /// <summary>The cited documents of a lookup, linked by <paramref name="options"/>' base URL.</summary>
    /// <param name="lookup">The content.</param>
    /// <param name="options">The citation settings.</param>
    /// <returns>The source.</returns>
    public static ICitedDocumentSource Documents(IContentLookup lookup, CitationStyleOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new ContentCitedDocuments(lookup, item => options.UrlOf(item.RoutePath));
    }

    /// <summary>A post's citations as delivered (numbered in body order, documents expanded, notes formatted).</summary>
    /// <param name="lookup">The content.</param>
    /// <param name="post">The post.</param>
    /// <param name="options">The citation settings.</param>
    /// <returns>The citations in note order.</returns>
    public static IReadOnlyList<CitationDto> Notes(IContentLookup lookup, ContentItem post, CitationStyleOptions options)
    {
        ArgumentNullException.ThrowIfNull(post);
        return new CitationDtoMapper(Documents(lookup, options), options).Map(post.Value(P.Citations), RichTextMarkup.Of(post.Value(P.Body)));
    }

    /// <summary>The documents a post cites, once each in note order, for RIS and CSL-JSON export.</summary>
    /// <param name="lookup">The content.</param>
    /// <param name="post">The post.</param>
    /// <param name="options">The citation settings.</param>
    /// <returns>The export items.</returns>
    public static IReadOnlyList<CitationExportItem> ExportItems(IContentLookup lookup, ContentItem post, CitationStyleOptions options)
    {
        ArgumentNullException.ThrowIfNull(post);
        var read = CitationJson.Read(post.Value(P.Citations));
        if (!read.IsReadable)
        {
            return [];
        }

        var documents = Documents(lookup, options);
        return CitationExportItem.ForPost(CitationNumbering.Number(read.List, RichTextMarkup.Of(post.Value(P.Body))), documents.Find);
    }
}
