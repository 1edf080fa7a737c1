using System.Globalization;
using System.Text.RegularExpressions;

namespace HistoryCms.Core.Dates;

/// <summary>
/// The parts one printed date (or one end of a printed range) gives: "July 23, 1960", "23 July 1960", "November 1967",
/// "1958", "1950s", "23.07.1960", "1960-07-23", or an incomplete end such as "July 23" or "25, 1960" that the other end completes.
/// </summary>
internal partial record struct DateWords(int? Year, int? Month, int? Day, int? Bare, bool IsDecade)
{
    private static readonly string[] MonthNames = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames;

    public static bool TryRead(string text, out DateWords words)
    {
        words = default;
        var s = text.Trim().TrimEnd(',').Trim();
        if (EdtfReader.TryPoint(s, out var iso, out _))
        {
            words = iso.Precision == DatePrecision.Decade
                ? new DateWords(iso.Year, null, null, null, true)
                : new DateWords(iso.Year, iso.Month, iso.Day, null, false);
            return true;
        }

        var dotted = Dotted().Match(s);
        if (dotted.Success)
        {
            words = new DateWords(Number(dotted.Groups["y"]), Number(dotted.Groups["m"]), dotted.Groups["d"].Success ? Number(dotted.Groups["d"]) : null, null, false);
            return true;
        }

        var kinds = new List<char>();
        var values = new List<int>();
        foreach (var token in s.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries))
        {
            if (!Classify(token, out var kind, out var value))
            {
                return false;
            }

            kinds.Add(kind);
            values.Add(value);
        }

        return Assemble(new string([.. kinds]), values, out words);
    }

    /// <summary>Fills what one end of a range leaves out from the other: "July 23–25, 1960", "23–25 July 1960", "July–August 1960", "1945–46".</summary>
    public static bool Complete(ref DateWords start, ref DateWords end)
    {
        if (end.Year is null && end.Bare is { } shortYear && start is { Year: { } y, Month: null, IsDecade: false } && shortYear >= 10)
        {
            end = end with { Year = (y / 100 * 100) + shortYear, Bare = null };
        }

        if (start.Bare is { } day && end.Month is not null && end.Day is not null)
        {
            start = start with { Day = day, Month = end.Month, Bare = null };
        }

        if (end.Month is null && end.Day is not null && start.Month is not null && start.Day is not null)
        {
            end = end with { Month = start.Month };
        }

        if (start.Year is null && end.Year is not null && !end.IsDecade)
        {
            start = start with { Year = end.Year };
        }

        return start.Bare is null && end.Bare is null && end.Year is not null;
    }

    public readonly bool ToPoint(out DatePoint point, out string? error)
    {
        error = null;
        point = default;
        if (Year is not { } year || Bare is not null)
        {
            return false;
        }

        if (IsDecade)
        {
            point = DatePoint.OfDecade(year);
            return true;
        }

        if (DatePoint.TryCreate(year, Month, Day, out point))
        {
            return true;
        }

        error = year is < 1 or > 9999 ? $"{year} is not a year this field can hold (1 to 9999)."
            : Month is < 1 or > 12 ? $"There is no month {Month}."
            : Day is { } d && Month is { } m ? $"{MonthNames[m - 1]} {d}, {year} does not exist."
            : null;
        return false;
    }

    private static bool Assemble(string kinds, List<int> v, out DateWords words)
    {
        words = kinds switch
        {
            "Y" => new DateWords(v[0], null, null, null, false),
            "D" => new DateWords(v[0], null, null, null, true),
            "MY" => new DateWords(v[1], v[0], null, null, false),
            "MNY" => new DateWords(v[2], v[0], v[1], null, false),
            "NMY" => new DateWords(v[2], v[1], v[0], null, false),
            "MN" => new DateWords(null, v[0], v[1], null, false),
            "NM" => new DateWords(null, v[1], v[0], null, false),
            "M" => new DateWords(null, v[0], null, null, false),
            "N" => new DateWords(null, null, null, v[0], false),
            "NY" => new DateWords(v[1], null, v[0], null, false),
            _ => default,
        };
        return kinds is "Y" or "D" or "MY" or "MNY" or "NMY" or "MN" or "NM" or "M" or "N" or "NY";
    }

    private static bool Classify(string token, out char kind, out int value)
    {
        kind = ' ';
        value = 0;
        var m = Token().Match(token);
        if (m.Groups["year"].Success)
        {
            (kind, value) = ('Y', Number(m.Groups["year"]));
        }
        else if (m.Groups["decade"].Success)
        {
            (kind, value) = ('D', Number(m.Groups["decade"]));
        }
        else if (m.Groups["num"].Success)
        {
            (kind, value) = ('N', Number(m.Groups["num"]));
        }
        else if (MonthOf(token.TrimEnd('.')) is { } month)
        {
            (kind, value) = ('M', month);
        }

        return kind != ' ' && (kind != 'D' || value > 0);
    }

    private static int? MonthOf(string word)
    {
        if (word.Length < 3)
        {
            return null;
        }

        if (string.Equals(word, "Sept", StringComparison.OrdinalIgnoreCase))
        {
            return 9;
        }

        for (var i = 0; i < 12; i++)
        {
            var name = MonthNames[i];
            if (string.Equals(word, name, StringComparison.OrdinalIgnoreCase) ||
                (word.Length == 3 && name.StartsWith(word, StringComparison.OrdinalIgnoreCase)))
            {
                return i + 1;
            }
        }

        return null;
    }

    private static int Number(Group g) => int.Parse(g.Value, NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?:(?<year>[0-9]{4})|(?<decade>[0-9]{3}0)'?s|(?<num>[0-9]{1,2})(?:st|nd|rd|th)?)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Token();

    [GeneratedRegex(@"^(?:(?<d>[0-9]{1,2})\.)?(?<m>[0-9]{1,2})\.(?<y>[0-9]{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex Dotted();
}
