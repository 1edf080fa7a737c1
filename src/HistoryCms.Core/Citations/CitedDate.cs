namespace HistoryCms.Core.Citations;

/// <summary>The date of a cited document as the formatters need it: printed, and as CSL date-parts.</summary>
/// <param name="Text">The date as the record prints it, partial dates staying partial ("July 31, 1958", "November 1967", "c. 1950"); "undated" or empty when there is none.</param>
/// <param name="DateParts">CSL date-parts: one entry, or two for a range, of [year], [year, month] or [year, month, day]; empty when undated.</param>
/// <param name="Circa">Whether the date is approximate.</param>
public sealed record CitedDate(string Text, IReadOnlyList<IReadOnlyList<int>> DateParts, bool Circa = false)
{
    /// <summary>Whether the date names no time at all.</summary>
    public bool IsUndated => DateParts.Count == 0 || DateParts[0].Count == 0;
}
