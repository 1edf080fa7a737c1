using System.Text.Json;
using System.Text.Json.Serialization;

namespace HistoryCms.Umbraco.Tests.TestSupport.UmbracoSerialization;

/// <summary>
/// What the Management API hands to a configuration editor when the backoffice saves a data type: the request's
/// <c>values</c> (<c>[{ "alias": ..., "value": ... }]</c>, as the data type workspace posts the configuration UIs'
/// values) read with the backoffice JSON options (ConfigureUmbracoBackofficeJsonOptions.cs: camelCase,
/// <c>JsonObjectConverter</c>), then <c>DataTypePresentationFactory.MapConfigurationData</c> (release/17.4.2): entries
/// whose value is null are dropped — a cleared Integer (no value) and an emptied list (<c>[]</c> reads as null) leave the key out.
/// </summary>
internal static class DataTypeSaveRequest
{
    private static readonly JsonSerializerOptions BackofficeOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter(), new UmbracoObjectJsonConverter() },
    };

    /// <summary>The configuration dictionary of a data type save request.</summary>
    /// <param name="valuesJson">The request's <c>values</c> array, as JSON.</param>
    /// <returns>The configuration, keyed by alias.</returns>
    public static Dictionary<string, object> ConfigurationOf(string valuesJson) =>
        (JsonSerializer.Deserialize<List<Entry>>(valuesJson, BackofficeOptions) ?? [])
            .Where(entry => entry.Value is not null)
            .ToDictionary(entry => entry.Alias, entry => entry.Value!);

    private sealed record Entry(string Alias, object? Value);
}
