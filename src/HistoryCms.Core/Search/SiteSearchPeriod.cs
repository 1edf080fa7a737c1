using System.Globalization;

namespace HistoryCms.Core.Search;

/// <summary>
/// A date criterion of a search — a year, a month or a day (<c>1945</c>, <c>1945-08</c>, <c>1945-08-15</c>) — as the
/// span of days it covers. The one reader of the search's <c>from</c> and <c>to</c> and of the dates of a document
/// search block.
/// </summary>
/// <param name="Start">The first day.</param>
/// <param name="End">The last day.</param>
public readonly record struct SiteSearchPeriod(DateOnly Start, DateOnly End)
{
    /// <summary>What a period may look like, for messages.</summary>
    public const string Forms = "a year (1945), a month (1945-05) or a day (1945-05-09)";

    /// <summary>Reads a year, a month or a day.</summary>
    /// <param name="text">The text (surrounding spaces allowed).</param>
    /// <param name="period">The days it covers.</param>
    /// <returns>Whether the text is one of <see cref="Forms"/> and names a day that exists.</returns>
    public static bool TryParse(string? text, out SiteSearchPeriod period)
    {
        period = default;
        var parts = (text ?? string.Empty).Trim().Split('-');
        if (parts.Length > 3 || parts[0].Length != 4 || parts.Skip(1).Any(p => p.Length != 2) || !parts.All(p => p.All(char.IsAsciiDigit)))
        {
            return false;
        }

        var numbers = parts.Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        var year = numbers[0];
        if (year < 1)
        {
            return false;
        }

        if (numbers.Length == 1)
        {
            period = new SiteSearchPeriod(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
            return true;
        }

        var month = numbers[1];
        if (month is < 1 or > 12)
        {
            return false;
        }

        var days = DateTime.DaysInMonth(year, month);
        if (numbers.Length == 2)
        {
            period = new SiteSearchPeriod(new DateOnly(year, month, 1), new DateOnly(year, month, days));
            return true;
        }

        var day = numbers[2];
        if (day < 1 || day > days)
        {
            return false;
        }

        period = new SiteSearchPeriod(new DateOnly(year, month, day), new DateOnly(year, month, day));
        return true;
    }
}
