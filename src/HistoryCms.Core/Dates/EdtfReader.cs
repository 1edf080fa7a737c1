using System.Globalization;
using System.Text.RegularExpressions;

namespace HistoryCms.Core.Dates;

/// <summary>Reads the EDTF subset <see cref="PartialDate"/> stores (see its remarks).</summary>
internal static partial class EdtfReader
{
    /// <summary>Reads <paramref name="s"/> when it is EDTF.</summary>
    /// <param name="s">Trimmed text.</param>
    /// <param name="date">The date when the text is valid EDTF.</param>
    /// <param name="error">Set when the text has EDTF's shape but is not a valid date.</param>
    /// <returns><c>true</c> when read.</returns>
    public static bool TryRead(string s, out PartialDate? date, out string? error)
    {
        date = null;
        error = null;
        if (string.Equals(s, "XXXX", StringComparison.OrdinalIgnoreCase))
        {
            date = PartialDate.Undated;
            return true;
        }

        var m = Interval().Match(TimeOfDay().Replace(s, string.Empty));
        if (!m.Success)
        {
            if (Unsupported().IsMatch(s))
            {
                error = "Uncertain (\"?\", \"%\") and open-ended dates are not supported; write \"c. 1950\" for an approximate date.";
            }

            return false;
        }

        if (!TryPoint(m.Groups["a"].Value, out var from, out error))
        {
            return false;
        }

        var approximate = m.Groups["aq"].Success || m.Groups["bq"].Success;
        if (!m.Groups["b"].Success)
        {
            date = PartialDate.Of(from, approximate);
            return true;
        }

        if (!TryPoint(m.Groups["b"].Value, out var to, out error))
        {
            return false;
        }

        if (PartialDate.TryBetween(from, to, approximate, out date))
        {
            return true;
        }

        error = $"The range ends ({to.ToEdtf()}) before it starts ({from.ToEdtf()}).";
        return false;
    }

    /// <summary>Reads one EDTF date without qualification: <c>1960-07-23</c>, <c>1967-11</c>, <c>1958</c>, <c>195X</c>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="point">The point.</param>
    /// <param name="error">Why it is not a date, when it has the shape of one.</param>
    /// <returns><c>true</c> when read.</returns>
    public static bool TryPoint(string s, out DatePoint point, out string? error)
    {
        point = default;
        error = null;
        var m = Point().Match(s);
        if (!m.Success)
        {
            return false;
        }

        var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        if (m.Groups["x"].Success)
        {
            if (year == 0)
            {
                error = "\"000X\" is not a decade.";
                return false;
            }

            point = DatePoint.OfDecade(year * 10);
            return true;
        }

        int? month = m.Groups["m"].Success ? int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture) : null;
        int? day = m.Groups["d"].Success ? int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture) : null;
        if (month > 12 && day is null)
        {
            return false;
        }

        if (DatePoint.TryCreate(year, month, day, out point))
        {
            return true;
        }

        error = $"\"{s}\" is not a real date (check the month and the day).";
        return false;
    }

    [GeneratedRegex(@"^(?<a>[0-9]{3}X|[0-9]{4}(?:-[0-9]{2}(?:-[0-9]{2})?)?)(?<aq>~)?(?:/(?<b>[0-9]{3}X|[0-9]{4}(?:-[0-9]{2}(?:-[0-9]{2})?)?)(?<bq>~)?)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Interval();

    [GeneratedRegex(@"^(?:(?<y>[0-9]{3})(?<x>X)|(?<y>[0-9]{4})(?:-(?<m>[0-9]{2})(?:-(?<d>[0-9]{2}))?)?)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Point();

    [GeneratedRegex(@"(?<=^[0-9]{4}-[0-9]{2}-[0-9]{2})[ T]00:00(?::00(?:\.0+)?)?Z?$", RegexOptions.CultureInvariant)]
    private static partial Regex TimeOfDay();

    [GeneratedRegex(@"^[0-9X~?%./-]*(?:[?%]|\.\.)[0-9X~?%./-]*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Unsupported();
}
