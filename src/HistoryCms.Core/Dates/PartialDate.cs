namespace HistoryCms.Core.Dates;

/// <summary>
/// A date as archives print it: to the day, month, year or decade; possibly approximate ("c. 1950"); possibly a
/// range ("1945–1946", "July 23–25, 1960"); or explicitly undated.
/// </summary>
/// <remarks>
/// <para>Storage form is EDTF (ISO 8601-2 / Library of Congress Extended Date/Time Format), levels 0 and 1 only:</para>
/// <list type="table">
/// <item><term><c>1960-07-23</c>, <c>1967-11</c>, <c>1958</c></term><description>day, month, year (level 0)</description></item>
/// <item><term><c>1945/1946</c>, <c>1960-07-23/1960-07-25</c></term><description>range, ends of any precision (level 0 interval)</description></item>
/// <item><term><c>1950~</c>, <c>1945~/1946~</c></term><description>approximate, "c. 1950" (level 1 qualification)</description></item>
/// <item><term><c>195X</c></term><description>a decade, "1950s" (level 1 unspecified digit)</description></item>
/// <item><term><c>XXXX</c></term><description>explicitly undated (level 1 unspecified year); an empty string also reads as undated</description></item>
/// </list>
/// <para>Uncertainty (<c>?</c>, <c>%</c>), seasons, open interval ends and level 2 features are not used.</para>
/// </remarks>
public sealed record PartialDate : IComparable<PartialDate>, IComparable
{
    private PartialDate(DatePoint? from, DatePoint? to, bool isApproximate)
    {
        From = from;
        To = to;
        IsApproximate = isApproximate;
    }

    /// <summary>The explicitly undated value ("undated", "n.d.", EDTF <c>XXXX</c>).</summary>
    public static PartialDate Undated { get; } = new(null, null, false);

    /// <summary>The date, or the start of the range; <c>null</c> when undated.</summary>
    public DatePoint? From { get; }

    /// <summary>The end of the range; <c>null</c> for a single date or when undated.</summary>
    public DatePoint? To { get; }

    /// <summary>Whether the date is approximate ("c. 1950", EDTF <c>1950~</c>).</summary>
    public bool IsApproximate { get; }

    /// <summary>Whether the record says it is undated.</summary>
    public bool IsUndated => From is null;

    /// <summary>Whether the date is a range ("1945–1946").</summary>
    public bool IsRange => To is not null;

    /// <summary>The precision of the date (of its start, for a range); <c>null</c> when undated.</summary>
    public DatePrecision? Precision => From?.Precision;

    /// <summary>The first day the date covers (for range filters); <c>null</c> when undated.</summary>
    public DateOnly? Start => From?.First;

    /// <summary>The last day the date covers, inclusive (for range filters); <c>null</c> when undated.</summary>
    public DateOnly? End => (To ?? From)?.Last;

    /// <summary>The year the date starts in (for a decade, its first year); <c>null</c> when undated.</summary>
    public int? Year => From?.Year;

    /// <summary>The decade the date starts in, as its first year (1958 → 1950); <c>null</c> when undated.</summary>
    public int? Decade => From is { } from ? from.Year / 10 * 10 : null;

    /// <summary>A single date.</summary>
    /// <param name="point">The date.</param>
    /// <param name="isApproximate">Whether it is approximate.</param>
    /// <returns>The partial date.</returns>
    /// <exception cref="ArgumentException">The point is <c>default</c> (not made by a <see cref="DatePoint"/> factory).</exception>
    public static PartialDate Of(DatePoint point, bool isApproximate = false) => new(Valid(point), null, isApproximate);

    /// <summary>A range; collapses to a single date when both ends are equal.</summary>
    /// <param name="from">The start.</param>
    /// <param name="to">The end; it must not start before <paramref name="from"/>.</param>
    /// <param name="isApproximate">Whether the range is approximate.</param>
    /// <returns>The partial date.</returns>
    /// <exception cref="ArgumentException">The end comes before the start, or a point is <c>default</c>.</exception>
    public static PartialDate Between(DatePoint from, DatePoint to, bool isApproximate = false) =>
        TryBetween(Valid(from), Valid(to), isApproximate, out var date) ? date : throw new ArgumentException($"The range ends ({to}) before it starts ({from}).", nameof(to));

    /// <summary>
    /// Reads a printed date ("July 23, 1960", "23 July 1960", "November 1967", "1958", "c. 1950", "1950s", "1945–1946",
    /// "July 23–25, 1960", "undated", "n.d.") or an EDTF string ("1960-07-23", "1950~", "1945/1946", "XXXX"). Never throws.
    /// </summary>
    /// <param name="text">The text; empty reads as undated.</param>
    /// <param name="date">The date, or <c>null</c> when the text cannot be read.</param>
    /// <returns><c>true</c> when the text was read.</returns>
    public static bool TryParse(string? text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out PartialDate? date) =>
        TryParse(text, out date, out _);

    /// <summary>Reads a printed or EDTF date (see <see cref="TryParse(string?, out PartialDate?)"/>), saying why when it cannot. Never throws.</summary>
    /// <param name="text">The text; empty reads as undated.</param>
    /// <param name="date">The date, or <c>null</c> when the text cannot be read.</param>
    /// <param name="error">Why the text cannot be read, in an editor's words; <c>null</c> on success.</param>
    /// <returns><c>true</c> when the text was read.</returns>
    public static bool TryParse(
        string? text,
        [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out PartialDate? date,
        [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out string? error)
    {
        date = PartialDateReader.Read(text, out error);
        return date is not null;
    }

    /// <summary>Reads a printed or EDTF date.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The date.</returns>
    /// <exception cref="FormatException">The text is not a date this type understands.</exception>
    public static PartialDate Parse(string? text) =>
        TryParse(text, out var date, out var error) ? date : throw new FormatException(error);

    /// <summary>The EDTF storage form (see the remarks on <see cref="PartialDate"/>): e.g. <c>1960-07-23</c>, <c>1950~</c>, <c>1945/1946</c>, <c>XXXX</c>.</summary>
    /// <returns>The EDTF string.</returns>
    public string ToEdtf()
    {
        if (From is not { } from)
        {
            return "XXXX";
        }

        var mark = IsApproximate ? "~" : string.Empty;
        return To is { } to ? $"{from.ToEdtf()}{mark}/{to.ToEdtf()}{mark}" : from.ToEdtf() + mark;
    }

    /// <summary>The printed form: "July 23, 1960", "November 1967", "c. 1950", "1945–1946", "July 23–25, 1960", "undated".</summary>
    /// <param name="style">Day-month order; month-day-year by default.</param>
    /// <returns>The printed date.</returns>
    public string Format(PartialDateStyle style = PartialDateStyle.MonthDayYear) => PartialDateFormatter.Format(this, style);

    /// <summary>The CSL-JSON form of the date (date-parts with partial precision, circa); <c>null</c> when undated.</summary>
    /// <returns>The CSL date, or <c>null</c>.</returns>
    public CslDate? ToCsl() => CslDate.From(this);

    /// <inheritdoc cref="Format(PartialDateStyle)"/>
    public override string ToString() => Format();

    /// <summary>
    /// Orders chronologically: by start, then end (a day before the month it falls in), exact before approximate; undated
    /// after every date. As usual in .NET, <c>null</c> sorts first.
    /// </summary>
    /// <param name="other">The other date.</param>
    /// <returns>Negative, zero or positive.</returns>
    public int CompareTo(PartialDate? other)
    {
        if (other is null)
        {
            return 1;
        }

        if (IsUndated || other.IsUndated)
        {
            return IsUndated.CompareTo(other.IsUndated);
        }

        var order = Start!.Value.CompareTo(other.Start!.Value);
        order = order != 0 ? order : End!.Value.CompareTo(other.End!.Value);
        order = order != 0 ? order : IsApproximate.CompareTo(other.IsApproximate);
        return order != 0 ? order : string.CompareOrdinal(ToEdtf(), other.ToEdtf());
    }

    /// <inheritdoc />
    public int CompareTo(object? obj) => obj is null or PartialDate
        ? CompareTo(obj as PartialDate)
        : throw new ArgumentException("Can only compare with another PartialDate.", nameof(obj));

    /// <summary>Whether <paramref name="left"/> sorts before <paramref name="right"/>.</summary>
    /// <param name="left">The left date.</param>
    /// <param name="right">The right date.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <(PartialDate? left, PartialDate? right) => Compare(left, right) < 0;

    /// <summary>Whether <paramref name="left"/> sorts after <paramref name="right"/>.</summary>
    /// <param name="left">The left date.</param>
    /// <param name="right">The right date.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >(PartialDate? left, PartialDate? right) => Compare(left, right) > 0;

    /// <summary>Whether <paramref name="left"/> sorts before or with <paramref name="right"/>.</summary>
    /// <param name="left">The left date.</param>
    /// <param name="right">The right date.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <=(PartialDate? left, PartialDate? right) => Compare(left, right) <= 0;

    /// <summary>Whether <paramref name="left"/> sorts after or with <paramref name="right"/>.</summary>
    /// <param name="left">The left date.</param>
    /// <param name="right">The right date.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >=(PartialDate? left, PartialDate? right) => Compare(left, right) >= 0;

    internal PartialDate Approximately() => IsUndated ? this : new PartialDate(From, To, isApproximate: true);

    internal static bool TryBetween(DatePoint from, DatePoint to, bool isApproximate, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out PartialDate? date)
    {
        date = null;
        if (from == to)
        {
            date = new PartialDate(from, null, isApproximate);
            return true;
        }

        if (to.First < from.First || to.Last < from.Last)
        {
            return false;
        }

        date = new PartialDate(from, to, isApproximate);
        return true;
    }

    private static DatePoint Valid(DatePoint point) =>
        point.Year >= 1 ? point : throw new ArgumentException("Create date points with DatePoint.OfDay, OfMonth, OfYear or OfDecade.", nameof(point));

    private static int Compare(PartialDate? left, PartialDate? right) =>
        left is null ? (right is null ? 0 : -1) : left.CompareTo(right);
}
