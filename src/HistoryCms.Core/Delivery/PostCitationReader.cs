using HistoryCms.Core.Citations;
using HistoryCms.Core.Content;
using P = HistoryCms.Core.HistoryAliases.Properties;

namespace HistoryCms.Core.Delivery;

/// <summary>
/// A post's citations over any content lookup, for the hosts that have no Umbraco value converter (the delivery server, the
/// History API's exports): the citations domain's own mapper and exports, with the site's settings from the host's
/// <see cref="ICitationSettingsResolver"/>.
/// </summary>
public static class PostCitationReader
{
    /// <summary>A post's citations as delivered (numbered in body order, documents expanded, notes formatted).</summary>
    /// <param name="post">The post.</param>
    /// <param name="settings">The citation settings of the post's site (<see cref="ICitationSettingsResolver"/>).</param>
    /// <returns>The citations in note order.</returns>
    public static IReadOnlyList<CitationDto> Citations(ContentItem post, CitationSettings settings)
    {
        ArgumentNullException.ThrowIfNull(post);
        ArgumentNullException.ThrowIfNull(settings);
        return new CitationDtoMapper(settings.Documents, settings.Style).Map(post.Value(P.Citations), RichTextMarkup.Of(post.Value(P.Body)));
    }

    /// <summary>The documents a post cites, once each in note order, for RIS and CSL-JSON export.</summary>
    /// <param name="post">The post.</param>
    /// <param name="settings">The citation settings of the post's site (<see cref="ICitationSettingsResolver"/>).</param>
    /// <returns>The export items.</returns>
    public static IReadOnlyList<CitationExportItem> ExportItems(ContentItem post, CitationSettings settings)
    {
        ArgumentNullException.ThrowIfNull(post);
        ArgumentNullException.ThrowIfNull(settings);
        var read = CitationJson.Read(post.Value(P.Citations));
        if (!read.IsReadable)
        {
            return [];
        }

        return CitationExportItem.ForPost(CitationNumbering.Number(read.List, RichTextMarkup.Of(post.Value(P.Body))), settings.Documents.Find);
    }
}
