using System.Text.Json;
using HistoryCms.Core.Citations;
using HistoryCms.Core.Delivery;

namespace HistoryCms.Server.Delivery;

/// <summary>
/// The Document Citations editor: the citations pre-expanded by the citations domain's own mapper (numbered in body order,
/// documents resolved, notes formatted), exactly what the Umbraco value converter gives the Delivery API, with the site's
/// settings from the one resolver the History API and the pages use (so a document's URL is the same in all of them).
/// </summary>
/// <param name="citations">The site's citation settings resolver.</param>
public sealed class CitationsPropertyWriter(ICitationSettingsResolver citations) : IDeliveryPropertyWriter
{
    /// <inheritdoc/>
    public bool CanWrite(string editorAlias) => editorAlias == Core.HistoryAliases.Editors.DocumentCitations;

    /// <inheritdoc/>
    public void Write(Utf8JsonWriter writer, PropertyWriteContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var item = context.Node.Item;
        var notes = PostCitationReader.Citations(item, citations.Resolve(context.Snapshot, item.Key));
        JsonSerializer.Serialize(writer, notes, DeliveryJsonWriter.SerializerOptions);
    }
}
