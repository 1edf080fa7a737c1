namespace HistoryCms.Core.Dates;

/// <summary>The order in which <see cref="PartialDate.Format(PartialDateStyle)"/> prints day, month and year.</summary>
public enum PartialDateStyle
{
    /// <summary>"July 23, 1960", "July 23–25, 1960" (US and Chicago usage; the default).</summary>
    MonthDayYear,

    /// <summary>"23 July 1960", "23–25 July 1960" (British and European usage).</summary>
    DayMonthYear,
}
