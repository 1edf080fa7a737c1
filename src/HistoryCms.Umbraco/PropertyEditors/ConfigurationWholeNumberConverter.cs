using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace HistoryCms.Umbraco.PropertyEditors;

/// <summary>
/// Reads a whole number set with the backoffice's Integer configuration UI (<c>Umb.PropertyEditorUi.Integer</c>),
/// which saves a JSON number, or nothing when cleared (Umbraco then drops the key; a stored <c>null</c> reads as 0).
/// Text holding a whole number (older data, uSync files) reads as that number. A fraction or a number out of range
/// reads as 0 rather than throwing: Umbraco builds the configuration object before it validates the configuration
/// (<c>DataTypePresentationFactory</c>), and <see cref="ItemCountRules"/> reports the bad value to the administrator.
/// </summary>
public sealed class ConfigurationWholeNumberConverter : JsonConverter<int>
{
    /// <inheritdoc />
    public override bool HandleNull => true;

    /// <inheritdoc />
    public override int Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        JsonElement element = document.RootElement;
        return element.ValueKind switch
        {
            JsonValueKind.Number when element.TryGetInt32(out int number) => number,
            JsonValueKind.String when int.TryParse(element.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out int number) => number,
            _ => 0,
        };
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, int value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteNumberValue(value);
    }
}
