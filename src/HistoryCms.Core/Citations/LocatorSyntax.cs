using System.Text.RegularExpressions;

namespace HistoryCms.Core.Citations;

/// <summary>
/// What a locator value may look like for each label. A value is one part or a range of two parts (<c>-</c> or
/// <c>–</c>), or a list of those separated by commas; a part is, by label:
/// <list type="bullet">
/// <item>page: a number (<c>67</c>, <c>67a</c>) or a roman numeral (<c>xii</c>);</item>
/// <item>folio, leaf, sheet: a number with an optional side: <c>r</c>, <c>v</c>, <c>ob</c>/<c>ob.</c> (verso in Russian
/// archives, also <c>об.</c>), e.g. <c>193ob</c>, <c>12r</c>, <c>5v</c>, or a range whose end carries the side (<c>5-7ob.</c>);</item>
/// <item>line, paragraph, item: a number, optionally with one letter (<c>7a</c>);</item>
/// <item>section: numbers, roman numerals or letters joined by dots (<c>2.3</c>, <c>IV</c>, <c>II.B.4</c>), optionally led by <c>§</c>.</item>
/// </list>
/// Digits are 0-9 (.NET's <c>\d</c> would also take Arabic-Indic and other digits, which the backoffice's check and the
/// printed notes do not); tests/fixtures/locators/locator-cases.json holds the cases both sides run.
/// </summary>
public static partial class LocatorSyntax
{
    /// <summary>The longest locator value accepted.</summary>
    public const int MaxLength = 64;

    /// <summary>Whether <paramref name="value"/> is a well-formed locator for <paramref name="label"/>.</summary>
    /// <param name="label">The label.</param>
    /// <param name="value">The value as typed (surrounding spaces ignored).</param>
    /// <returns><c>true</c> when it is well formed.</returns>
    public static bool IsValid(LocatorLabel label, string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > MaxLength)
        {
            return false;
        }

        var pattern = label switch
        {
            LocatorLabel.Page => Page(),
            LocatorLabel.Folio or LocatorLabel.Leaf or LocatorLabel.Sheet => Folio(),
            LocatorLabel.Section => Section(),
            _ => Numbered(),
        };
        try
        {
            return pattern.IsMatch(value.Trim());
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    /// <summary>Examples of well-formed values for a label, as an editor-facing hint.</summary>
    /// <param name="label">The label.</param>
    /// <returns>A short list such as "193, 193ob, 12r, 5v or 193-194".</returns>
    public static string Examples(LocatorLabel label) => label switch
    {
        LocatorLabel.Page => "67, 67-70 or xii",
        LocatorLabel.Folio or LocatorLabel.Leaf or LocatorLabel.Sheet => "193, 193ob, 12r, 5v or 193-194",
        LocatorLabel.Section => "2, 2.3, IV or II.B",
        _ => "12, 12a or 12-15",
    };

    // A list of ranges of parts: part ( [-–] part )? ( , part ( [-–] part )? )*
    [GeneratedRegex(@"^(?:[0-9]{1,6}[a-z]?|[ivxlcdm]{1,10}|[IVXLCDM]{1,10})(?:\s?[-\u2013]\s?(?:[0-9]{1,6}[a-z]?|[ivxlcdm]{1,10}|[IVXLCDM]{1,10}))?(?:\s?,\s?(?:[0-9]{1,6}[a-z]?|[ivxlcdm]{1,10}|[IVXLCDM]{1,10})(?:\s?[-\u2013]\s?(?:[0-9]{1,6}[a-z]?|[ivxlcdm]{1,10}|[IVXLCDM]{1,10}))?)*$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex Page();

    [GeneratedRegex(@"^[0-9]{1,6}\s?(?:r|v|ob\.?|об\.?)?(?:\s?[-\u2013]\s?[0-9]{1,6}\s?(?:r|v|ob\.?|об\.?)?)?(?:\s?,\s?[0-9]{1,6}\s?(?:r|v|ob\.?|об\.?)?(?:\s?[-\u2013]\s?[0-9]{1,6}\s?(?:r|v|ob\.?|об\.?)?)?)*$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex Folio();

    [GeneratedRegex(@"^[0-9]{1,6}[a-z]?(?:\s?[-\u2013]\s?[0-9]{1,6}[a-z]?)?(?:\s?,\s?[0-9]{1,6}[a-z]?(?:\s?[-\u2013]\s?[0-9]{1,6}[a-z]?)?)*$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex Numbered();

    [GeneratedRegex(@"^(?:§\s?)?(?:[0-9]{1,4}|[IVXLCDM]{1,8}|[ivxlcdm]{1,8}|[A-Za-z])(?:\.(?:[0-9]{1,4}|[IVXLCDM]{1,8}|[ivxlcdm]{1,8}|[A-Za-z]))*(?:\s?[-\u2013]\s?(?:[0-9]{1,4}|[IVXLCDM]{1,8}|[ivxlcdm]{1,8}|[A-Za-z])(?:\.(?:[0-9]{1,4}|[IVXLCDM]{1,8}|[ivxlcdm]{1,8}|[A-Za-z]))*)?$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex Section();
}
