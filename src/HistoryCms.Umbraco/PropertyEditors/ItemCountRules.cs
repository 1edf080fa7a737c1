using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace HistoryCms.Umbraco.PropertyEditors;

/// <summary>
/// Checks the <c>minItems</c>/<c>maxItems</c> pair that both of the package's list editors are configured with,
/// with messages a site administrator understands.
/// </summary>
internal static class ItemCountRules
{
    /// <summary>The configuration key of the lower limit.</summary>
    public const string MinItemsKey = "minItems";

    /// <summary>The configuration key of the upper limit (0 = no limit).</summary>
    public const string MaxItemsKey = "maxItems";

    /// <summary>Validates the item limits of a configuration.</summary>
    /// <param name="configuration">The data type configuration.</param>
    /// <param name="items">What the items are called, e.g. "citations".</param>
    /// <returns>One result per problem; none when the limits are sound.</returns>
    public static IEnumerable<ValidationResult> Validate(IDictionary<string, object> configuration, string items)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        int? min = Read(configuration, MinItemsKey, $"The minimum number of {items}", out ValidationResult? minError);
        int? max = Read(configuration, MaxItemsKey, $"The maximum number of {items}", out ValidationResult? maxError);
        if (minError is not null)
        {
            yield return minError;
        }

        if (maxError is not null)
        {
            yield return maxError;
        }

        if (min is > 0 && max is > 0 && max < min)
        {
            yield return new ValidationResult(
                $"The maximum number of {items} ({max}) is lower than the minimum ({min}); raise the maximum or set it to 0 for no limit.",
                [MaxItemsKey]);
        }
    }

    private static int? Read(IDictionary<string, object> configuration, string key, string label, out ValidationResult? error)
    {
        error = null;
        if (!configuration.TryGetValue(key, out object? raw) || raw is null)
        {
            return null;
        }

        if (TryReadWholeNumber(raw, out long number) && number is >= 0 and <= int.MaxValue)
        {
            return (int)number;
        }

        error = new ValidationResult($"{label} must be a whole number of 0 or more.", [key]);
        return null;
    }

    private static bool TryReadWholeNumber(object raw, out long number)
    {
        number = 0;
        switch (raw)
        {
            case int i:
                number = i;
                return true;
            case long l:
                number = l;
                return true;
            case double d when d == Math.Floor(d) && Math.Abs(d) < long.MaxValue:
                number = (long)d;
                return true;
            case decimal m when m == decimal.Floor(m) && Math.Abs(m) < long.MaxValue:
                number = (long)m;
                return true;
            case string s:
                return long.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out number);
            case JsonElement { ValueKind: JsonValueKind.Number } element:
                return element.TryGetInt64(out number);
            case JsonElement { ValueKind: JsonValueKind.String } element:
                return long.TryParse(element.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out number);
            case JsonValue value:
                return TryReadWholeNumber(JsonSerializer.Deserialize<JsonElement>(value.ToJsonString()), out number);
            default:
                return false;
        }
    }
}
