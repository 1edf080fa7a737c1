using System.Text.Json;
using System.Text.Json.Serialization;

namespace HistoryCms.Umbraco.PropertyEditors;

/// <summary>
/// Reads a list of texts entered with the backoffice's Multiple Text String configuration UI
/// (<c>Umb.PropertyEditorUi.MultipleTextString</c>), which saves an array of strings that may hold empty entries
/// (an added, unfilled row) and <c>[]</c> when cleared (Umbraco's <c>JsonObjectConverter</c> turns an empty array into
/// <c>null</c>). Entries are trimmed, empty and repeated ones dropped; a single text reads as a comma-separated list;
/// <c>null</c> or any other shape reads as an empty list instead of throwing.
/// </summary>
public sealed class ConfigurationTextListConverter : JsonConverter<IReadOnlyList<string>>
{
    /// <inheritdoc />
    public override bool HandleNull => true;

    /// <inheritdoc />
    public override IReadOnlyList<string> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        JsonElement element = document.RootElement;
        IEnumerable<string?> entries = element.ValueKind switch
        {
            JsonValueKind.Array => element.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String ? e.GetString() : null),
            JsonValueKind.String => element.GetString()?.Split(',') ?? [],
            _ => [],
        };
        return [.. entries.Select(e => e?.Trim()).OfType<string>().Where(e => e.Length > 0).Distinct(StringComparer.Ordinal)];
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, IReadOnlyList<string> value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartArray();
        foreach (string entry in value ?? [])
        {
            writer.WriteStringValue(entry);
        }

        writer.WriteEndArray();
    }
}
