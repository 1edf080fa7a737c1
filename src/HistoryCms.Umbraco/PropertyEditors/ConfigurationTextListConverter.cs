using System.Text.Json;

namespace HistoryCms.Umbraco.PropertyEditors;

/// <summary>
/// Reads a list of texts entered with the backoffice's Multiple Text String configuration UI
/// (<c>Umb.PropertyEditorUi.MultipleTextString</c>), which saves an array of strings that may hold empty entries
/// (an added, unfilled row) and <c>[]</c> when cleared (Umbraco's <c>JsonObjectConverter</c> turns an empty array into
/// <c>null</c>). Entries are trimmed, empty and repeated ones dropped; a single text reads as a comma-separated list;
/// <c>null</c> or any other shape reads as an empty list instead of throwing.
/// </summary>
public sealed class ConfigurationTextListConverter : ConfigurationValueConverter<IReadOnlyList<string>>
{
    /// <inheritdoc />
    protected override IReadOnlyList<string> FromElement(JsonElement element)
    {
        IEnumerable<string?> entries = element.ValueKind switch
        {
            JsonValueKind.Array => element.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String ? e.GetString() : null),
            JsonValueKind.String => element.GetString()?.Split(',') ?? [],
            _ => [],
        };
        return [.. entries.Select(e => e?.Trim()).OfType<string>().Where(e => e.Length > 0).Distinct(StringComparer.Ordinal)];
    }

    /// <inheritdoc />
    protected override void WriteValue(Utf8JsonWriter writer, IReadOnlyList<string> value)
    {
        writer.WriteStartArray();
        foreach (string entry in value ?? [])
        {
            writer.WriteStringValue(entry);
        }

        writer.WriteEndArray();
    }
}
