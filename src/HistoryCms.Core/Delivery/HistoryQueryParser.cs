using System.Globalization;

namespace HistoryCms.Core.Delivery;

/// <summary>
/// Parses the package's <c>filter=</c> and <c>sort=</c> options (see <see cref="HistoryQueryFields"/>). Never throws: a
/// malformed option yields a message that names the bad part.
/// </summary>
public static class HistoryQueryParser
{
    /// <summary>The most keys one key filter may list.</summary>
    public const int MaxKeys = 100;

    private static readonly string[] DateFormats = ["yyyy", "yyyy-MM", "yyyy-MM-dd"];

    /// <summary>Whether <paramref name="query"/> is one of the package's filters (its name followed by an operator).</summary>
    /// <param name="query">A <c>filter=</c> value.</param>
    /// <returns><c>true</c> when <see cref="TryParseFilter"/> is the parser for it.</returns>
    public static bool CanHandleFilter(string? query) => FindFilter(query) is not null;

    /// <summary>Whether <paramref name="query"/> is one of the package's sorts.</summary>
    /// <param name="query">A <c>sort=</c> value.</param>
    /// <returns><c>true</c> when <see cref="TryParseSort"/> is the parser for it.</returns>
    public static bool CanHandleSort(string? query) => FindSort(query) is not null;

    /// <summary>Parses one of the package's filters.</summary>
    /// <param name="query">The <c>filter=</c> value, e.g. <c>author:!&lt;guid&gt;,&lt;guid&gt;</c> or <c>documentDate&lt;:1950</c>.</param>
    /// <param name="filter">The filter, or <c>null</c> on error.</param>
    /// <param name="error">What is wrong, naming the part; <c>null</c> on success.</param>
    /// <returns><c>true</c> on success.</returns>
    public static bool TryParseFilter(string? query, out DeliveryFilter? filter, out string? error)
    {
        filter = null;
        var definition = FindFilter(query);
        if (definition is null || query is null)
        {
            error = $"'{query}' is not a filter of this site.";
            return false;
        }

        var rest = query.AsSpan(definition.Name.Length);
        return definition.Kind == DeliveryFieldKind.Keys
            ? TryParseKeys(query, definition, rest, out filter, out error)
            : TryParseDateFilter(query, definition, out filter, out error);
    }

    /// <summary>
    /// Parses a date range filter <c>&lt;name&gt;&lt;op&gt;&lt;date&gt;</c> with <c>&gt;</c>, <c>&gt;:</c>, <c>&lt;</c> or <c>&lt;:</c>; also
    /// used for the Delivery API's own <c>createDate</c> and <c>updateDate</c>.
    /// </summary>
    /// <param name="query">The <c>filter=</c> value; it must start with the definition's name.</param>
    /// <param name="definition">The filter (a <see cref="DeliveryFieldKind.Date"/> one).</param>
    /// <param name="filter">The filter, or <c>null</c> on error.</param>
    /// <param name="error">What is wrong, naming the part; <c>null</c> on success.</param>
    /// <returns><c>true</c> on success.</returns>
    public static bool TryParseDateFilter(string query, HistoryFilterDefinition definition, out DeliveryFilter? filter, out string? error)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(definition);
        filter = null;
        if (!query.StartsWith(definition.Name, StringComparison.OrdinalIgnoreCase))
        {
            error = $"'{query}' is not a '{definition.Name}' filter.";
            return false;
        }

        return TryParseDateRest(query, definition, query.AsSpan(definition.Name.Length), out filter, out error);
    }

    /// <summary>Parses one of the package's sorts, e.g. <c>publishDate:desc</c>.</summary>
    /// <param name="query">The <c>sort=</c> value.</param>
    /// <param name="sort">The sort, or <c>null</c> on error.</param>
    /// <param name="error">What is wrong; <c>null</c> on success.</param>
    /// <returns><c>true</c> on success.</returns>
    public static bool TryParseSort(string? query, out DeliverySort? sort, out string? error)
    {
        sort = null;
        var definition = FindSort(query);
        if (definition is null || query is null)
        {
            error = $"'{query}' is not a sort of this site.";
            return false;
        }

        var direction = query[(definition.Name.Length + 1)..];
        if (!TryParseDirection(direction, out var descending))
        {
            error = $"Sort '{query}': the direction must be 'asc' or 'desc', not '{direction}'.";
            return false;
        }

        sort = new DeliverySort(definition.FieldName, descending);
        error = null;
        return true;
    }

    /// <summary>Reads a sort direction: <c>asc</c> or <c>desc</c>, any case.</summary>
    /// <param name="direction">The text after the colon.</param>
    /// <param name="descending">Whether it is <c>desc</c>.</param>
    /// <returns><c>false</c> for anything else.</returns>
    public static bool TryParseDirection(string direction, out bool descending)
    {
        descending = string.Equals(direction, "desc", StringComparison.OrdinalIgnoreCase);
        return descending || string.Equals(direction, "asc", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Reads a date a filter compares with: <c>yyyy</c>, <c>yyyy-MM</c>, <c>yyyy-MM-dd</c> (the first day they denote) or an
    /// ISO 8601 date and time (taken as UTC unless it carries an offset).
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="date">The date (UTC).</param>
    /// <returns><c>false</c> when it is not a date.</returns>
    public static bool TryParseFilterDate(ReadOnlySpan<char> text, out DateTime date)
    {
        text = text.Trim();
        if (DateTime.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out date))
        {
            return true;
        }

        if (text.Length > 10 && text[4] == '-' && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var withTime))
        {
            date = withTime.UtcDateTime;
            return true;
        }

        return false;
    }

    private static bool TryParseKeys(string query, HistoryFilterDefinition definition, ReadOnlySpan<char> rest, out DeliveryFilter? filter, out string? error)
    {
        filter = null;
        if (rest.IsEmpty || rest[0] != ':')
        {
            error = $"Filter '{query}': '{definition.Name}' takes ':' followed by one or more keys (or ':!' to exclude them).";
            return false;
        }

        var op = DeliveryFilterOperator.Is;
        rest = rest[1..];
        if (!rest.IsEmpty && rest[0] == '!')
        {
            op = DeliveryFilterOperator.IsNot;
            rest = rest[1..];
        }

        var values = new List<string>();
        foreach (var range in rest.Split(','))
        {
            var part = rest[range].Trim();
            if (!Guid.TryParse(part, out var key))
            {
                error = $"Filter '{query}': '{part.ToString()}' is not a key (a GUID such as 3fa85f64-5717-4562-b3fc-2c963f66afa6).";
                return false;
            }

            values.Add(key.ToString("D"));
            if (values.Count > MaxKeys)
            {
                error = $"Filter '{definition.Name}' lists more than {MaxKeys} keys.";
                return false;
            }
        }

        filter = new DeliveryFilter(definition.FieldName, DeliveryFieldKind.Keys, op, values, null);
        error = null;
        return true;
    }

    private static bool TryParseDateRest(string query, HistoryFilterDefinition definition, ReadOnlySpan<char> rest, out DeliveryFilter? filter, out string? error)
    {
        filter = null;
        DeliveryFilterOperator? op = rest switch
        {
            [ '>', ':', .. ] => DeliveryFilterOperator.GreaterThanOrEqual,
            [ '<', ':', .. ] => DeliveryFilterOperator.LessThanOrEqual,
            [ '>', .. ] => DeliveryFilterOperator.GreaterThan,
            [ '<', .. ] => DeliveryFilterOperator.LessThan,
            _ => null,
        };
        if (op is not { } o)
        {
            error = $"Filter '{query}': '{definition.Name}' takes '>', '>:', '<' or '<:' followed by a date such as 1947-10-17.";
            return false;
        }

        var value = rest[(o is DeliveryFilterOperator.GreaterThanOrEqual or DeliveryFilterOperator.LessThanOrEqual ? 2 : 1)..];
        if (!TryParseFilterDate(value, out var date))
        {
            error = $"Filter '{query}': '{value.ToString()}' is not a date (use yyyy, yyyy-MM or yyyy-MM-dd).";
            return false;
        }

        filter = new DeliveryFilter(definition.FieldName, DeliveryFieldKind.Date, o, [date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)], date);
        error = null;
        return true;
    }

    private static HistoryFilterDefinition? FindFilter(string? query)
    {
        if (string.IsNullOrEmpty(query))
        {
            return null;
        }

        foreach (var definition in HistoryQueryFields.Filters)
        {
            if (query.Length > definition.Name.Length
                && query.StartsWith(definition.Name, StringComparison.OrdinalIgnoreCase)
                && query[definition.Name.Length] is ':' or '>' or '<')
            {
                return definition;
            }
        }

        return null;
    }

    private static HistorySortDefinition? FindSort(string? query)
    {
        if (string.IsNullOrEmpty(query))
        {
            return null;
        }

        foreach (var definition in HistoryQueryFields.Sorts)
        {
            if (query.Length > definition.Name.Length
                && query.StartsWith(definition.Name, StringComparison.OrdinalIgnoreCase)
                && query[definition.Name.Length] == ':')
            {
                return definition;
            }
        }

        return null;
    }
}
