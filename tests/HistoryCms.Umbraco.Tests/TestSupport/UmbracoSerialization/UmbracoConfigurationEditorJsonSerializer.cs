using System.Diagnostics.CodeAnalysis;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using System.Text.Unicode;
using Umbraco.Cms.Core;
using Umbraco.Cms.Core.PropertyEditors;
using Umbraco.Cms.Core.Serialization;

namespace HistoryCms.Umbraco.Tests.TestSupport.UmbracoSerialization;

/// <summary>
/// The serializer Umbraco hands to <c>ConfigurationEditor&lt;T&gt;.ToConfigurationObject</c> and <c>FromDatabase</c>:
/// a reproduction of <c>SystemTextConfigurationEditorJsonSerializer</c> (src/Umbraco.Infrastructure/Serialization/
/// SystemTextConfigurationEditorJsonSerializer.cs and SystemTextJsonSerializerBase.cs, release/17.4.2), whose assembly
/// can't be restored here. Same options: camelCase names, the <c>BasicLatin</c> encoder of
/// <c>DefaultJsonSerializerEncoderFactory</c>, case-insensitive reading, numbers from strings, the converters
/// <c>JsonStringEnumConverter</c>, <c>JsonObjectConverter</c>, <c>JsonUdiConverter</c>, <c>JsonUdiRangeConverter</c>,
/// <c>JsonBooleanConverter</c> (in that order), and property names taken from <see cref="ConfigurationFieldAttribute"/>.
/// </summary>
internal sealed class UmbracoConfigurationEditorJsonSerializer : IConfigurationEditorJsonSerializer
{
    public static UmbracoConfigurationEditorJsonSerializer Instance { get; } = new();

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.BasicLatin),
        PropertyNameCaseInsensitive = true,
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
        Converters =
        {
            new JsonStringEnumConverter(),
            new UmbracoObjectJsonConverter(),
            new UdiConverter(),
            new UdiRangeConverter(),
            new UmbracoBooleanJsonConverter(),
        },
        TypeInfoResolver = new DefaultJsonTypeInfoResolver().WithAddedModifier(UseConfigurationFieldNames),
    };

    public string Serialize(object? input) => JsonSerializer.Serialize(input, Options);

    public T? Deserialize<T>(string input) => JsonSerializer.Deserialize<T>(input, Options);

    public bool TryDeserialize<T>(object input, [NotNullWhen(true)] out T? value)
        where T : class
    {
        string? json = input switch
        {
            JsonNode node => node.ToJsonString(),
            string text when text.TrimStart().StartsWith('{') || text.TrimStart().StartsWith('[') => text,
            _ => null,
        };
        value = string.IsNullOrWhiteSpace(json) ? null : Deserialize<T>(json);
        return value is not null;
    }

    private static void UseConfigurationFieldNames(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Kind is not JsonTypeInfoKind.Object)
        {
            return;
        }

        foreach (JsonPropertyInfo property in typeInfo.Properties)
        {
            if (property.AttributeProvider?.GetCustomAttributes(typeof(ConfigurationFieldAttribute), true) is { } attributes)
            {
                foreach (ConfigurationFieldAttribute attribute in attributes.Cast<ConfigurationFieldAttribute>())
                {
                    property.Name = attribute.Key;
                }
            }
        }
    }

    /// <summary>As JsonUdiConverter.cs: a non-blank string parses as a UDI.</summary>
    private sealed class UdiConverter : JsonConverter<Udi>
    {
        public override bool CanConvert(Type typeToConvert) => typeof(Udi).IsAssignableFrom(typeToConvert);

        public override Udi? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.GetString() is { } text && !string.IsNullOrWhiteSpace(text) ? UdiParser.Parse(text) : null;

        public override void Write(Utf8JsonWriter writer, Udi value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
    }

    /// <summary>As JsonUdiRangeConverter.cs.</summary>
    private sealed class UdiRangeConverter : JsonConverter<UdiRange>
    {
        public override UdiRange? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.GetString() is { } text ? UdiRange.Parse(text) : null;

        public override void Write(Utf8JsonWriter writer, UdiRange value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
    }
}
