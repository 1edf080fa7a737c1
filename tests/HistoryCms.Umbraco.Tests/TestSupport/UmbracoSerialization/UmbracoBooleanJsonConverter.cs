using System.Text.Json;
using System.Text.Json.Serialization;

namespace HistoryCms.Umbraco.Tests.TestSupport.UmbracoSerialization;

/// <summary>
/// Reads booleans the way Umbraco's <c>JsonBooleanConverter</c> does
/// (src/Umbraco.Infrastructure/Serialization/JsonBooleanConverter.cs, release/17.4.2): <c>true</c>/<c>false</c>,
/// text that parses as a boolean, a whole or decimal number (non-zero is true), and a <see cref="JsonException"/> for
/// anything else, <c>null</c> included.
/// </summary>
internal sealed class UmbracoBooleanJsonConverter : JsonConverter<bool>
{
    public override bool Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        JsonTokenType.String => FromText(reader.GetString()),
        JsonTokenType.Number => reader.TryGetInt64(out long l) ? l != 0 : reader.TryGetDouble(out double d) ? d != 0 : throw new JsonException(),
        _ => throw new JsonException(),
    };

    public override void Write(Utf8JsonWriter writer, bool value, JsonSerializerOptions options) => writer.WriteBooleanValue(value);

    private static bool FromText(string? text) =>
        bool.TryParse(text, out bool flag) ? flag
        : long.TryParse(text, out long l) ? l != 0
        : double.TryParse(text, out double d) ? d != 0
        : throw new JsonException();
}
