namespace HistoryCms.Core.Dates;

/// <summary>How precisely a <see cref="DatePoint"/> is known.</summary>
public enum DatePrecision
{
    /// <summary>A day, e.g. "July 23, 1960" (EDTF <c>1960-07-23</c>).</summary>
    Day,

    /// <summary>A month, e.g. "November 1967" (EDTF <c>1967-11</c>).</summary>
    Month,

    /// <summary>A year, e.g. "1958" (EDTF <c>1958</c>).</summary>
    Year,

    /// <summary>A decade, e.g. "1950s" (EDTF level 1 unspecified digit, <c>195X</c>).</summary>
    Decade,
}
