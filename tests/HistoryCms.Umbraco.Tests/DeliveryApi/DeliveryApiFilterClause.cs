using System.Globalization;
using Umbraco.Cms.Core.DeliveryApi;

namespace HistoryCms.Umbraco.Tests.DeliveryApi;

/// <summary>
/// The clause Umbraco's Delivery API adds to its Examine query for one <see cref="FilterOption"/>, decided exactly as
/// <c>ApiContentQueryFilterBuilder.Append</c> in
/// src/Umbraco.Cms.Api.Delivery/Services/QueryBuilders/ApiContentQueryFilterBuilder.cs@release/17.4.2 decides it (the
/// Delivery API package cannot be restored here): a field no index handler declares gets no clause (a warning); an empty
/// value list gets a random GUID; on a date field, a value <c>DateTime.TryParse</c> rejects is dropped (one value: no
/// clause; several: the grouped OR of the rest, none when none is left); a range on a string field gets no clause. No
/// clause means the filter matches everything.
/// </summary>
/// <param name="FieldName">The field queried.</param>
/// <param name="FieldType">Its type, as the index handlers declare it.</param>
/// <param name="Operator">The operation.</param>
/// <param name="Values">The values queried, as the field's type parses them (dates as round-trip strings).</param>
internal sealed record DeliveryApiFilterClause(string FieldName, FieldType FieldType, FilterOperation Operator, string[] Values)
{
    /// <summary>The clause Umbraco adds for the option, or <c>null</c> when it adds none.</summary>
    /// <param name="option">What the filter handler built.</param>
    /// <param name="fieldTypes">The fields the index handlers declare.</param>
    /// <returns>The clause, or <c>null</c>.</returns>
    public static DeliveryApiFilterClause? For(FilterOption option, IReadOnlyDictionary<string, FieldType> fieldTypes)
    {
        if (!fieldTypes.TryGetValue(option.FieldName, out var fieldType))
        {
            return null;
        }

        var values = option.Values.Length > 0 ? option.Values : [Guid.NewGuid().ToString("D")];
        var range = option.Operator is FilterOperation.LessThan or FilterOperation.LessThanOrEqual or FilterOperation.GreaterThan or FilterOperation.GreaterThanOrEqual;
        if (fieldType == FieldType.Date)
        {
            var dates = (range || values.Length == 1 ? values.Take(1) : values)
                .Select(v => DateTime.TryParse(v, out var date) ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null)
                .OfType<string>()
                .ToArray();
            return dates.Length == 0 ? null : new DeliveryApiFilterClause(option.FieldName, fieldType, option.Operator, dates);
        }

        return range && fieldType != FieldType.Number ? null : new DeliveryApiFilterClause(option.FieldName, fieldType, option.Operator, values);
    }
}
