using System.Text.RegularExpressions;

namespace HistoryCms.Core.Citations;

/// <summary>Prints a locator with its label and ranges with an en dash (CMOS 6.78), e.g. <c>l. 193ob</c>, <c>ll. 193–194</c>, <c>fol. 12r</c>, <c>pp. 67–70</c>.</summary>
public static partial class CitationLocatorText
{
    /// <summary>The locator as printed in a note, or empty when there is none (or its label is unknown and it has no value).</summary>
    /// <param name="locator">The locator.</param>
    /// <param name="convention">The convention of the reference it narrows.</param>
    /// <returns>The printed locator; a value with an unknown label is printed bare.</returns>
    public static string Format(CitationLocator? locator, ReferenceConvention convention = ReferenceConvention.General)
    {
        if (locator is null || string.IsNullOrWhiteSpace(locator.Value))
        {
            return string.Empty;
        }

        var value = Ranges().Replace(locator.Value.Trim(), "–");
        return locator.Kind is { } kind ? $"{kind.Abbreviation(locator.IsPlural, convention)} {value}" : value;
    }

    [GeneratedRegex(@"\s?-\s?", RegexOptions.CultureInvariant)]
    private static partial Regex Ranges();
}
