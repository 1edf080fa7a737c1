using System.Globalization;

namespace HistoryCms.Core.Dates;

/// <summary>Prints a <see cref="PartialDate"/> the way archives print dates.</summary>
internal static class PartialDateFormatter
{
    private const string Dash = "–";

    private static readonly string[] MonthNames = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames;

    public static string Format(PartialDate date, PartialDateStyle style)
    {
        if (date.From is not { } from)
        {
            return "undated";
        }

        var text = date.To is { } to ? Range(from, to, style) : Point(from, style);
        return date.IsApproximate ? "c. " + text : text;
    }

    private static string Range(DatePoint from, DatePoint to, PartialDateStyle style)
    {
        var sameYear = from.Year == to.Year;
        var dmy = style == PartialDateStyle.DayMonthYear;
        if (sameYear && from.Precision == DatePrecision.Day && to.Precision == DatePrecision.Day)
        {
            return from.Month == to.Month
                ? dmy ? $"{from.Day}{Dash}{to.Day} {Month(to)} {to.Year}" : $"{Month(from)} {from.Day}{Dash}{to.Day}, {to.Year}"
                : dmy ? $"{from.Day} {Month(from)}{Dash}{to.Day} {Month(to)} {to.Year}" : $"{Month(from)} {from.Day}{Dash}{Month(to)} {to.Day}, {to.Year}";
        }

        if (sameYear && from.Precision == DatePrecision.Month && to.Precision == DatePrecision.Month)
        {
            return $"{Month(from)}{Dash}{Month(to)} {to.Year}";
        }

        return Point(from, style) + Dash + Point(to, style);
    }

    private static string Point(DatePoint point, PartialDateStyle style) => point.Precision switch
    {
        DatePrecision.Decade => Year(point.Year) + "s",
        DatePrecision.Year => Year(point.Year),
        DatePrecision.Month => $"{Month(point)} {Year(point.Year)}",
        _ => style == PartialDateStyle.DayMonthYear
            ? $"{point.Day} {Month(point)} {Year(point.Year)}"
            : $"{Month(point)} {point.Day}, {Year(point.Year)}",
    };

    private static string Month(DatePoint point) => MonthNames[point.Month!.Value - 1];

    private static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);
}
