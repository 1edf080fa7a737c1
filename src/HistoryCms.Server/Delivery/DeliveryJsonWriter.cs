using System.Buffers;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using HistoryCms.Core.Citations;
using HistoryCms.Server.Snapshot;
using Microsoft.Extensions.Options;

namespace HistoryCms.Server.Delivery;

/// <summary>How much of an item to write.</summary>
public enum ContentShape
{
    /// <summary>A response item (<c>ApiContentResponseModel</c>): properties and <c>cultures</c>.</summary>
    Response,

    /// <summary>A picked item, not expanded (<c>IApiContent</c>): empty <c>properties</c>, no <c>cultures</c>.</summary>
    Shallow,

    /// <summary>A picked item, expanded: its properties (pickers in them shallow unless nested expansion asks), no <c>cultures</c>.</summary>
    Expanded,
}

/// <summary>
/// Writes content items as Umbraco's Delivery API does: <c>contentType</c>, <c>name</c>, <c>createDate</c>, <c>updateDate</c>,
/// <c>route</c> {<c>path</c>, <c>startItem</c> {<c>id</c>, <c>path</c>}}, <c>id</c>, <c>properties</c>, <c>cultures</c>. An item's
/// default rendering is kept with its snapshot node, so each is serialized once per snapshot (and site address: see
/// <see cref="ItemJson"/>).
/// </summary>
/// <param name="writers">The property writers; the first that can write an editor wins.</param>
/// <param name="options">The server options.</param>
/// <param name="citations">The site's citation settings, whose address the citation URLs in an item are written with.</param>
public sealed class DeliveryJsonWriter(IEnumerable<IDeliveryPropertyWriter> writers, IOptions<DeliveryServerOptions> options, ICitationSettingsResolver citations)
{
    /// <summary>The writer options: relaxed escaping like the Delivery API (markup and non-Latin text stay readable).</summary>
    public static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };

    /// <summary>The serializer options for the package's own DTOs (camelCase, relaxed escaping).</summary>
    public static readonly JsonSerializerOptions SerializerOptions = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly IDeliveryPropertyWriter[] _writers = [.. writers, new RawPropertyWriter()];
    private readonly bool _exposeEmail = options.Value.ExposeEmail;

    /// <summary>
    /// The item's default JSON (all properties, nothing expanded), rendered once per snapshot and site address: without a
    /// configured address, citation URLs follow the request's, so JSON written for one host name is not served to another.
    /// </summary>
    /// <param name="snapshot">The snapshot.</param>
    /// <param name="node">The item.</param>
    /// <returns>UTF-8 JSON.</returns>
    public byte[] ItemJson(ContentSnapshot snapshot, ContentNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var site = citations.SiteBaseUrl(snapshot, node.Root.Key);
        if (node.Json is { } cached && cached.SiteBaseUrl == site)
        {
            return cached.Utf8;
        }

        var buffer = new ArrayBufferWriter<byte>(2048);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            WriteContent(writer, snapshot, node, ContentShape.Response, null, null);
        }

        var json = buffer.WrittenSpan.ToArray();
        node.Json = new RenderedJson(site, json);
        return json;
    }

    /// <summary>
    /// A query's answer, <c>{"total":n,"items":[...]}</c>, limited by <paramref name="fields"/> and expanded by
    /// <paramref name="expand"/>. With neither, the items' default renderings are copied into one array of the exact size
    /// (the same bytes <see cref="Utf8JsonWriter"/> writes around them).
    /// </summary>
    /// <param name="snapshot">The snapshot.</param>
    /// <param name="total">How many items match.</param>
    /// <param name="page">The page of them.</param>
    /// <param name="fields">Which properties to output (<c>null</c>: all).</param>
    /// <param name="expand">Which pickers to expand (<c>null</c>: none).</param>
    /// <returns>UTF-8 JSON.</returns>
    public ReadOnlyMemory<byte> PageJson(ContentSnapshot snapshot, long total, IReadOnlyList<ContentNode> page, PropertySelection? fields, PropertySelection? expand) =>
        Page(snapshot, total, page, fields, expand).ToArray();

    /// <summary>
    /// A query's answer as <see cref="PageJson"/> writes it, in parts: with neither <paramref name="fields"/> nor
    /// <paramref name="expand"/>, the items' kept renderings themselves between a few bytes of page JSON, so that the response
    /// is written from them without first copying a page of tens of kilobytes into one array.
    /// </summary>
    /// <param name="snapshot">The snapshot.</param>
    /// <param name="total">How many items match.</param>
    /// <param name="page">The page of them.</param>
    /// <param name="fields">Which properties to output (<c>null</c>: all).</param>
    /// <param name="expand">Which pickers to expand (<c>null</c>: none).</param>
    /// <returns>The parts of the UTF-8 JSON.</returns>
    public Utf8JsonParts Page(ContentSnapshot snapshot, long total, IReadOnlyList<ContentNode> page, PropertySelection? fields, PropertySelection? expand)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (fields is not null || expand is not null)
        {
            var buffer = new ArrayBufferWriter<byte>(4096);
            using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
            {
                writer.WriteStartObject();
                writer.WriteNumber("total", total);
                writer.WriteStartArray("items");
                foreach (var node in page)
                {
                    WriteItem(writer, snapshot, node, fields, expand);
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            return new Utf8JsonParts([buffer.WrittenMemory]);
        }

        // {"total":n,"items":[ item , item ... ]} - the same bytes Utf8JsonWriter writes around the items.
        var parts = new ReadOnlyMemory<byte>[(page.Count * 2) + 1];
        Span<byte> number = stackalloc byte[20];
        total.TryFormat(number, out var digits, default, CultureInfo.InvariantCulture);
        var head = new byte[PageStart.Length + digits + PageItems.Length];
        var rest = head.AsSpan();
        Append(ref rest, PageStart);
        Append(ref rest, number[..digits]);
        Append(ref rest, PageItems);
        parts[0] = head;
        for (var i = 0; i < page.Count; i++)
        {
            parts[(2 * i) + 1] = ItemJson(snapshot, page[i]);
            parts[(2 * i) + 2] = i == page.Count - 1 ? PageEndBytes : Comma;
        }

        if (page.Count == 0)
        {
            parts[0] = head.Concat(PageEndBytes).ToArray();
        }

        return new Utf8JsonParts(parts);
    }

    /// <summary>Writes a response item, limited by <paramref name="fields"/> and expanded by <paramref name="expand"/>.</summary>
    /// <param name="writer">The JSON writer.</param>
    /// <param name="snapshot">The snapshot.</param>
    /// <param name="node">The item.</param>
    /// <param name="fields">Which properties to output (<c>null</c>: all).</param>
    /// <param name="expand">Which pickers to expand (<c>null</c>: none).</param>
    public void WriteItem(Utf8JsonWriter writer, ContentSnapshot snapshot, ContentNode node, PropertySelection? fields, PropertySelection? expand)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (fields is null && expand is null)
        {
            writer.WriteRawValue(ItemJson(snapshot, node), skipInputValidation: true);
        }
        else
        {
            WriteContent(writer, snapshot, node, ContentShape.Response, fields, expand);
        }
    }

    /// <summary>Writes an item in the given shape.</summary>
    /// <param name="writer">The JSON writer.</param>
    /// <param name="snapshot">The snapshot.</param>
    /// <param name="node">The item.</param>
    /// <param name="shape">How much to write.</param>
    /// <param name="fields">Which properties to output (<c>null</c>: all).</param>
    /// <param name="expand">Which pickers to expand (<c>null</c>: none).</param>
    public void WriteContent(Utf8JsonWriter writer, ContentSnapshot snapshot, ContentNode node, ContentShape shape, PropertySelection? fields, PropertySelection? expand)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(node);
        writer.WriteStartObject();
        writer.WriteString("contentType", node.Item.ContentType);
        writer.WriteString("name", node.Item.Name);
        writer.WriteString("createDate", node.CreateDate);
        writer.WriteString("updateDate", node.UpdateDate);
        writer.WritePropertyName("route");
        WriteRoute(writer, node);
        writer.WriteString("id", node.Key);
        writer.WriteStartObject("properties");
        if (shape != ContentShape.Shallow)
        {
            WriteProperties(writer, snapshot, node, fields, expand);
        }

        writer.WriteEndObject();
        if (shape == ContentShape.Response)
        {
            writer.WriteStartObject("cultures");
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes an item's route: <c>{"path": "/a/b/", "startItem": {"id": root key, "path": root segment}}</c>.</summary>
    /// <param name="writer">The JSON writer.</param>
    /// <param name="node">The item.</param>
    public static void WriteRoute(Utf8JsonWriter writer, ContentNode node)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(node);
        writer.WriteStartObject();
        writer.WriteString("path", node.Path);
        writer.WriteStartObject("startItem");
        writer.WriteString("id", node.Root.Key);
        writer.WriteString("path", node.RootSegment);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private void WriteProperties(Utf8JsonWriter writer, ContentSnapshot snapshot, ContentNode node, PropertySelection? fields, PropertySelection? expand)
    {
        var item = node.Item;
        foreach (var plan in PropertyPlan.For(item.ContentType, item.Values.Keys))
        {
            if ((fields is not null && !fields.Includes(plan.Alias)) || (!_exposeEmail && plan.EditorAlias == "Umbraco.EmailAddress"))
            {
                continue;
            }

            var expansion = expand is not null && expand.Includes(plan.Alias) ? expand.Nested(plan.Alias) ?? PropertySelection.None : null;
            var context = new PropertyWriteContext(item.Value(plan.Alias), plan, node, snapshot, expansion, fields?.Nested(plan.Alias), this);
            writer.WritePropertyName(plan.Alias);
            Writer(plan.EditorAlias).Write(writer, context);
        }
    }

    private static ReadOnlySpan<byte> PageStart => "{\"total\":"u8;

    private static ReadOnlySpan<byte> PageItems => ",\"items\":["u8;

    private static readonly byte[] PageEndBytes = [.. "]}"u8];

    private static readonly byte[] Comma = [(byte)','];

    private static void Append(ref Span<byte> destination, scoped ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(destination);
        destination = destination[bytes.Length..];
    }

    private IDeliveryPropertyWriter Writer(string editorAlias)
    {
        foreach (var writer in _writers)
        {
            if (writer.CanWrite(editorAlias))
            {
                return writer;
            }
        }

        return _writers[^1];
    }
}
