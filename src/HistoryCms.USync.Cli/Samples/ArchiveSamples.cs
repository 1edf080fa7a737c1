using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using HistoryCms.Core.Content;
using HistoryCms.Core.ContentModel;
using HistoryCms.Core.Dates;
using A = HistoryCms.Core.HistoryAliases.DocumentTypes;
using K = HistoryCms.USync.Cli.Samples.SampleKeys;
using P = HistoryCms.Core.HistoryAliases.Properties;

namespace HistoryCms.USync.Cli.Samples;

/// <summary>
/// The archival documents of the sample site made from real Digital Archive records, by a hand-written mapping of the
/// archive's fields to the content model. Only what a record gives is filled in; a field it leaves empty stays empty.
/// A document is linked to the sample program whose name the record gives as the archive's owner (the rights statement of
/// the CSV records, the <c>archive</c> of the Zotero items), and to no program otherwise.
/// </summary>
public static partial class ArchiveSamples
{
    /// <summary>Builds the documents, under the archive folder.</summary>
    /// <param name="records">The CSV records.</param>
    /// <param name="items">The Zotero items.</param>
    /// <param name="program">The program (key and name) that runs the Digital Archive, as the sample site has it.</param>
    /// <param name="firstSortOrder">The sort order of the first document among the archive folder's children.</param>
    /// <returns>The documents, CSV records first, in file order.</returns>
    /// <exception cref="InvalidOperationException">A record has no fixed key, or gives a language or document type the model does not offer.</exception>
    public static IReadOnlyList<ContentItem> Build(IReadOnlyList<ArchiveRecord> records, IReadOnlyList<ZoteroItem> items, (Guid Key, string Name) program, int firstSortOrder)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(items);
        var documents = records.Select(r => FromRecord(r, program)).Concat(items.Select(i => FromZotero(i, program))).ToList();
        return [.. documents.Select((d, i) => Item(d.Key, d.Name, firstSortOrder + i, d.Values))];
    }

    private static (Guid Key, string Name, Dictionary<string, string?> Values) FromRecord(ArchiveRecord record, (Guid Key, string Name) program)
    {
        var id = record["record_id"] ?? throw new InvalidOperationException("A Digital Archive record has no record_id.");
        var key = K.ArchiveRecords.TryGetValue(id, out var fixedKey)
            ? fixedKey
            : throw new InvalidOperationException($"Digital Archive record {id} has no fixed key in SampleKeys.ArchiveRecords.");
        var title = record["title"] ?? throw new InvalidOperationException($"Digital Archive record {id} has no title.");
        return (key, title, new()
        {
            [P.DocumentDate] = Edtf(record["original_publication_date"]),
            [P.Summary] = record["summary"],
            [P.Translation] = Paragraphs(record["text_body"]),
            [P.DocumentAuthors] = Lines(record.List("authors")),
            [P.Places] = Tags(record.List("associated_places")),
            [P.Subjects] = Tags(record.List("subjects_discussed")),
            [P.People] = Lines(record.List("associated_people_orgs")),
            [P.Participants] = Lines(record.List("document_contributors")),
            [P.Source] = record["source"],
            [P.Repository] = record.List("original_archive_title") is { Count: > 0 } repositories ? string.Join("; ", repositories) : null,
            [P.OriginalLanguages] = Languages(record.List("language")),
            [P.Rights] = record["rights"],
            [P.RecordId] = id,
            [P.Classification] = record["original_classification"],
            [P.Donors] = Lines(record.List("donors")),
            [P.OriginalUploadDate] = UploadDate(record["original_upload_date"]),
            [P.ArchiveUrl] = record["document_url"],
            [P.FundingCredit] = record["credits"],
            [P.Programs] = ProgramOf(record["rights"], program),
        });
    }

    private static (Guid Key, string Name, Dictionary<string, string?> Values) FromZotero(ZoteroItem item, (Guid Key, string Name) program)
    {
        var key = K.ArchiveRecords.TryGetValue(item.Url, out var fixedKey)
            ? fixedKey
            : throw new InvalidOperationException($"The Zotero item {item.Url} has no fixed key in SampleKeys.ArchiveRecords.");
        return (key, item.Title, new()
        {
            [P.DocumentDate] = Edtf(item.Date),
            [P.DocumentType] = DocumentType(item.ManuscriptType),
            [P.Summary] = item.Abstract,
            [P.DocumentAuthors] = Lines(item.Authors),
            [P.Subjects] = Tags(item.Tags),
            [P.Source] = item.ArchiveLocation,
            [P.OriginalLanguages] = Languages(item.Language is { } language ? [language] : []),
            [P.ArchiveUrl] = item.Url,
            [P.Programs] = ProgramOf(item.Archive, program),
        });
    }

    /// <summary>A text body as paragraphs, one per line, HTML-escaped; runs of spaces (the scrape's layout) become one.</summary>
    private static string? Paragraphs(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var html = new StringBuilder();
        foreach (var line in text.Split('\n').Select(l => Spaces().Replace(l, " ").Trim()).Where(l => l.Length > 0))
        {
            html.Append("<p>").Append(SampleValues.EscapeHtml(line)).Append("</p>\n");
        }

        return html.Length == 0 ? null : html.ToString().TrimEnd('\n');
    }

    private static string? Edtf(string? printed) =>
        printed is null ? null
        : PartialDate.TryParse(printed, out var date) ? date.ToEdtf()
        : throw new InvalidOperationException($"The record's date \"{printed}\" is not a date the model can store.");

    private static string? UploadDate(string? day) =>
        day is null ? null
        : DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date.ToDateTime(TimeOnly.MinValue).ToString("s", CultureInfo.InvariantCulture)
            : throw new InvalidOperationException($"The upload date \"{day}\" is not a yyyy-MM-dd day.");

    /// <summary>ISO 639-1 codes of languages the archive names in English ("German"), among the codes the model offers.</summary>
    private static string? Languages(IReadOnlyList<string> names)
    {
        var offered = Options(HistoryContentModel.DataTypeKeys.Languages);
        var codes = names.Select(name => CultureInfo.GetCultures(CultureTypes.NeutralCultures)
                .FirstOrDefault(c => string.Equals(c.EnglishName, name, StringComparison.OrdinalIgnoreCase) && offered.Contains(c.TwoLetterISOLanguageName))
                ?.TwoLetterISOLanguageName
            ?? throw new InvalidOperationException($"The language \"{name}\" is not one the Languages data type offers."));
        return Tags([.. codes]);
    }

    private static string? DocumentType(string? type) =>
        type is null ? null
        : Options(HistoryContentModel.DataTypeKeys.DocumentType).Contains(type) ? SampleValues.JsonArray(type)
        : throw new InvalidOperationException($"The document type \"{type}\" is not one the Document type data type offers.");

    private static HashSet<string> Options(Guid dataType) =>
        [.. (IEnumerable<string>)HistoryContentModel.FindDataType(dataType)!.Configuration["items"]];

    private static string? ProgramOf(string? owner, (Guid Key, string Name) program) =>
        owner?.Contains(program.Name, StringComparison.Ordinal) == true ? SampleValues.Udis(program.Key) : null;

    private static string? Lines(IReadOnlyList<string> values) => values.Count == 0 ? null : string.Join('\n', values);

    private static string? Tags(IReadOnlyList<string> values) => values.Count == 0 ? null : SampleValues.JsonArray([.. values]);

    private static ContentItem Item(Guid key, string name, int sortOrder, Dictionary<string, string?> values) =>
        new(key, A.ArchivalDocument, name, K.ArchiveFolder, sortOrder, 3, SampleSite.Created, SampleSite.Created, string.Empty, values);

    [GeneratedRegex("[ \\t\\u00A0]{2,}")]
    private static partial Regex Spaces();
}
