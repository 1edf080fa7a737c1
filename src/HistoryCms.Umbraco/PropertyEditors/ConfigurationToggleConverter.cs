using System.Globalization;
using System.Text.Json;

namespace HistoryCms.Umbraco.PropertyEditors;

/// <summary>
/// Reads a switch set with the backoffice's Toggle configuration UI (<c>Umb.PropertyEditorUi.Toggle</c>), which saves
/// <c>true</c> or <c>false</c> (nothing before it was first touched). Text (<c>"true"</c>, <c>"1"</c>) and numbers read as
/// Umbraco's own boolean converter reads them; <c>null</c> or any other shape reads as <c>false</c> instead of throwing,
/// because Umbraco builds the configuration object before it validates the configuration.
/// </summary>
public sealed class ConfigurationToggleConverter : ConfigurationValueConverter<bool>
{
    /// <inheritdoc />
    protected override bool FromElement(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.Number => element.TryGetDouble(out double number) && number != 0,
        JsonValueKind.String => FromText(element.GetString()),
        _ => false,
    };

    /// <inheritdoc />
    protected override void WriteValue(Utf8JsonWriter writer, bool value) => writer.WriteBooleanValue(value);

    private static bool FromText(string? text) =>
        bool.TryParse(text, out bool flag)
            ? flag
            : double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double number) && number != 0;
}
