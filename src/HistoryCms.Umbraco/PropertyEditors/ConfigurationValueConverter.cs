using System.Text.Json;
using System.Text.Json.Serialization;

namespace HistoryCms.Umbraco.PropertyEditors;

/// <summary>
/// Reads one data type configuration value from whatever JSON is stored for it, <c>null</c> included, and never throws:
/// Umbraco's <c>ConfigurationEditor&lt;T&gt;</c> deserializes the whole configuration with System.Text.Json before it
/// validates it, and one mismatched value would fail the data type. A converter says how an element reads and how the
/// value is written back.
/// </summary>
/// <typeparam name="T">The configuration value.</typeparam>
public abstract class ConfigurationValueConverter<T> : JsonConverter<T>
{
    /// <inheritdoc />
    public override bool HandleNull => true;

    /// <inheritdoc />
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        return FromElement(document.RootElement);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        WriteValue(writer, value);
    }

    /// <summary>The value an element of any kind reads as.</summary>
    /// <param name="element">The stored element (<see cref="JsonValueKind.Null"/> for a stored <c>null</c>).</param>
    /// <returns>The value.</returns>
    protected abstract T FromElement(JsonElement element);

    /// <summary>Writes the value as the configuration UI saves it.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    protected abstract void WriteValue(Utf8JsonWriter writer, T value);
}
