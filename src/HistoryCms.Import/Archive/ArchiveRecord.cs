using System.Text.Json;

namespace HistoryCms.Import.Archive;

/// <summary>
/// One Digital Archive record by the archive's own column names (see <c>tests/fixtures/digital-archive/README.md</c>),
/// read from its CSV export or its RIS export. Multi-valued cells hold JSON arrays of strings.
/// </summary>
/// <param name="Columns">The cells by column name, untrimmed.</param>
/// <param name="File">The input file.</param>
/// <param name="Location">Where the record starts, e.g. "line 2" or "record 3 (line 40)".</param>
public sealed record ArchiveRecord(IReadOnlyDictionary<string, string> Columns, string File, string Location)
{
    /// <summary>A cell, trimmed; <c>null</c> when the column is missing or blank.</summary>
    /// <param name="column">The column name, e.g. <c>title</c>.</param>
    public string? this[string column] =>
        Columns.TryGetValue(column, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    /// <summary>The values of a multi-valued cell (a JSON array of strings; a cell that is not one is one value).</summary>
    /// <param name="column">The column name, e.g. <c>associated_places</c>.</param>
    /// <returns>The non-blank values, trimmed, in order.</returns>
    /// <exception cref="FormatException">The cell starts like a JSON array but is not an array of strings.</exception>
    public IReadOnlyList<string> List(string column)
    {
        if (this[column] is not { } cell)
        {
            return [];
        }

        if (!cell.StartsWith('['))
        {
            return [cell];
        }

        try
        {
            return [.. (JsonSerializer.Deserialize<string?[]>(cell) ?? []).Select(v => v?.Trim()).OfType<string>().Where(v => v.Length > 0)];
        }
        catch (JsonException e)
        {
            throw new FormatException($"The \"{column}\" cell is not a JSON array of strings: {e.Message}", e);
        }
    }
}

/// <summary>The archive's column names (its CSV header; the RIS reader fills the same names).</summary>
public static class ArchiveColumns
{
#pragma warning disable CS1591 // Each constant is the archive's column of the same name; the fixtures' README describes them.
    public const string DocumentUrl = "document_url";
    public const string PublicationDate = "original_publication_date";
    public const string Title = "title";
    public const string Credits = "credits";
    public const string TextBody = "text_body";
    public const string Summary = "summary";
    public const string Authors = "authors";
    public const string Places = "associated_places";
    public const string Subjects = "subjects_discussed";
    public const string People = "associated_people_orgs";
    public const string Contributors = "document_contributors";
    public const string Source = "source";
    public const string UploadDate = "original_upload_date";
    public const string ArchiveTitle = "original_archive_title";
    public const string Language = "language";
    public const string Rights = "rights";
    public const string RecordId = "record_id";
    public const string Classification = "original_classification";
    public const string Donors = "donors";
#pragma warning restore CS1591

    /// <summary>The document type: not a column of the CSV scrape, but the RIS export's <c>M3</c>.</summary>
    public const string Genre = "document_type";

    /// <summary>The repository the RIS export names (<c>DB</c>): the digital archive itself.</summary>
    public const string Archive = "archive";

    /// <summary>Columns that are artefacts of the scrape (listing page, position, time), not facts of the record: read and left out.</summary>
    public static readonly IReadOnlySet<string> ScrapeArtefacts =
        new HashSet<string>(["page_number", "page_number_one_indexed", "page_position", "scraped_at"], StringComparer.Ordinal);

    /// <summary>Every column the importer maps to a property.</summary>
    public static readonly IReadOnlySet<string> Mapped = new HashSet<string>(
        [DocumentUrl, PublicationDate, Title, Credits, TextBody, Summary, Authors, Places, Subjects, People, Contributors, Source,
         UploadDate, ArchiveTitle, Language, Rights, RecordId, Classification, Donors, Genre, Archive],
        StringComparer.Ordinal);
}
