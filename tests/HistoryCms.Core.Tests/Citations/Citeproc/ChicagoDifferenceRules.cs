using HistoryCms.Core.Citations;
using R = HistoryCms.Core.Citations.ChicagoStyleDifferences;

namespace HistoryCms.Core.Tests.Citations.Citeproc;

/// <summary>Which of the three Chicago forms a text is.</summary>
internal enum ChicagoForm
{
    Note,
    ShortNote,
    Bibliography,
}

/// <summary>
/// Applies each deliberate difference of <see cref="ChicagoStyleDifferences"/> to what citeproc-js printed, turning the
/// official style's form into ours for exactly that rule; built only from the document's data and the rule, never from
/// our formatter's output. What remains different after all rules is an error.
/// </summary>
internal static class ChicagoDifferenceRules
{
    private static readonly Dictionary<string, Func<CrossCheckCase, ChicagoForm, string, string>> Rules = new(StringComparer.Ordinal)
    {
        [R.TitlesAsGiven] = TitlesAsGiven,
        [R.GenericDescriptions] = GenericDescriptions,
        [R.OriginalTitleFirst] = OriginalTitleFirst,
        [R.TranslatorAfterTitle] = TranslatorAfterTitle,
        [R.LocatorNarrowsReference] = LocatorNarrowsReference,
        [R.DateAsRecorded] = DateAsRecorded,
    };

    /// <summary>The rule ids the comparison knows how to apply.</summary>
    public static IReadOnlyCollection<string> Known => Rules.Keys;

    /// <summary>The citeproc text with every rule applied, and the ids of the rules that changed it.</summary>
    public static (string Text, IReadOnlyList<string> Applied) Apply(CrossCheckCase c, ChicagoForm form, string citeproc)
    {
        var applied = new List<string>();
        var text = citeproc;
        foreach (var rule in R.All)
        {
            var next = Rules[rule.Id](c, form, text);
            if (!string.Equals(next, text, StringComparison.Ordinal))
            {
                applied.Add(rule.Id);
                text = next;
            }
        }

        return (text, applied);
    }

    private static string Curly(string text) => Typography.Curly(text);

    private static string Title(CrossCheckCase c) => Curly(CitationTitles.TitleOf(c.Document));

    private static string ShortTitle(CrossCheckCase c) => Curly(CitationTitles.ShortTitleOf(c.Document));

    private static bool IsDescription(CrossCheckCase c) =>
        CitationTitles.IsDescription(CitationTitles.TitleOf(c.Document)) && CitationTitles.OriginalInLatinScript(c.Document) is null;

    private static string TitlesAsGiven(CrossCheckCase c, ChicagoForm form, string text)
    {
        foreach (var title in new[] { Title(c), ShortTitle(c) })
        {
            var at = text.IndexOf(title, StringComparison.OrdinalIgnoreCase);
            if (at >= 0)
            {
                text = text[..at] + title + text[(at + title.Length)..];
            }
        }

        return text;
    }

    private static string GenericDescriptions(CrossCheckCase c, ChicagoForm form, string text)
    {
        if (!IsDescription(c))
        {
            return text;
        }

        var genre = CitationTitles.Genre(c.Document.Genre);
        var title = form == ChicagoForm.ShortNote ? ShortTitle(c) : Title(c);
        foreach (var mark in new[] { ",", ".", string.Empty })
        {
            var quoted = $"“{title}{mark}”";
            var at = text.IndexOf(quoted, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            var rest = text[(at + quoted.Length)..];
            if (genre is not null && form == ChicagoForm.Note && rest.StartsWith($" {genre},", StringComparison.Ordinal))
            {
                rest = rest[(genre.Length + 2)..];
            }
            else if (genre is not null && form == ChicagoForm.Bibliography && rest.StartsWith($" {char.ToUpperInvariant(genre[0])}{genre[1..]}.", StringComparison.Ordinal))
            {
                rest = rest[(genre.Length + 2)..];
            }

            return text[..at] + title + mark + rest;
        }

        return text;
    }

    private static string OriginalTitleFirst(CrossCheckCase c, ChicagoForm form, string text)
    {
        if (CitationTitles.OriginalInLatinScript(c.Document) is not { } original)
        {
            return text;
        }

        if (form == ChicagoForm.ShortNote)
        {
            return Replace(text, $"“{ShortTitle(c)}", $"“{Curly(CitationTitles.Shorten(original))}");
        }

        var mark = form == ChicagoForm.Note ? "," : ".";
        var published = form == ChicagoForm.Note ? "; originally published as " : ". Originally published as ";
        var at = text.IndexOf(published, StringComparison.Ordinal);
        if (at >= 0)
        {
            var end = text.IndexOf(mark + " ", at + published.Length, StringComparison.Ordinal);
            text = end < 0 ? text : text[..at] + text[end..];
        }

        return Replace(text, $"“{Title(c)}{mark}”", $"“{Curly(original)}” [{Title(c)}]{mark}");
    }

    private static string TranslatorAfterTitle(CrossCheckCase c, ChicagoForm form, string text)
    {
        var translators = c.Document.Translators;
        if (translators.Count == 0 || c.Document.Authors.Count > 0)
        {
            return text;
        }

        var names = translators.Select(CreditName.Parse).ToList();
        var prefix = form switch
        {
            ChicagoForm.Note => EtAl(names.Select(n => n.Natural()).ToList()) + ", trans., ",
            ChicagoForm.ShortNote => EtAl(names.Select(n => n.ShortForm()).ToList()) + ", ",
            _ => BibliographyNames(names) + ", trans. ",
        };
        if (!text.StartsWith(prefix, StringComparison.Ordinal))
        {
            return text;
        }

        text = text[prefix.Length..];
        if (form == ChicagoForm.ShortNote)
        {
            return text;
        }

        var credit = form == ChicagoForm.Note
            ? $"trans. {EtAl([.. translators])}, "
            : $"Translated by {CitationTitles.JoinNames(translators)}. ";
        var at = AfterLead(c, form, text);
        return at < 0 ? text : text[..at] + credit + text[at..];
    }

    private static string LocatorNarrowsReference(CrossCheckCase c, ChicagoForm form, string text)
    {
        if (c.Locator is not { } locator || c.Document.Reference is not { } reference || form == ChicagoForm.Bibliography)
        {
            return text;
        }

        var label = locator.Label == LocatorLabel.Folio.ToValueName() ? "fol." : "p.";
        var ours = CitationLocatorText.Format(locator, reference.Convention);
        if (form == ChicagoForm.Note)
        {
            return Replace(text, $"{reference.Text}, {label} {locator.Value}", reference.WithLocator(locator));
        }

        var citeprocTail = locator.Label == LocatorLabel.Page.ToValueName() ? $" {locator.Value}." : $" {label} {locator.Value}.";
        return text.EndsWith(citeprocTail, StringComparison.Ordinal) ? text[..^citeprocTail.Length] + $" {ours}." : text;
    }

    private static string DateAsRecorded(CrossCheckCase c, ChicagoForm form, string text)
    {
        if (c.Document.Date is not { IsApproximate: true } date || c.Document.KnownDate is not { } printed || date.ToCsl() is not { } csl)
        {
            return text;
        }

        var guessed = $"[{csl.DateParts[0][0]}?]";
        if (form == ChicagoForm.Note)
        {
            // The style prints a bracketed date after a space, without the comma before it (CMOS 18 14.127).
            text = Replace(Replace(text, $"” {guessed},", $",” {printed},"), $" {guessed},", $", {printed},");
        }

        return Replace(text, guessed, printed);
    }

    /// <summary>The index just after the lead (title, bracketed English title) and the genre that follows it.</summary>
    private static int AfterLead(CrossCheckCase c, ChicagoForm form, string text)
    {
        var title = Title(c);
        var at = text.IndexOf(title, StringComparison.Ordinal);
        if (at < 0)
        {
            return -1;
        }

        var i = at + title.Length;
        while (i < text.Length && text[i] is ',' or '.' or '”' or ']' or ' ')
        {
            i++;
        }

        var genre = IsDescription(c) ? null : CitationTitles.Genre(c.Document.Genre);
        if (genre is not null)
        {
            var printed = form == ChicagoForm.Note ? genre + ", " : $"{char.ToUpperInvariant(genre[0])}{genre[1..]}. ";
            if (text.AsSpan(i).StartsWith(printed, StringComparison.Ordinal))
            {
                i += printed.Length;
            }
        }

        return i;
    }

    private static string EtAl(List<string> names) => names.Count >= 3 ? names[0] + " et al." : CitationTitles.JoinNames(names);

    private static string BibliographyNames(List<CreditName> names) => names.Count switch
    {
        1 => names[0].Inverted(),
        2 => $"{names[0].Inverted()}, and {names[1].Natural()}",
        _ => string.Join(", ", [names[0].Inverted(), .. names.Skip(1).Take(names.Count - 2).Select(n => n.Natural())]) + ", and " + names[^1].Natural(),
    };

    private static string Replace(string text, string from, string to)
    {
        var at = text.IndexOf(from, StringComparison.Ordinal);
        return at < 0 ? text : text[..at] + to + text[(at + from.Length)..];
    }
}
