using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;
using Umbraco.Cms.Core.Serialization;

namespace HistoryCms.Umbraco.Tests.TestSupport;

/// <summary>
/// A System.Text.Json serializer configured like Umbraco's own configuration-editor serializer
/// (camelCase, case-insensitive reading, numbers from strings), which lives in Infrastructure and is not available here.
/// </summary>
internal sealed class SystemTextJsonSerializer : IConfigurationEditorJsonSerializer
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        PropertyNameCaseInsensitive = true,
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
    };

    public string Serialize(object? input) => JsonSerializer.Serialize(input, Options);

    public T? Deserialize<T>(string input) => JsonSerializer.Deserialize<T>(input, Options);

    public bool TryDeserialize<T>(object input, [NotNullWhen(true)] out T? value)
        where T : class
    {
        value = input switch
        {
            T typed => typed,
            string json => TryParse<T>(json),
            _ => null,
        };
        return value is not null;
    }

    private static T? TryParse<T>(string json)
        where T : class
    {
        try
        {
            return JsonSerializer.Deserialize<T>(json, Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
