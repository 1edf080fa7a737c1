using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using HistoryCms.Core.Content;
using HistoryCms.Core.Delivery;
using HistoryCms.Core.Validation;

namespace HistoryCms.Server.Delivery;

/// <summary>Text box and text area: a string (empty when no value), as Umbraco's text string converter gives it.</summary>
public sealed class TextPropertyWriter : IDeliveryPropertyWriter
{
    /// <inheritdoc/>
    public bool CanWrite(string editorAlias) => editorAlias is "Umbraco.TextBox" or "Umbraco.TextArea" or "Umbraco.EmailAddress";

    /// <inheritdoc/>
    public void Write(Utf8JsonWriter writer, PropertyWriteContext context)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(context);
        writer.WriteStringValue(context.Raw ?? string.Empty);
    }
}

/// <summary>Rich text: <c>{"markup": "...", "blocks": []}</c>, the Delivery API's default (HTML) output.</summary>
public sealed class RichTextPropertyWriter : IDeliveryPropertyWriter
{
    /// <inheritdoc/>
    public bool CanWrite(string editorAlias) => editorAlias is "Umbraco.RichText" or "Umbraco.TinyMCE";

    /// <inheritdoc/>
    public void Write(Utf8JsonWriter writer, PropertyWriteContext context)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(context);
        var markup = RichTextMarkup.Of(context.Raw);
        writer.WriteStartObject();
        writer.WriteString("markup", markup);
        writer.WriteStartArray("blocks");
        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}

/// <summary>Multi-node tree picker: an array of picked items, shallow unless expanded; missing items are left out.</summary>
public sealed class ContentPickerPropertyWriter : IDeliveryPropertyWriter
{
    /// <inheritdoc/>
    public bool CanWrite(string editorAlias) => editorAlias is "Umbraco.MultiNodeTreePicker" or "Umbraco.ContentPicker";

    /// <inheritdoc/>
    public void Write(Utf8JsonWriter writer, PropertyWriteContext context)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(context);
        writer.WriteStartArray();
        foreach (var key in ContentUdi.ParseDocuments(context.Raw))
        {
            if (context.Snapshot.Node(key) is { } picked)
            {
                context.Content.WriteContent(writer, context.Snapshot, picked, context.Expand is null ? ContentShape.Shallow : ContentShape.Expanded, context.Fields, context.Expand);
            }
        }

        writer.WriteEndArray();
    }
}

/// <summary>Media picker: an array of media items. The uSync content carries no media library, so picked media cannot be resolved and the array is empty.</summary>
public sealed class MediaPickerPropertyWriter : IDeliveryPropertyWriter
{
    /// <inheritdoc/>
    public bool CanWrite(string editorAlias) => editorAlias is "Umbraco.MediaPicker3";

    /// <inheritdoc/>
    public void Write(Utf8JsonWriter writer, PropertyWriteContext context)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartArray();
        writer.WriteEndArray();
    }
}

/// <summary>
/// Tags, multiple text strings and multi-select dropdowns: arrays of strings; a single-select dropdown: a string. The
/// <c>people</c> property: an array of <see cref="DeliveredPersonName"/> objects, as the Umbraco converter gives it.
/// </summary>
public sealed class StringListPropertyWriter : IDeliveryPropertyWriter
{
    /// <inheritdoc/>
    public bool CanWrite(string editorAlias) => editorAlias is "Umbraco.Tags" or "Umbraco.MultipleTextstring" or "Umbraco.DropDown.Flexible";

    /// <inheritdoc/>
    public void Write(Utf8JsonWriter writer, PropertyWriteContext context)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(context);
        if (DeliveredPersonName.Applies(context.Plan.Alias, context.Plan.EditorAlias))
        {
            WritePeople(writer, DeliveredPersonName.Read(context.Raw));
            return;
        }

        var values = context.Plan.EditorAlias == "Umbraco.MultipleTextstring" ? Lines(context.Raw) : JsonStrings(context.Raw);
        if (context.Plan.EditorAlias == "Umbraco.DropDown.Flexible" && !context.Plan.Flag("multiple"))
        {
            writer.WriteStringValue(values.Count > 0 ? values[0] : string.Empty);
            return;
        }

        writer.WriteStartArray();
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    private static void WritePeople(Utf8JsonWriter writer, IReadOnlyList<DeliveredPersonName> people)
    {
        writer.WriteStartArray();
        foreach (var person in people)
        {
            writer.WriteStartObject();
            writer.WriteString("name", person.Name);
            writer.WriteStartArray("variants");
            foreach (var variant in person.Variants)
            {
                writer.WriteStringValue(variant);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static List<string> Lines(string? raw) =>
        raw is null ? [] : [.. raw.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Trim().Length > 0)];

    private static List<string> JsonStrings(string? raw)
    {
        if (raw is null)
        {
            return [];
        }

        if (!raw.TrimStart().StartsWith('['))
        {
            return [.. raw.Split(',').Select(t => t.Trim()).Where(t => t.Length > 0)];
        }

        if (!EditorValueJson.TryRead(raw, out var node, out _) || node is not JsonArray array)
        {
            return [];
        }

        return [.. array.OfType<JsonValue>().Select(v => v.TryGetValue<string>(out var s) ? s : v.ToJsonString()).Where(s => s.Length > 0)];
    }
}

/// <summary>Date picker: an ISO 8601 string (UTC), or <c>null</c> when no date is set.</summary>
public sealed class DatePropertyWriter : IDeliveryPropertyWriter
{
    /// <inheritdoc/>
    public bool CanWrite(string editorAlias) => editorAlias is "Umbraco.DateTime";

    /// <inheritdoc/>
    public void Write(Utf8JsonWriter writer, PropertyWriteContext context)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(context);
        if (HistoryIndexEntry.StoredDate(context.Raw) is { } date)
        {
            writer.WriteStringValue(date.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}

/// <summary>A property the content model does not describe: its raw stored string, or <c>null</c>.</summary>
public sealed class RawPropertyWriter : IDeliveryPropertyWriter
{
    /// <inheritdoc/>
    public bool CanWrite(string editorAlias) => true;

    /// <inheritdoc/>
    public void Write(Utf8JsonWriter writer, PropertyWriteContext context)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(context);
        if (context.Raw is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            writer.WriteStringValue(context.Raw);
        }
    }
}
