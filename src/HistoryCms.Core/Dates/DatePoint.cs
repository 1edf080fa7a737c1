using System.Globalization;

namespace HistoryCms.Core.Dates;

/// <summary>
/// One end of a <see cref="PartialDate"/>: a year, optionally a month and a day, or a decade.
/// Always valid (the factories refuse impossible dates such as February 30).
/// </summary>
public readonly record struct DatePoint
{
    private DatePoint(int year, int? month, int? day, DatePrecision precision)
    {
        Year = year;
        Month = month;
        Day = day;
        Precision = precision;
    }

    /// <summary>The year (for a decade, its first year, e.g. 1950 for the 1950s).</summary>
    public int Year { get; }

    /// <summary>The month (1–12), or <c>null</c> when only the year or decade is known.</summary>
    public int? Month { get; }

    /// <summary>The day of the month, or <c>null</c> when not known.</summary>
    public int? Day { get; }

    /// <summary>How precisely the point is known.</summary>
    public DatePrecision Precision { get; }

    /// <summary>The first day the point covers (January 1 for a year, the 1st for a month).</summary>
    public DateOnly First => new(Year, Month ?? 1, Day ?? 1);

    /// <summary>The last day the point covers (December 31 of the decade's last year, the month's last day, ...).</summary>
    public DateOnly Last => Precision switch
    {
        DatePrecision.Decade => new DateOnly(Math.Min(Year + 9, 9999), 12, 31),
        DatePrecision.Year => new DateOnly(Year, 12, 31),
        DatePrecision.Month => new DateOnly(Year, Month!.Value, DateTime.DaysInMonth(Year, Month.Value)),
        _ => new DateOnly(Year, Month!.Value, Day!.Value),
    };

    /// <summary>A day.</summary>
    /// <param name="year">Year, 1–9999.</param>
    /// <param name="month">Month, 1–12.</param>
    /// <param name="day">Day of the month.</param>
    /// <returns>The point.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The date does not exist.</exception>
    public static DatePoint OfDay(int year, int month, int day) =>
        TryCreate(year, month, day, out var point) ? point : throw new ArgumentOutOfRangeException(nameof(day), $"{year:D4}-{month:D2}-{day:D2} is not a date.");

    /// <summary>A month.</summary>
    /// <param name="year">Year, 1–9999.</param>
    /// <param name="month">Month, 1–12.</param>
    /// <returns>The point.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The month or year is out of range.</exception>
    public static DatePoint OfMonth(int year, int month) =>
        TryCreate(year, month, null, out var point) ? point : throw new ArgumentOutOfRangeException(nameof(month), $"{year:D4}-{month:D2} is not a month.");

    /// <summary>A year.</summary>
    /// <param name="year">Year, 1–9999.</param>
    /// <returns>The point.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is out of range.</exception>
    public static DatePoint OfYear(int year) =>
        TryCreate(year, null, null, out var point) ? point : throw new ArgumentOutOfRangeException(nameof(year), $"{year} is not a year between 1 and 9999.");

    /// <summary>A decade.</summary>
    /// <param name="firstYear">Its first year, a multiple of ten (e.g. 1950).</param>
    /// <returns>The point.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is out of range or not a multiple of ten.</exception>
    public static DatePoint OfDecade(int firstYear) =>
        firstYear is >= 10 and <= 9990 && firstYear % 10 == 0
            ? new DatePoint(firstYear, null, null, DatePrecision.Decade)
            : throw new ArgumentOutOfRangeException(nameof(firstYear), $"{firstYear} does not start a decade.");

    /// <summary>Creates a day, month or year point when the parts make a real date.</summary>
    /// <param name="year">Year, 1–9999.</param>
    /// <param name="month">Month, or <c>null</c>.</param>
    /// <param name="day">Day, or <c>null</c> (requires a month).</param>
    /// <param name="point">The point.</param>
    /// <returns><c>true</c> when the parts are valid.</returns>
    public static bool TryCreate(int year, int? month, int? day, out DatePoint point)
    {
        point = default;
        if (year is < 1 or > 9999 || month is < 1 or > 12 || (day is not null && month is null))
        {
            return false;
        }

        if (day is not null && (day < 1 || day > DateTime.DaysInMonth(year, month!.Value)))
        {
            return false;
        }

        var precision = day is not null ? DatePrecision.Day : month is not null ? DatePrecision.Month : DatePrecision.Year;
        point = new DatePoint(year, month, day, precision);
        return true;
    }

    /// <summary>The EDTF form of the point without qualification: <c>1960-07-23</c>, <c>1967-11</c>, <c>1958</c>, <c>195X</c>.</summary>
    /// <returns>The EDTF string.</returns>
    public string ToEdtf() => Precision switch
    {
        DatePrecision.Decade => string.Create(CultureInfo.InvariantCulture, $"{Year / 10:D3}X"),
        DatePrecision.Year => Year.ToString("D4", CultureInfo.InvariantCulture),
        DatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{Day:D2}"),
    };

    /// <summary>The CSL-JSON date parts of the point: <c>[1960, 7, 23]</c>, <c>[1967, 11]</c>, <c>[1958]</c>.</summary>
    /// <returns>The parts.</returns>
    public IReadOnlyList<int> ToDateParts() => Precision switch
    {
        DatePrecision.Day => [Year, Month!.Value, Day!.Value],
        DatePrecision.Month => [Year, Month!.Value],
        _ => [Year],
    };

    /// <inheritdoc />
    public override string ToString() => ToEdtf();
}
