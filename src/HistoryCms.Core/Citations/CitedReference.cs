using System.Text.RegularExpressions;

namespace HistoryCms.Core.Citations;

/// <summary>
/// The archival reference of a cited document, as a citation prints it, with what a locator needs to narrow it:
/// a folio locator "193ob" turns "RGANI, f. 5, op. 49, d. 131, ll. 193-194" into "RGANI, f. 5, op. 49, d. 131, l. 193ob".
/// </summary>
/// <param name="Text">The whole reference without credits, e.g. "RGANI, f. 5, op. 49, d. 131, ll. 193-194".</param>
/// <param name="Stem">
/// The reference without its leaf or page range, e.g. "RGANI, f. 5, op. 49, d. 131"; a locator replaces the range.
/// <c>null</c> when the reference has no range (a locator is then added after <paramref name="Text"/>).
/// </param>
/// <param name="Convention">How the archive counts leaves (a Russian-style archive prints folios as l. / ll.).</param>
public sealed partial record CitedReference(string Text, string? Stem = null, ReferenceConvention Convention = ReferenceConvention.General)
{
    /// <summary>
    /// A reference from a Source string alone, for a document whose reference has not been parsed: the string without
    /// its credits ("… ll. 193-194. Translated by Gary Goldberg." gives "… ll. 193-194"), not narrowed by locators.
    /// </summary>
    /// <param name="source">The Source string.</param>
    /// <returns>The reference, or <c>null</c> for an empty string.</returns>
    public static CitedReference? FromSource(string? source)
    {
        if (string.IsNullOrWhiteSpace(source))
        {
            return null;
        }

        string text;
        try
        {
            text = Credits().Replace(source.Trim(), string.Empty);
        }
        catch (RegexMatchTimeoutException)
        {
            text = source;
        }

        text = text.Trim().TrimEnd('.', ' ', ',', ';');
        return text.Length == 0 ? null : new CitedReference(text);
    }

    /// <summary>The reference narrowed to <paramref name="locator"/>: the range replaced (or the locator added), the locator labelled.</summary>
    /// <param name="locator">The citation's locator, or <c>null</c> for the whole reference.</param>
    /// <returns>The reference to print.</returns>
    public string WithLocator(CitationLocator? locator)
    {
        var printed = CitationLocatorText.Format(locator, Convention);
        if (printed.Length == 0)
        {
            return Text;
        }

        var stem = string.IsNullOrWhiteSpace(Stem) ? Text : Stem;
        return stem.Length == 0 ? printed : $"{stem.TrimEnd(' ', ',', '.', ';')}, {printed}";
    }

    [GeneratedRegex(@"(?:^|\.\s+)(?:[A-Z][a-z]+(?:,|\s+and)?\s+)*(?:translated|contributed|transcribed|obtained|edited|donated|provided)\s+(?:by|for)\b.*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex Credits();
}
