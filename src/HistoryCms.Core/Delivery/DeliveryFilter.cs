namespace HistoryCms.Core.Delivery;

/// <summary>How a filter compares its values with an item's field (mirrors Umbraco's <c>FilterOperation</c>).</summary>
public enum DeliveryFilterOperator
{
    /// <summary>The field holds one of the values.</summary>
    Is,

    /// <summary>The field holds none of the values.</summary>
    IsNot,

    /// <summary>The field is earlier than the value.</summary>
    LessThan,

    /// <summary>The field is the value or earlier.</summary>
    LessThanOrEqual,

    /// <summary>The field is later than the value.</summary>
    GreaterThan,

    /// <summary>The field is the value or later.</summary>
    GreaterThanOrEqual,
}

/// <summary>What an index field holds (mirrors the two Umbraco <c>FieldType</c>s the package uses).</summary>
public enum DeliveryFieldKind
{
    /// <summary>Exact strings (keys in <c>D</c> format), matched whole: Umbraco's <c>StringRaw</c>.</summary>
    Keys,

    /// <summary>A date, compared by range: Umbraco's <c>Date</c>.</summary>
    Date,
}

/// <summary>One parsed <c>filter=</c> option of the package (e.g. <c>author:&lt;guid&gt;</c>, <c>documentDate&gt;:1947-10-01</c>).</summary>
/// <param name="FieldName">The index field it tests (see <see cref="HistoryQueryFields"/>).</param>
/// <param name="Kind">What the field holds.</param>
/// <param name="Operator">How it compares.</param>
/// <param name="Values">For <see cref="DeliveryFieldKind.Keys"/>: keys in <c>D</c> format, OR-ed. For dates: one <c>yyyy-MM-dd</c> value.</param>
/// <param name="Date">For <see cref="DeliveryFieldKind.Date"/>: the date compared with (UTC midnight); otherwise <c>null</c>.</param>
public sealed record DeliveryFilter(string FieldName, DeliveryFieldKind Kind, DeliveryFilterOperator Operator, IReadOnlyList<string> Values, DateTime? Date)
{
    /// <summary>Whether an item whose field holds <paramref name="keys"/> passes a key filter.</summary>
    /// <param name="keys">The item's keys in this field.</param>
    /// <returns><c>true</c> when it passes.</returns>
    public bool Matches(IReadOnlyCollection<Guid> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var any = false;
        foreach (var value in Values)
        {
            if (Guid.TryParse(value, out var key) && keys.Contains(key))
            {
                any = true;
                break;
            }
        }

        return Operator == DeliveryFilterOperator.IsNot ? !any : any;
    }

    /// <summary>Whether an item whose field holds <paramref name="value"/> passes a date filter (no date never passes).</summary>
    /// <param name="value">The item's date, or <c>null</c>.</param>
    /// <returns><c>true</c> when it passes.</returns>
    public bool Matches(DateTime? value)
    {
        if (value is not { } v || Date is not { } d)
        {
            return false;
        }

        return Operator switch
        {
            DeliveryFilterOperator.LessThan => v < d,
            DeliveryFilterOperator.LessThanOrEqual => v <= d,
            DeliveryFilterOperator.GreaterThan => v > d,
            DeliveryFilterOperator.GreaterThanOrEqual => v >= d,
            DeliveryFilterOperator.IsNot => v != d,
            _ => v == d,
        };
    }
}

/// <summary>One parsed <c>sort=</c> option of the package (e.g. <c>publishDate:desc</c>).</summary>
/// <param name="FieldName">The index field it orders by.</param>
/// <param name="Descending">Newest or last first.</param>
public sealed record DeliverySort(string FieldName, bool Descending);

/// <summary>One value the package puts into a content index for an item.</summary>
/// <param name="FieldName">The index field.</param>
/// <param name="Kind">What the field holds.</param>
/// <param name="Values">Keys in <c>D</c> format, or <see cref="DateTime"/> values (UTC).</param>
public sealed record DeliveryIndexValue(string FieldName, DeliveryFieldKind Kind, IReadOnlyList<object> Values);
