namespace HistoryCms.Core.Citations;

/// <summary>
/// Formats citations of archival documents in a digital archive of translated documents, following the Chicago
/// Manual of Style (notes and bibliography; CMOS 14.98 translations, 14.119–128 manuscript collections, 14.127
/// locators) as the official Chicago CSL style applies it to a <c>manuscript</c>, with two deliberate differences:
/// the locator narrows the reference instead of following it ("RGANI, f. 5, op. 49, d. 131, l. 193ob", not
/// "…, ll. 193-194, fol. 193ob"), and the translator follows the title ("trans. Gary Goldberg") because the
/// translator is not the document's author. Element order:
/// <list type="bullet">
/// <item>Full note: title, genre, trans., date, reference with locator, digital archive, URL.</item>
/// <item>Short note (second and later citations of a document): short title, locator.</item>
/// <item>Bibliography: title. Genre. Translated by. Date. Reference. Digital archive. URL.</item>
/// <item>Digital-archive style: "Title," Month DD, YYYY, Archive Digital Archive, Source (see <see cref="DigitalArchiveCitation"/>).</item>
/// </list>
/// Missing fields are left out ("n.d." stands for a missing date in the Chicago forms; without a parsed reference the
/// Source string without its credits stands for it); a missing document prints
/// <see cref="CitationStyleOptions.UnavailableDocument"/> with the locator. Output is plain text (pages escape it where
/// they print it). It never throws.
/// </summary>
/// <param name="options">The archive name and the site's address.</param>
public sealed class CitationFormatter(CitationStyleOptions options)
{
    private const string NoDate = "n.d.";

    /// <summary>The options in use.</summary>
    public CitationStyleOptions Options { get; } = options ?? new CitationStyleOptions();

    /// <summary>All printed forms of one citation.</summary>
    /// <param name="document">The cited document, or <c>null</c> when it cannot be found.</param>
    /// <param name="locator">The citation's locator.</param>
    /// <returns>The note, short note, bibliography entry and digital-archive form.</returns>
    public FormattedCitation Format(CitedDocument? document, CitationLocator? locator) =>
        new(Note(document, locator), ShortNote(document, locator), Bibliography(document), DigitalArchive(document));

    /// <summary>The Chicago full note.</summary>
    /// <param name="document">The cited document, or <c>null</c>.</param>
    /// <param name="locator">The citation's locator.</param>
    /// <returns>The note, e.g. <c>“Title,” report, trans. Gary Goldberg, July 31, 1958, RGANI, f. 5, op. 49, d. 131, l. 193ob, Wilson Center Digital Archive, https://….</c></returns>
    public string Note(CitedDocument? document, CitationLocator? locator)
    {
        if (document is null)
        {
            return Unavailable(locator);
        }

        var translators = NoteNames(document.Translators);
        return CitationText.Join(
            [
                Chicago(NoteNames(Authors(document).Select(a => a.Natural()))),
                Lead(document),
                Chicago(GenreOf(document)),
                Chicago(translators.Length == 0 ? null : "trans. " + translators),
                Chicago(DateOf(document)),
                Chicago(ReferenceOf(document, locator)),
                Chicago(Options.ArchiveLabel),
                Url(Options.UrlOf(document)),
            ],
            ", ",
            ".").ToString();
    }

    /// <summary>The Chicago short note, for the second and later citations of the same document.</summary>
    /// <param name="document">The cited document, or <c>null</c>.</param>
    /// <param name="locator">The citation's locator.</param>
    /// <returns>The short note, e.g. <c>Record of Conversation, l. 194.</c></returns>
    public string ShortNote(CitedDocument? document, CitationLocator? locator)
    {
        if (document is null)
        {
            return Unavailable(locator);
        }

        var original = CitationTitles.OriginalInLatinScript(document);
        var title = Title(document);
        var shortTitle = CitationTitles.ShortTitleOf(document);
        var lead = CitationText.Of(Typography.Curly(original is not null ? CitationTitles.Quote(CitationTitles.Shorten(original))
            : CitationTitles.IsDescription(title) ? shortTitle
            : CitationTitles.Quote(shortTitle)));
        var convention = document.Reference?.Convention ?? ReferenceConvention.General;
        return CitationText.Join(
            [
                Chicago(NoteNames(Authors(document).Select(a => a.ShortForm()))),
                lead,
                Chicago(CitationLocatorText.Format(locator, convention)),
            ],
            ", ",
            ".").ToString();
    }

    /// <summary>The Chicago bibliography entry of the document (no locator: it lists the whole document).</summary>
    /// <param name="document">The cited document, or <c>null</c>.</param>
    /// <returns>The entry, e.g. <c>“Title.” Report. Translated by Gary Goldberg. July 31, 1958. RGANI, …. Wilson Center Digital Archive. https://….</c></returns>
    public string Bibliography(CitedDocument? document)
    {
        if (document is null)
        {
            return Unavailable(null);
        }

        var translators = CitationTitles.JoinNames(document.Translators);
        var genre = GenreOf(document);
        return CitationText.Join(
            [
                Chicago(BibliographyAuthors(Authors(document))),
                Lead(document),
                Chicago(genre is null ? null : char.ToUpperInvariant(genre[0]) + genre[1..]),
                Chicago(translators.Length == 0 ? null : "Translated by " + translators),
                Chicago(DateOf(document)),
                Chicago(ReferenceOf(document, null)),
                Chicago(Options.ArchiveLabel),
                Url(Options.UrlOf(document)),
            ],
            ". ",
            ".").ToString();
    }

    /// <summary>The digital-archive style, exactly as the archive prints it (see <see cref="DigitalArchiveCitation"/>): <c>"Title," March 04, 1958, Archive Digital Archive, Source</c>.</summary>
    /// <param name="document">The cited document, or <c>null</c>.</param>
    /// <returns>The citation.</returns>
    public string DigitalArchive(CitedDocument? document) =>
        new DigitalArchiveCitation(Options).Format(document);

    private static CitationText? Text(string? text) => string.IsNullOrWhiteSpace(text) ? null : CitationText.Of(text.Trim());

    private static CitationText? Chicago(string? text) => string.IsNullOrWhiteSpace(text) ? null : CitationText.Of(Typography.Curly(text.Trim()));

    /// <summary>Names as a note lists them (CMOS 18 13.74–86 as the official style applies it, <c>et-al-min="3"</c>): one or two in full, three or more as the first followed by "et al.".</summary>
    private static string NoteNames(IEnumerable<string> names)
    {
        var list = names.Where(n => !string.IsNullOrWhiteSpace(n)).ToList();
        return list.Count >= 3 ? list[0].Trim() + " et al." : CitationTitles.JoinNames(list);
    }

    private static List<CreditName> Authors(CitedDocument document) =>
        [.. document.Authors.Where(a => !string.IsNullOrWhiteSpace(a)).Select(CreditName.ParseAuthor)];

    private static string? BibliographyAuthors(List<CreditName> authors) => authors.Count switch
    {
        0 => null,
        1 => authors[0].Inverted(),
        _ => string.Join(", ", [authors[0].Inverted(), .. authors.Skip(1).Take(authors.Count - 2).Select(a => a.Natural())]) + ", and " + authors[^1].Natural(),
    };

    private static CitationText? Url(string? url) => string.IsNullOrWhiteSpace(url) ? null : CitationText.OfUrl(url.Trim());

    private static string Title(CitedDocument document) => CitationTitles.TitleOf(document);

    private static CitationText Lead(CitedDocument document)
    {
        var title = Title(document);
        var original = CitationTitles.OriginalInLatinScript(document);
        if (original is not null)
        {
            return CitationText.Of(Typography.Curly($"{CitationTitles.Quote(original)} [{title}]"));
        }

        return CitationText.Of(Typography.Curly(CitationTitles.IsDescription(title) ? title : CitationTitles.Quote(title)));
    }

    private static string? GenreOf(CitedDocument document)
    {
        var genre = CitationTitles.Genre(document.Genre);
        var title = Title(document);
        return genre is null || (CitationTitles.IsDescription(title) && CitationTitles.OriginalInLatinScript(document) is null) ? null : genre;
    }

    private static string DateOf(CitedDocument document) => document.KnownDate ?? NoDate;

    private static string? ReferenceOf(CitedDocument document, CitationLocator? locator)
    {
        var reference = document.Reference ?? CitedReference.FromSource(document.Source);
        return reference is null ? CitationLocatorText.Format(locator) : reference.WithLocator(locator);
    }

    private string? UrlOf(CitedDocument document) => Options.UrlOf(document);

    private string Unavailable(CitationLocator? locator) =>
        CitationText.Join([Text(Options.UnavailableDocument), Text(CitationLocatorText.Format(locator))], ", ", ".").ToString();
}
