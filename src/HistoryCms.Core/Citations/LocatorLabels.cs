namespace HistoryCms.Core.Citations;

/// <summary>The stored names and printed abbreviations of <see cref="LocatorLabel"/>.</summary>
public static class LocatorLabels
{
    private static readonly LocatorLabel[] All = Enum.GetValues<LocatorLabel>();

    /// <summary>Every label, in the order editors see them.</summary>
    public static IReadOnlyList<LocatorLabel> Values => All;

    /// <summary>The name stored in the value (camelCase, e.g. <c>folio</c>).</summary>
    /// <param name="label">The label.</param>
    /// <returns>The stored name.</returns>
    public static string ToValueName(this LocatorLabel label) => label switch
    {
        LocatorLabel.Page => "page",
        LocatorLabel.Folio => "folio",
        LocatorLabel.Leaf => "leaf",
        LocatorLabel.Sheet => "sheet",
        LocatorLabel.Line => "line",
        LocatorLabel.Paragraph => "paragraph",
        LocatorLabel.Item => "item",
        LocatorLabel.Section => "section",
        _ => "page",
    };

    /// <summary>Reads a stored label name (case-insensitive, surrounding spaces ignored).</summary>
    /// <param name="name">The stored name.</param>
    /// <param name="label">The label, when known.</param>
    /// <returns><c>true</c> when <paramref name="name"/> names a label.</returns>
    public static bool TryParse(string? name, out LocatorLabel label)
    {
        var trimmed = name?.Trim();
        foreach (var candidate in All)
        {
            if (string.Equals(candidate.ToValueName(), trimmed, StringComparison.OrdinalIgnoreCase))
            {
                label = candidate;
                return true;
            }
        }

        label = default;
        return false;
    }

    /// <summary>
    /// The abbreviation printed before a locator value, singular or plural, following the Chicago style's
    /// (CSL en-US) short forms; in a reference of a Russian-style archive (fond, opis, delo) a folio, leaf or
    /// sheet is a <em>list</em>, printed <c>l.</c> / <c>ll.</c>.
    /// </summary>
    /// <param name="label">The label.</param>
    /// <param name="plural">Whether the value is a range or a list.</param>
    /// <param name="convention">The convention of the archival reference the locator narrows.</param>
    /// <returns>The abbreviation, e.g. <c>p.</c>, <c>pp.</c>, <c>fol.</c>, <c>ll.</c>.</returns>
    public static string Abbreviation(this LocatorLabel label, bool plural, ReferenceConvention convention = ReferenceConvention.General)
    {
        if (convention == ReferenceConvention.Russian && label is LocatorLabel.Folio or LocatorLabel.Leaf or LocatorLabel.Sheet)
        {
            return plural ? "ll." : "l.";
        }

        return (label, plural) switch
        {
            (LocatorLabel.Page, false) => "p.",
            (LocatorLabel.Page, true) => "pp.",
            (LocatorLabel.Folio, false) => "fol.",
            (LocatorLabel.Folio, true) => "fols.",
            (LocatorLabel.Leaf, false) => "leaf",
            (LocatorLabel.Leaf, true) => "leaves",
            (LocatorLabel.Sheet, false) => "sheet",
            (LocatorLabel.Sheet, true) => "sheets",
            (LocatorLabel.Line, false) => "l.",
            (LocatorLabel.Line, true) => "ll.",
            (LocatorLabel.Paragraph, false) => "para.",
            (LocatorLabel.Paragraph, true) => "paras.",
            (LocatorLabel.Item, false) => "item",
            (LocatorLabel.Item, true) => "items",
            (LocatorLabel.Section, false) => "sec.",
            (LocatorLabel.Section, true) => "secs.",
            _ => string.Empty,
        };
    }
}
