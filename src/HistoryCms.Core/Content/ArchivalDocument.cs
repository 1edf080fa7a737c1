using HistoryCms.Core.Archival;
using HistoryCms.Core.Dates;

namespace HistoryCms.Core.Content;

/// <summary>A translated archival document (<c>historyArchivalDocument</c>), read by <see cref="HistoryContentReader"/>.</summary>
public sealed record ArchivalDocument : IHistoryRecord
{
    /// <inheritdoc />
    public required Guid Key { get; init; }

    /// <summary>The English title (the node name).</summary>
    public required string Name { get; init; }

    /// <inheritdoc />
    public string ContentType => HistoryAliases.ContentTypes.ArchivalDocument;

    /// <inheritdoc />
    public string RoutePath { get; init; } = string.Empty;

    /// <inheritdoc />
    public DateTimeOffset CreateDate { get; init; }

    /// <inheritdoc />
    public DateTimeOffset UpdateDate { get; init; }

    /// <summary>The title in the original language and script.</summary>
    public string? OriginalTitle { get; init; }

    /// <summary>The original title in Latin script.</summary>
    public string? RomanizedTitle { get; init; }

    /// <summary>The date as stored (EDTF, or a printed form an editor typed); <c>null</c> when not given.</summary>
    public string? DateText { get; init; }

    /// <summary>The date, <see cref="PartialDate.Undated"/> when the record says so; <c>null</c> when not given or unreadable (see <see cref="DateText"/>).</summary>
    public PartialDate? Date { get; init; }

    /// <summary>The genre, e.g. "Memorandum of Conversation".</summary>
    public string? Genre { get; init; }

    /// <summary>The summary.</summary>
    public string? Summary { get; init; }

    /// <summary>The translation or transcript HTML as stored (not yet sanitised), with page markers such as "[p. 2]"; empty when none.</summary>
    public string Translation { get; init; } = string.Empty;

    /// <summary>ISO 639-1 codes of the original's languages.</summary>
    public IReadOnlyList<string> OriginalLanguages { get; init; } = [];

    /// <summary>The one-line Source as printed, e.g. "RGANI, f. 5, op. 49, d. 131, ll. 193-194. Translated by Gary Goldberg."; empty when none.</summary>
    public string Source { get; init; } = string.Empty;

    /// <summary>The Source parsed into repository, fond/opis/delo/leaves or box/folder/pages, and credits.</summary>
    public ArchivalReference Reference { get; init; } = ArchivalReference.Empty;

    /// <summary>The repository's full name as the editor entered it (when the Source gives only an abbreviation).</summary>
    public string? RepositoryName { get; init; }

    /// <summary>The original classification, e.g. "Top Secret".</summary>
    public string? Classification { get; init; }

    /// <summary>An official document number, e.g. "A/C.1/218".</summary>
    public string? OfficialNumber { get; init; }

    /// <summary>A stable external record identifier.</summary>
    public string? RecordId { get; init; }

    /// <summary>The rights statement.</summary>
    public string? Rights { get; init; }

    /// <summary>Scans of the original; their alternative text is the title.</summary>
    public IReadOnlyList<ImageReference> Scans { get; init; } = [];

    /// <summary>Translators: the "Translated by" property, or, when it is empty, the translators the Source names.</summary>
    public IReadOnlyList<string> Translators { get; init; } = [];

    /// <summary>Contributors: the "Contributed by" property, or, when it is empty, the contributors the Source names.</summary>
    public IReadOnlyList<string> Contributors { get; init; } = [];

    /// <summary>"Obtained by": the property, or, when it is empty, the names the Source gives.</summary>
    public IReadOnlyList<string> ObtainedBy { get; init; } = [];

    /// <summary>Transcribers the Source names (there is no property for them).</summary>
    public IReadOnlyList<string> Transcribers { get; init; } = [];

    /// <summary>Editors the Source names (there is no property for them).</summary>
    public IReadOnlyList<string> Editors { get; init; } = [];

    /// <summary>Subject headings.</summary>
    public IReadOnlyList<string> Subjects { get; init; } = [];

    /// <summary>People and organizations, each with its name variants.</summary>
    public IReadOnlyList<PersonName> People { get; init; } = [];

    /// <summary>Places.</summary>
    public IReadOnlyList<string> Places { get; init; } = [];

    /// <summary>Related documents (published ones).</summary>
    public IReadOnlyList<ContentLink> RelatedDocuments { get; init; } = [];

    /// <summary>The programs or projects the document belongs to.</summary>
    public IReadOnlyList<ContentLink> Programs { get; init; } = [];

    /// <summary>The document's own authors, people or bodies, as the archive lists them ("Nehru, Jawaharlal"); distinct from translators and other credits.</summary>
    public IReadOnlyList<string> Authors { get; init; } = [];

    /// <summary>The people and organizations that took part in the documented event (the archive's <c>document_contributors</c>; not the Source's "contributed by" credit).</summary>
    public IReadOnlyList<string> Participants { get; init; } = [];

    /// <summary>The funding acknowledgement line, e.g. "Document obtained and translated with support from ..."; <c>null</c> when none.</summary>
    public string? FundingCredit { get; init; }

    /// <summary>The donors of the document to the archive.</summary>
    public IReadOnlyList<string> Donors { get; init; } = [];

    /// <summary>When the record was first published on the digital archive; <c>null</c> when not known.</summary>
    public DateOnly? OriginalUploadDate { get; init; }

    /// <summary>The record's page on the digital archive; <c>null</c> when none.</summary>
    public string? ArchiveUrl { get; init; }

    /// <summary>The English title (same as <see cref="Name"/>).</summary>
    public string Title => Name;

    /// <summary>The date as archives print it ("July 23, 1960", "c. 1950", "undated"), else the stored text; <c>null</c> when not given.</summary>
    public string? PrintedDate => Date?.Format() ?? DateText;

    /// <summary>The repository to show: the <see cref="RepositoryName"/> property, else the full name of the Source's repository, else as printed.</summary>
    public string? Repository => RepositoryName ?? Reference.Repository?.DisplayName;
}
