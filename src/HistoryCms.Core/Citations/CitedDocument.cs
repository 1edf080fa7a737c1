using HistoryCms.Core.Dates;

namespace HistoryCms.Core.Citations;

/// <summary>
/// What the citation formatters and exports know about a cited archival document. Built from the typed archival
/// document (see <c>CitedDocuments</c>) or directly by tests; every field but <see cref="Title"/> may be missing.
/// </summary>
public sealed record CitedDocument
{
    /// <summary>The document's key.</summary>
    public Guid Key { get; init; }

    /// <summary>The document type alias (<c>historyArchivalDocument</c>).</summary>
    public string ContentType { get; init; } = HistoryAliases.ContentTypes.ArchivalDocument;

    /// <summary>The English title (the node name); "Untitled document" is printed when empty.</summary>
    public string Title { get; init; } = string.Empty;

    /// <summary>A short title for short notes, when the record gives one; otherwise one is derived.</summary>
    public string? ShortTitle { get; init; }

    /// <summary>The title in the original language and script.</summary>
    public string? OriginalTitle { get; init; }

    /// <summary>The original title transliterated into Latin script.</summary>
    public string? RomanizedTitle { get; init; }

    /// <summary>The document's date (day, month, year or decade precision; circa; ranges; undated).</summary>
    public PartialDate? Date { get; init; }

    /// <summary>The date as the record holds it, for a date that <see cref="PartialDate"/> cannot read; printed as is.</summary>
    public string? DateText { get; init; }

    /// <summary>The date as the record prints it ("July 31, 1958", "November 1967", "c. 1950", "undated"), or <c>null</c> when there is none.</summary>
    public string? PrintedDate => Date?.Format() ?? (string.IsNullOrWhiteSpace(DateText) ? null : DateText.Trim());

    /// <summary>The date as printed, or <c>null</c> when there is none or the document is undated.</summary>
    public string? KnownDate => Date is { IsUndated: true } ? null : PrintedDate;

    /// <summary>The genre as the record names it ("Memorandum of Conversation", "Report").</summary>
    public string? Genre { get; init; }

    /// <summary>The one-line Source string, verbatim with its credits ("RGANI, f. 5, op. 49, d. 131, ll. 193-194. Translated by Gary Goldberg.").</summary>
    public string? Source { get; init; }

    /// <summary>The archival reference, structured enough for a locator to narrow it.</summary>
    public CitedReference? Reference { get; init; }

    /// <summary>The full name of the repository, when known ("Russian State Archive of Contemporary History").</summary>
    public string? Repository { get; init; }

    /// <summary>The document's own authors, people inverted ("Nehru, Jawaharlal") or bodies, as the archive lists them.</summary>
    public IReadOnlyList<string> Authors { get; init; } = [];

    /// <summary>The archive's summary of the document (the abstract of exports).</summary>
    public string? Summary { get; init; }

    /// <summary>The record's page on the digital archive, when it has one; cited in preference to <see cref="Url"/>.</summary>
    public string? ArchiveUrl { get; init; }

    /// <summary>The translators, in credit order ("Gary Goldberg").</summary>
    public IReadOnlyList<string> Translators { get; init; } = [];

    /// <summary>The original languages (ISO 639-1).</summary>
    public IReadOnlyList<string> Languages { get; init; } = [];

    /// <summary>The subject headings.</summary>
    public IReadOnlyList<string> Subjects { get; init; } = [];

    /// <summary>The absolute URL of the document's page, when the site's address is known.</summary>
    public string? Url { get; init; }

    /// <summary>The route path of the document's page ("/archive/record-of-conversation/").</summary>
    public string? RoutePath { get; init; }
}
