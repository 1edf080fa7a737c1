using System.Collections;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace HistoryCms.Umbraco.Tests.TestSupport.UmbracoSerialization;

/// <summary>
/// Reads <c>object</c> values the way Umbraco's <c>JsonObjectConverter</c> does
/// (src/Umbraco.Infrastructure/Serialization/JsonObjectConverter.cs, release/17.4.2; Infrastructure can't be restored
/// here): <c>true</c>/<c>false</c> as booleans, numbers as <c>int</c>, else <c>long</c>, else <c>double</c>, strings as
/// strings, objects as <see cref="JsonObject"/>; an array of one item type as a <c>List&lt;thatType&gt;</c> (objects as a
/// <see cref="JsonArray"/>), a mixed one as <c>List&lt;object&gt;</c>, and an EMPTY array as <c>null</c>.
/// Both the configuration serializer and the Management API's request reader (ConfigureUmbracoBackofficeJsonOptions.cs)
/// use it, so a configuration UI's value reaches <c>ConfigurationEditor&lt;T&gt;</c> in these shapes.
/// </summary>
internal sealed class UmbracoObjectJsonConverter : JsonConverter<object>
{
    public override object? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadValue(ref reader);

    public override void Write(Utf8JsonWriter writer, object value, JsonSerializerOptions options)
    {
        Type type = value.GetType();
        if (type == typeof(object))
        {
            writer.WriteStartObject();
            writer.WriteEndObject();
            return;
        }

        JsonSerializer.Serialize(writer, value, type, options);
    }

    private static object? ReadValue(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartArray:
                return ReadArray(ref reader);
            case JsonTokenType.StartObject:
                return JsonNode.Parse(ref reader) as JsonObject;
            case JsonTokenType.True:
                return true;
            case JsonTokenType.False:
                return false;
            case JsonTokenType.Number:
                return reader.TryGetInt32(out int i) ? i : reader.TryGetInt64(out long l) ? l : reader.GetDouble();
            case JsonTokenType.String:
                return reader.GetString();
            default:
                return JsonDocument.ParseValue(ref reader).RootElement.Clone();
        }
    }

    private static object? ReadArray(ref Utf8JsonReader reader)
    {
        var items = new List<object>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (ReadValue(ref reader) is { } item)
            {
                items.Add(item);
            }
        }

        if (items.Count == 0)
        {
            return null;
        }

        Type first = items[0].GetType();
        if (items.Any(item => item.GetType() != first))
        {
            return items;
        }

        if (first.IsAssignableTo(typeof(JsonNode)))
        {
            return new JsonArray([.. items.OfType<JsonNode>()]);
        }

        var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(first))!;
        foreach (object item in items)
        {
            list.Add(item);
        }

        return list;
    }
}
