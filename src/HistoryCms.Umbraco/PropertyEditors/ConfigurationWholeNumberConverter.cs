using System.Globalization;
using System.Text.Json;

namespace HistoryCms.Umbraco.PropertyEditors;

/// <summary>
/// Reads a whole number set with the backoffice's Integer configuration UI (<c>Umb.PropertyEditorUi.Integer</c>),
/// which saves a JSON number, or nothing when cleared (Umbraco then drops the key; a stored <c>null</c> reads as 0).
/// Text holding a whole number (older data, uSync files) reads as that number. A fraction or a number out of range
/// reads as 0 rather than throwing: Umbraco builds the configuration object before it validates the configuration
/// (<c>DataTypePresentationFactory</c>), and <see cref="ItemCountRules"/> reports the bad value to the administrator.
/// </summary>
public sealed class ConfigurationWholeNumberConverter : ConfigurationValueConverter<int>
{
    /// <inheritdoc />
    protected override int FromElement(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Number when element.TryGetInt32(out int number) => number,
        JsonValueKind.String when int.TryParse(element.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out int number) => number,
        _ => 0,
    };

    /// <inheritdoc />
    protected override void WriteValue(Utf8JsonWriter writer, int value) => writer.WriteNumberValue(value);
}
