using System.Text.Json;
using System.Text.Json.Nodes;
using HistoryCms.Core.Delivery;
using HistoryCms.Core.Validation;

namespace HistoryCms.Server.Delivery;

/// <summary>
/// Multi URL picker: an array of links in the Delivery API's <c>ApiLink</c> shape (<c>url</c>, <c>queryString</c>, <c>title</c>,
/// <c>target</c>, <c>destinationId</c>, <c>destinationType</c>, <c>route</c>, <c>linkType</c>). Links to missing content are left out.
/// </summary>
public sealed class LinkPropertyWriter : IDeliveryPropertyWriter
{
    /// <inheritdoc/>
    public bool CanWrite(string editorAlias) => editorAlias is "Umbraco.MultiUrlPicker";

    /// <inheritdoc/>
    public void Write(Utf8JsonWriter writer, PropertyWriteContext context)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(context);
        writer.WriteStartArray();
        if (EditorValueJson.TryRead(context.Raw, out var node, out _) && node is JsonArray links)
        {
            foreach (var link in links.OfType<JsonObject>())
            {
                WriteLink(writer, context, link);
            }
        }

        writer.WriteEndArray();
    }

    private static void WriteLink(Utf8JsonWriter writer, PropertyWriteContext context, JsonObject link)
    {
        var udi = Text(link, "udi") ?? Text(link, "unique");
        var targets = udi is null ? [] : ContentUdi.ParseDocuments(udi);
        var destination = targets.Count > 0 ? context.Snapshot.Node(targets[0]) : null;
        if (udi is not null && udi.StartsWith("umb://document/", StringComparison.OrdinalIgnoreCase) && destination is null)
        {
            return;
        }

        writer.WriteStartObject();
        writer.WriteString("url", destination is null ? Text(link, "url") : null);
        writer.WriteString("queryString", Text(link, "queryString"));
        writer.WriteString("title", Text(link, "name") ?? Text(link, "title"));
        writer.WriteString("target", Text(link, "target"));
        if (destination is null)
        {
            writer.WriteNull("destinationId");
            writer.WriteNull("destinationType");
            writer.WriteNull("route");
            writer.WriteString("linkType", "External");
        }
        else
        {
            writer.WriteString("destinationId", destination.Key);
            writer.WriteString("destinationType", destination.Item.ContentType);
            writer.WritePropertyName("route");
            DeliveryJsonWriter.WriteRoute(writer, destination);
            writer.WriteString("linkType", "Content");
        }

        writer.WriteEndObject();
    }

    private static string? Text(JsonObject o, string name) =>
        o[name] is JsonValue v && v.TryGetValue<string>(out var s) && !string.IsNullOrWhiteSpace(s) ? s : null;
}
