using System.Globalization;

namespace HistoryCms.Core.ProgramBlocks.Kinds;

/// <summary>A date criterion of a search: a year, a month or a day (<c>1945</c>, <c>1945-08</c>, <c>1945-08-15</c>), as the span of days it covers.</summary>
/// <param name="Start">The first day.</param>
/// <param name="End">The last day.</param>
internal readonly record struct SearchDate(DateOnly Start, DateOnly End)
{
    internal static bool TryParse(string text, out SearchDate date)
    {
        date = default;
        var parts = text.Trim().Split('-');
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
            date = new SearchDate(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
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
            date = new SearchDate(new DateOnly(year, month, 1), new DateOnly(year, month, days));
            return true;
        }

        var day = numbers[2];
        if (day < 1 || day > days)
        {
            return false;
        }

        date = new SearchDate(new DateOnly(year, month, day), new DateOnly(year, month, day));
        return true;
    }
}
