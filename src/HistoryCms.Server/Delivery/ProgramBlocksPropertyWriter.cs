using System.Text.Json;
using HistoryCms.Core.Content;
using HistoryCms.Core.ProgramBlocks;
using HistoryCms.Core.ProgramBlocks.Delivery;

namespace HistoryCms.Server.Delivery;

/// <summary>
/// The Program Blocks editor: the blocks mapped by the program blocks domain's own delivery mapping (hidden and unknown
/// blocks left out, picked items expanded, latest posts resolved), exactly what the Umbraco value converter gives the
/// Delivery API. An item's JSON lives as long as its snapshot, and any content change builds a new snapshot, so latest posts stay current.
/// </summary>
/// <param name="kinds">The block kinds the server knows.</param>
/// <param name="sanitizer">Makes rich text blocks safe.</param>
/// <param name="time">The clock.</param>
public sealed class ProgramBlocksPropertyWriter(ProgramBlockKindCollection kinds, IHtmlSanitizer sanitizer, TimeProvider time) : IDeliveryPropertyWriter
{
    private readonly ProgramBlockDelivery _delivery = new(kinds);

    /// <inheritdoc/>
    public bool CanWrite(string editorAlias) => editorAlias == Core.HistoryAliases.Editors.ProgramBlocks;

    /// <inheritdoc/>
    public void Write(Utf8JsonWriter writer, PropertyWriteContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var list = ProgramBlockList.Parse(context.Raw);
        var mapping = new ProgramBlockMappingContext(context.Snapshot, sanitizer, time.GetUtcNow())
        {
            Program = context.Node.Item.ContentType == Core.HistoryAliases.ContentTypes.Program ? context.Node.Item : null,
        };
        JsonSerializer.Serialize(writer, _delivery.Map(list, mapping), DeliveryJsonWriter.SerializerOptions);
    }
}
