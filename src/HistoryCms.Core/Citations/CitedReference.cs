using System.Text.RegularExpressions;
using HistoryCms.Core.Archival;

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
/// <param name="Tail">What follows the range in the reference, when something does ("…, ll. 3-4, Collection X"); the locator goes before it.</param>
public sealed partial record CitedReference(string Text, string? Stem = null, ReferenceConvention Convention = ReferenceConvention.General, string? Tail = null)
{
    /// <summary>
    /// The citation form of a parsed archival reference: abbreviated standard labels and en-dash ranges
    /// ("RGANI, f. 5, op. 49, d. 131, ll. 193–194"), with the leaf or page range marked for a locator to replace.
    /// </summary>
    /// <param name="reference">The parsed reference.</param>
    /// <returns>The reference, or <c>null</c> when it is empty.</returns>
    public static CitedReference? From(ArchivalReference? reference)
    {
        if (reference is null || reference.Parts.Count == 0)
        {
            return null;
        }

        var parts = reference.CitationPieces(ArchivalCitationForm.Abbreviated).Select(p => (p.Kind, p.Text)).ToList();
        var convention = reference.IsRussianStyle ? ReferenceConvention.Russian : ReferenceConvention.General;
        var text = string.Join(", ", parts.Select(p => p.Text));
        var range = parts.FindIndex(p => p.Kind is ArchivalPartKind.Folios or ArchivalPartKind.Pages);
        if (range < 0)
        {
            return new CitedReference(text, null, convention);
        }

        var tail = parts.Count > range + 1 ? string.Join(", ", parts.Skip(range + 1).Select(p => p.Text)) : null;
        return new CitedReference(text, string.Join(", ", parts.Take(range).Select(p => p.Text)), convention, tail);
    }

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

        var stem = Stem is null ? Text : Stem;
        var head = stem.Length == 0 ? printed : $"{stem.TrimEnd(' ', ',', '.', ';')}, {printed}";
        return Stem is null || string.IsNullOrWhiteSpace(Tail) ? head : $"{head}, {Tail}";
    }

    [GeneratedRegex(@"(?:^|\.\s+)(?:[A-Z][a-z]+(?:,|\s+and)?\s+)*(?:translated|contributed|transcribed|obtained|edited|donated|provided)\s+(?:by|for)\b.*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex Credits();
}
