using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using HistoryCms.Core.Archival;
using HistoryCms.Core.Citations;
using HistoryCms.Core.Content;
using HistoryCms.Core.Dates;
using HistoryCms.Import;
using HistoryCms.Import.Archive;

namespace HistoryCms.Core.Tests;

/// <summary>
/// The real Digital Archive records of <c>tests/fixtures/digital-archive/</c>: the rows of <c>records.csv</c> (RFC 4180,
/// fields with line breaks and doubled quotes), read by the importer's own reader (<see cref="ArchiveCsv"/>), and the items
/// Zotero built from the archive's RIS export; each also as a typed archival document, by a hand-written mapping of the
/// archive's fields onto <see cref="ArchivalDocument"/> that does what the content reader does with a stored record (the
/// Source parsed, translators taken from it).
/// </summary>
internal static class DigitalArchiveRecords
{
    private const string CsvFile = "records.csv";

    public static string Folder => Path.Combine(RepositoryPaths.Fixtures, "digital-archive");

    /// <summary>The CSV records, each as column → value (cells verbatim); a row the reader skips fails the test.</summary>
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> Csv()
    {
        var findings = new List<ImportFinding>();
        using var reader = ArchiveCsv.Open(Path.Combine(Folder, CsvFile));
        IReadOnlyList<IReadOnlyDictionary<string, string>> rows = [.. ArchiveCsv.Read(reader, CsvFile, findings).Select(r => r.Columns)];
        return findings.FirstOrDefault(f => f.Kind is FindingKind.Error or FindingKind.Skipped) is { } problem
            ? throw new InvalidDataException($"{CsvFile} {problem.Location}: {problem.Message}")
            : rows;
    }

    /// <summary>The Zotero items of zotero-items-from-ris.json, as JSON.</summary>
    public static JsonArray ZoteroItems() =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, "zotero-items-from-ris.json")))!.AsArray();

    /// <summary>The Zotero items' URL and <c>archiveLocation</c> (the Source string as the RIS <c>AN</c> tag carries it).</summary>
    public static IReadOnlyList<(string Url, string ArchiveLocation)> ZoteroSources() =>
        [.. ZoteroItems().Select(i => ((string)i!["url"]!, (string)i["archiveLocation"]!))];

    /// <summary>A Zotero item's title, date and <c>archiveLocation</c>, by its URL.</summary>
    public static (string Title, string Date, string ArchiveLocation) ZoteroItem(string url)
    {
        var item = ZoteroItems().Single(i => (string)i!["url"]! == url)!;
        return ((string)item["title"]!, (string)item["date"]!, (string)item["archiveLocation"]!);
    }

    /// <summary>The rows of records.csv as archival documents.</summary>
    public static IReadOnlyList<ArchivalDocument> FromCsv() => [.. Csv().Select(FromRow)];

    /// <summary>The Zotero items as archival documents (what the archive's record says, as Zotero got it).</summary>
    public static IReadOnlyList<ArchivalDocument> FromZotero() => [.. ZoteroItems().Select(item => FromZotero(item!.AsObject()))];

    private static ArchivalDocument FromRow(IReadOnlyDictionary<string, string> row)
    {
        var source = row["source"].Trim();
        var reference = ArchivalReference.Parse(source);
        var date = row["original_publication_date"];
        return new ArchivalDocument
        {
            Key = KeyOf(row["record_id"]),
            Name = row["title"],
            RecordId = row["record_id"],
            DateText = date,
            Date = PartialDate.TryParse(date, out var parsed) ? parsed : null,
            Summary = Text(row["summary"]),
            Authors = List(row["authors"]),
            Participants = List(row["document_contributors"]),
            Subjects = List(row["subjects_discussed"]),
            Places = List(row["associated_places"]),
            OriginalLanguages = [.. List(row["language"]).Select(Code)],
            Source = source,
            Reference = reference,
            RepositoryName = List(row["original_archive_title"]) is [var repository, ..] ? repository : null,
            Classification = Text(row["original_classification"]),
            Rights = Text(row["rights"]),
            FundingCredit = Text(row["credits"]),
            Donors = List(row["donors"]),
            OriginalUploadDate = DateOnly.TryParse(row["original_upload_date"], out var uploaded) ? uploaded : null,
            ArchiveUrl = row["document_url"],
            Translators = reference.Translators,
            Contributors = reference.Contributors,
            ObtainedBy = reference.ObtainedBy,
        };
    }

    private static ArchivalDocument FromZotero(JsonObject item)
    {
        var source = (string)item["archiveLocation"]!;
        var reference = ArchivalReference.Parse(source);
        var date = (string)item["date"]!;
        var url = (string)item["url"]!;
        return new ArchivalDocument
        {
            Key = KeyOf(url),
            Name = (string)item["title"]!,
            RecordId = url[(url.LastIndexOf('/') + 1)..],
            DateText = date,
            Date = PartialDate.Parse(date),
            Genre = (string?)item["manuscriptType"],
            Summary = (string?)item["abstractNote"],
            Authors = [.. item["creators"]!.AsArray().Select(c => c!["firstName"] is { } first ? $"{c["lastName"]}, {first}" : (string)c["lastName"]!)],
            Subjects = [.. item["tags"]!.AsArray().Select(t => (string)t!["tag"]!)],
            OriginalLanguages = [Code((string)item["language"]!)],
            Source = source,
            Reference = reference,
            ArchiveUrl = url,
            Translators = reference.Translators,
            Contributors = reference.Contributors,
            ObtainedBy = reference.ObtainedBy,
        };
    }

    private static string Code(string language) =>
        LanguageNames.CodeOf(language) ?? throw new InvalidDataException($"no language code for \"{language}\"");

    private static string? Text(string value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static List<string> List(string json) =>
        string.IsNullOrWhiteSpace(json) ? [] : JsonSerializer.Deserialize<List<string>>(json) ?? [];

    private static Guid KeyOf(string id) => new(SHA256.HashData(Encoding.UTF8.GetBytes("digital-archive:" + id)).AsSpan(0, 16));
}
