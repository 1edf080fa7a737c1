using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using HistoryCms.Core.Archival;
using HistoryCms.Core.Citations;
using HistoryCms.Core.Content;
using HistoryCms.Core.Dates;

namespace HistoryCms.Core.Tests.Citations.Citeproc;

/// <summary>
/// The real Digital Archive records of <c>tests/fixtures/digital-archive/</c> as typed archival documents: the 4 rows of
/// records.csv and the 2 items Zotero built from the archive's RIS. A hand-written mapping of the archive's fields onto
/// <see cref="ArchivalDocument"/>, doing what the content reader does with a stored record (the Source parsed, translators
/// taken from it); the importer will own this mapping later.
/// </summary>
internal static class DigitalArchiveRecords
{
    public static string Folder => Path.Combine(RepositoryPaths.Fixtures, "digital-archive");

    /// <summary>The Zotero items of zotero-items-from-ris.json, as JSON.</summary>
    public static JsonArray ZoteroItems() =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, "zotero-items-from-ris.json")))!.AsArray();

    /// <summary>The rows of records.csv as archival documents.</summary>
    public static IReadOnlyList<ArchivalDocument> FromCsv()
    {
        var rows = Csv.Read(File.ReadAllText(Path.Combine(Folder, "records.csv")));
        var header = rows[0];
        return [.. rows.Skip(1).Select(row => FromRow(header.Zip(row).ToDictionary(p => p.First, p => p.Second)))];
    }

    /// <summary>The Zotero items as archival documents (what the archive's record says, as Zotero got it).</summary>
    public static IReadOnlyList<ArchivalDocument> FromZotero() => [.. ZoteroItems().Select(item => FromZotero(item!.AsObject()))];

    private static ArchivalDocument FromRow(Dictionary<string, string> row)
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
