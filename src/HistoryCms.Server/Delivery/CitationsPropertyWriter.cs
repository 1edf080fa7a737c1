using System.Text.Json;
using HistoryCms.Core.Citations;
using HistoryCms.Core.Delivery;
using Microsoft.Extensions.Options;

namespace HistoryCms.Server.Delivery;

/// <summary>
/// The Document Citations editor: the citations pre-expanded by the citations domain's own mapper (numbered in body order,
/// documents resolved, notes formatted), exactly what the Umbraco value converter gives the Delivery API.
/// </summary>
/// <param name="options">The server options (the site's base URL for document links).</param>
/// <param name="defaults">The site's citation settings (section <c>HistoryCms:Pages</c>), when registered.</param>
public sealed class CitationsPropertyWriter(IOptions<DeliveryServerOptions> options, CitationStyleOptions? defaults = null) : IDeliveryPropertyWriter
{
    private readonly Uri? siteBaseUrl = Uri.TryCreate(options.Value.SiteBaseUrl, UriKind.Absolute, out var url) ? url : null;

    /// <inheritdoc/>
    public bool CanWrite(string editorAlias) => editorAlias == Core.HistoryAliases.Editors.DocumentCitations;

    /// <inheritdoc/>
    public void Write(Utf8JsonWriter writer, PropertyWriteContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var item = context.Node.Item;
        var notes = PostCitations.Notes(context.Snapshot, item, PostCitations.OptionsFor(context.Snapshot, item, siteBaseUrl, defaults));
        JsonSerializer.Serialize(writer, notes, DeliveryJsonWriter.SerializerOptions);
    }
}
