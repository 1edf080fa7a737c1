using System.Text.Json;
using System.Text.Json.Serialization;

namespace HistoryCms.Umbraco.PropertyEditors;

/// <summary>
/// Reads a single choice made with the backoffice's Dropdown configuration UI (<c>Umb.PropertyEditorUi.Dropdown</c>).
/// That UI saves an array (<c>["chicago"]</c>, <c>[]</c> when cleared), while the content model and older data store
/// plain text (<c>"chicago"</c>); both read as the chosen text. Nothing chosen, or a value of another shape, reads as
/// <c>null</c>, so the configuration property keeps its default; it never throws, because Umbraco builds the
/// configuration object before it validates the configuration (<c>DataTypePresentationFactory</c>).
/// </summary>
public sealed class ConfigurationChoiceConverter : JsonConverter<string?>
{
    /// <inheritdoc />
    public override bool HandleNull => true;

    /// <inheritdoc />
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        return Choice(document.RootElement);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, string? value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is null)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStringValue(value);
    }

    private static string? Choice(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => NonBlank(element.GetString()),
        JsonValueKind.Array => element.EnumerateArray().Select(Choice).FirstOrDefault(choice => choice is not null),
        _ => null,
    };

    private static string? NonBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
