using System.Globalization;
using HistoryCms.Core.Validation;
using Microsoft.AspNetCore.Http;

namespace HistoryCms.Web.HistoryApi;

/// <summary>The <c>skip</c> and <c>take</c> of a list request.</summary>
/// <param name="Skip">How many items to skip (0 or more).</param>
/// <param name="Take">How many items to return (0 to <see cref="MaxTake"/>).</param>
public sealed record Paging(int Skip, int Take)
{
    /// <summary>The default page size.</summary>
    public const int DefaultTake = 10;

    /// <summary>The largest page.</summary>
    public const int MaxTake = 1000;

    /// <summary>Reads <c>skip</c> and <c>take</c> from the query string.</summary>
    /// <param name="query">The query string.</param>
    /// <param name="paging">The paging, or <c>null</c> on error.</param>
    /// <param name="error">What is wrong, naming the parameter; <c>null</c> on success.</param>
    /// <returns><c>true</c> on success.</returns>
    public static bool TryRead(IQueryCollection query, out Paging? paging, out string? error)
    {
        ArgumentNullException.ThrowIfNull(query);
        paging = null;
        if (!TryReadNumber(query, "skip", 0, int.MaxValue, 0, out var skip, out error)
            || !TryReadNumber(query, "take", 0, MaxTake, DefaultTake, out var take, out error))
        {
            return false;
        }

        paging = new Paging(skip, take);
        return true;
    }

    /// <summary>Reads one whole-number query parameter.</summary>
    /// <param name="query">The query string.</param>
    /// <param name="name">The parameter.</param>
    /// <param name="min">The smallest value allowed.</param>
    /// <param name="max">The largest value allowed.</param>
    /// <param name="fallback">The value when it is absent.</param>
    /// <param name="value">The value.</param>
    /// <param name="error">What is wrong; <c>null</c> on success.</param>
    /// <returns><c>true</c> on success.</returns>
    public static bool TryReadNumber(IQueryCollection query, string name, int min, int max, int fallback, out int value, out string? error)
    {
        ArgumentNullException.ThrowIfNull(query);
        value = fallback;
        error = null;
        var values = query[name];
        if (values.Count == 0)
        {
            return true;
        }

        if (values.Count > 1)
        {
            error = $"'{name}' is given {values.Count} times; give it once.";
            return false;
        }

        if (!int.TryParse(values[0], NumberStyles.None, CultureInfo.InvariantCulture, out value) || value < min || value > max)
        {
            error = $"'{name}' must be a whole number from {min} to {max}, not '{QuotedText.Shorten(values[0])}'.";
            value = fallback;
            return false;
        }

        return true;
    }
}
