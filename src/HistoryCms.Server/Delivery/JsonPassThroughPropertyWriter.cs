using System.Text.Json;
using HistoryCms.Core.Validation;

namespace HistoryCms.Server.Delivery;

/// <summary>The package's own editors (citations, program blocks): their stored JSON, as read.</summary>
public sealed class JsonPassThroughPropertyWriter : IDeliveryPropertyWriter
{
    /// <inheritdoc/>
    public bool CanWrite(string editorAlias) => editorAlias is Core.HistoryAliases.Editors.DocumentCitations or Core.HistoryAliases.Editors.ProgramBlocks;

    /// <inheritdoc/>
    public void Write(Utf8JsonWriter writer, PropertyWriteContext context)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(context);
        if (EditorValueJson.TryRead(context.Raw, out var node, out _) && node is not null)
        {
            node.WriteTo(writer);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
