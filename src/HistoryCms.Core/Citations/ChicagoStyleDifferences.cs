namespace HistoryCms.Core.Citations;

/// <summary>One deliberate difference between our Chicago forms and the official Chicago CSL style as citeproc-js applies it.</summary>
/// <param name="Id">A stable identifier (the cross-check test applies the rule by it).</param>
/// <param name="Rule">What we print, and why.</param>
/// <param name="Cmos">The Chicago Manual of Style (18th edition) sections the rule rests on.</param>
public sealed record ChicagoStyleDifference(string Id, string Rule, string Cmos);

/// <summary>
/// The deliberate differences between <see cref="CitationFormatter"/> and the official Chicago notes-bibliography CSL
/// style (CMOS 18) formatting our CSL-JSON export with citeproc-js. Written down once, here; the Citations README
/// lists the same table and the citeproc cross-check in the test suite applies each rule, so that any other
/// difference fails. Section numbers are those the official style's own comments cite.
/// </summary>
public static class ChicagoStyleDifferences
{
    /// <summary>The translator follows the title.</summary>
    public const string TranslatorAfterTitle = "translator-after-title";

    /// <summary>Titles keep the record's capitalisation.</summary>
    public const string TitlesAsGiven = "titles-as-given";

    /// <summary>Generic descriptions are not quoted.</summary>
    public const string GenericDescriptions = "generic-descriptions";

    /// <summary>The locator narrows the archival reference.</summary>
    public const string LocatorNarrowsReference = "locator-narrows-reference";

    /// <summary>The original-language title leads, the English title in brackets.</summary>
    public const string OriginalTitleFirst = "original-title-first";

    /// <summary>An approximate date prints as the record prints it.</summary>
    public const string DateAsRecorded = "date-as-recorded";

    /// <summary>The rules, in the order the cross-check applies them.</summary>
    public static IReadOnlyList<ChicagoStyleDifference> All { get; } =
    [
        new(TitlesAsGiven,
            "Titles are printed as the record gives them; the style's headline-style title case (\"Meeting of the Leaders\") would mangle names and translated titles.",
            "CMOS 18 13.87–101 (titles and descriptions)"),
        new(DateAsRecorded,
            "An approximate date prints as the record prints it (“c. 1950”), not as a guessed-at date in brackets (“[1950?]”).",
            "CMOS 18 14.44 (guessed-at dates)"),
        new(GenericDescriptions,
            "A generic description (\"Letter from A to B\", \"Speech by X\", \"Report of …\") is not quoted and is not followed by the document type, which it already names.",
            "CMOS 18 14.118, 14.127 (unpublished and archival items)"),
        new(OriginalTitleFirst,
            "A document with an original-language title in Latin script (romanized when needed) leads with it, the English title following in brackets: “Zapis’ besedy …” [Record of Conversation …], instead of the style's “originally published as …” after the date; the short note uses the original's short form.",
            "CMOS 18 13.87–101 (titles), 14.127"),
        new(TranslatorAfterTitle,
            "A translator follows the title (note: “trans. Name”; bibliography: “Translated by Name”) and is left out of the short note: the document is never listed under its translator, who is a credit of the archive's edition, not its author.",
            "CMOS 18 13.74–86 (authors and other contributors)"),
        new(LocatorNarrowsReference,
            "A locator narrows the archival reference instead of following it (“RGANI, f. 5, op. 49, d. 131, l. 193”, not “…, ll. 193–194, fol. 193”), and is always labelled, also in the short note (“p. 396”, Russian-style archives “l.”/“ll.”).",
            "CMOS 18 14.123, 14.127 (archival locators after the shelfmark, always labelled)"),
    ];
}
