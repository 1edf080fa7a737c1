using System.Globalization;
using HistoryCms.Core.Dates;

namespace HistoryCms.Core.Search;

/// <summary>The date of a search result in one format: ISO 8601 to the precision it is known to, and as printed.</summary>
/// <param name="Iso">A year (<c>1947</c>), a month (<c>1947-09</c>), a day (<c>1947-09-18</c>), or an ISO 8601 interval of two of these (<c>1945/1947</c>).</param>
/// <param name="Precision">What <paramref name="Iso"/> (or each end of the interval) is known to: <c>year</c>, <c>month</c> or <c>day</c>.</param>
/// <param name="Display">The date as readers see it ("September 18, 1947", "c. 1950").</param>
public sealed record SiteSearchDate(string Iso, string Precision, string Display)
{
    /// <summary>Known to the year.</summary>
    public const string Year = "year";

    /// <summary>Known to the month.</summary>
    public const string Month = "month";

    /// <summary>Known to the day.</summary>
    public const string Day = "day";

    /// <summary>The date of a span of days with the text it was written as.</summary>
    /// <param name="start">The first day the date can mean.</param>
    /// <param name="end">The last day the date can mean.</param>
    /// <param name="written">The date as written (a partial date such as <c>1945-05</c>, or as printed), or <c>null</c>.</param>
    /// <returns>The date.</returns>
    public static SiteSearchDate Of(DateOnly start, DateOnly end, string? written)
    {
        var precision = start.Month == 1 && start.Day == 1 && end.Month == 12 && end.Day == 31 ? Year
            : start.Day == 1 && end.Day == DateTime.DaysInMonth(end.Year, end.Month) ? Month
            : Day;
        var (first, last) = (Format(start, precision), Format(end, precision));
        var iso = first == last ? first : first + "/" + last;
        var text = string.IsNullOrWhiteSpace(written) ? iso : written.Trim();
        var display = PartialDate.TryParse(text, out var date) && !date.IsUndated ? date.Format() : text;
        return new SiteSearchDate(iso, precision, display);
    }

    private static string Format(DateOnly day, string precision) => precision switch
    {
        Year => day.ToString("yyyy", CultureInfo.InvariantCulture),
        Month => day.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        _ => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };
}
