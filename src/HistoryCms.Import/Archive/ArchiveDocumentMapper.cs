using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using HistoryCms.Core;
using HistoryCms.Core.Archival;
using HistoryCms.Core.Citations;
using HistoryCms.Core.Content;
using HistoryCms.Core.ContentModel;
using HistoryCms.Core.Dates;
using C = HistoryCms.Import.Archive.ArchiveColumns;
using P = HistoryCms.Core.HistoryAliases.Properties;

namespace HistoryCms.Import.Archive;

/// <summary>Where imported documents go: their parent (the archive folder) and the programs a record can name as its owner.</summary>
/// <param name="ParentKey">The archive folder's key.</param>
/// <param name="Level">The documents' level (the folder's level + 1).</param>
/// <param name="Programs">The site's programs (key, name): a record whose rights or archive names one is linked to it.</param>
public sealed record ArchiveTarget(Guid ParentKey, int Level, IReadOnlyList<(Guid Key, string Name)> Programs);

/// <summary>
/// Maps a Digital Archive record (CSV or RIS) onto an archival document, every field to its property: the date through
/// <see cref="PartialDate"/> (stored as EDTF), language names to ISO 639-1 codes, the Source as printed (the content reader
/// parses it through <see cref="ArchivalReference"/>; the importer reports what it cannot read), people and other names one
/// per line, places and subjects as tags. What cannot be stored is reported, never dropped silently.
/// </summary>
public static partial class ArchiveDocumentMapper
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly HashSet<string> OfferedLanguages = Options(HistoryContentModel.DataTypeKeys.Languages);
    private static readonly HashSet<string> OfferedTypes = Options(HistoryContentModel.DataTypeKeys.Genre);

    /// <summary>The identity of a record: its record ID, else (a RIS record whose address ends in a slug) its archive address.</summary>
    /// <param name="record">The record.</param>
    /// <returns>The identity, or <c>null</c> when the record has neither.</returns>
    public static string? IdentityOf(ArchiveRecord record) => record[C.RecordId] ?? record[C.DocumentUrl];

    /// <summary>Maps a record.</summary>
    /// <param name="record">The record.</param>
    /// <param name="target">Where documents go.</param>
    /// <param name="findings">Receives what was repaired, guessed, flagged or skipped, by field.</param>
    /// <param name="fallbackCreated">The create date when the record has no upload date (the input file's time: the same on every run).</param>
    /// <returns>The item, or <c>null</c> when the record has no identity or no title (reported as skipped).</returns>
    public static ImportItem? Map(ArchiveRecord record, ArchiveTarget target, ICollection<ImportFinding> findings, DateTimeOffset fallbackCreated)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(findings);
        void Report(string? field, FindingKind kind, string message) => findings.Add(new(record.File, record.Location, field, kind, message));

        var identity = IdentityOf(record);
        if (identity is null)
        {
            Report(C.RecordId, FindingKind.Skipped, "The record has neither a record ID nor an archive address, so a re-run could not find it again; it is not imported.");
            return null;
        }

        var title = record[C.Title];
        if (title is null)
        {
            Report(C.Title, FindingKind.Skipped, $"Record {identity} has no title (the node name); it is not imported.");
            return null;
        }

        if (record[C.RecordId] is null)
        {
            Report(C.RecordId, FindingKind.Flagged, $"The record has no record ID; it is identified by its archive address {identity}.");
        }

        var values = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            [P.RecordId] = record[C.RecordId],
            [P.ArchiveUrl] = record[C.DocumentUrl],
            [P.DocumentDate] = Date(record, Report),
            [P.Genre] = Genre(record, Report),
            [P.Summary] = record[C.Summary],
            [P.Translation] = Paragraphs(record[C.TextBody]),
            [P.DocumentAuthors] = Lines(List(record, C.Authors, Report)),
            [P.Participants] = Lines(List(record, C.Contributors, Report)),
            [P.People] = Lines(List(record, C.People, Report)),
            [P.Places] = Tags(List(record, C.Places, Report)),
            [P.Subjects] = Tags(List(record, C.Subjects, Report)),
            [P.Source] = Source(record, Report),
            [P.Repository] = List(record, C.ArchiveTitle, Report) is { Count: > 0 } repositories ? string.Join("; ", repositories) : null,
            [P.OriginalLanguages] = Languages(record, Report),
            [P.Rights] = record[C.Rights],
            [P.Classification] = record[C.Classification],
            [P.Donors] = Lines(List(record, C.Donors, Report)),
            [P.OriginalUploadDate] = UploadDate(record, Report),
            [P.FundingCredit] = record[C.Credits],
            [P.Programs] = ProgramOf(record[C.Rights] ?? record[C.Archive], target.Programs),
        };

        var created = record[C.UploadDate] is { } day && DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var upload)
            ? new DateTimeOffset(upload.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)
            : fallbackCreated;
        var item = new ContentItem(ImportKeys.DocumentKey(identity), HistoryAliases.ContentTypes.ArchivalDocument, title, target.ParentKey, 0, target.Level,
            created, created, string.Empty, values);
        return new ImportItem(item, identity);
    }

    private static string? Date(ArchiveRecord record, Action<string?, FindingKind, string> report)
    {
        if (record[C.PublicationDate] is not { } printed)
        {
            return null;
        }

        if (PartialDate.TryParse(printed, out var date, out var error))
        {
            return date.ToEdtf();
        }

        report(C.PublicationDate, FindingKind.Flagged, $"The date \"{printed}\" cannot be read as a date ({error}); it is kept as printed, so it neither sorts nor filters until an editor corrects it.");
        return printed;
    }

    private static string? Genre(ArchiveRecord record, Action<string?, FindingKind, string> report)
    {
        if (record[C.Genre] is not { } type)
        {
            return null;
        }

        if (OfferedTypes.FirstOrDefault(t => string.Equals(t, type, StringComparison.OrdinalIgnoreCase)) is { } offered)
        {
            return JsonSerializer.Serialize(new[] { offered }, Json);
        }

        report(C.Genre, FindingKind.Skipped, $"The document type \"{type}\" is not one the Document type list offers; the field is left empty (add the type to the list, then re-run).");
        return null;
    }

    private static string? Languages(ArchiveRecord record, Action<string?, FindingKind, string> report)
    {
        var codes = new List<string>();
        foreach (var name in List(record, C.Language, report))
        {
            var code = LanguageNames.CodeOf(name) ?? (name.Length is 2 or 3 && OfferedLanguages.Contains(name.ToLowerInvariant()) ? name.ToLowerInvariant() : null);
            if (code is not null && OfferedLanguages.Contains(code))
            {
                codes.Add(code);
            }
            else
            {
                report(C.Language, FindingKind.Skipped, $"The language \"{name}\" has no ISO 639-1 code among the languages the Original languages list offers; it is not imported.");
            }
        }

        return Tags([.. codes.Distinct(StringComparer.Ordinal)]);
    }

    private static string? Source(ArchiveRecord record, Action<string?, FindingKind, string> report)
    {
        if (record[C.Source] is not { } source)
        {
            return null;
        }

        var reference = ArchivalReference.Parse(source);
        if (reference.Repository is null && reference.Parts.Count == 0 && reference.Credits.Count == 0)
        {
            report(C.Source, FindingKind.Flagged, $"The Source \"{source}\" names no repository, reference or credit the reference parser knows; it is kept as printed.");
        }

        return source;
    }

    private static string? UploadDate(ArchiveRecord record, Action<string?, FindingKind, string> report)
    {
        if (record[C.UploadDate] is not { } day)
        {
            return null;
        }

        if (DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            || DateOnly.TryParse(day, CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return date.ToDateTime(TimeOnly.MinValue).ToString("s", CultureInfo.InvariantCulture);
        }

        report(C.UploadDate, FindingKind.Skipped, $"The upload date \"{day}\" is not a day (yyyy-MM-dd); the field is left empty.");
        return null;
    }

    private static IReadOnlyList<string> List(ArchiveRecord record, string column, Action<string?, FindingKind, string> report)
    {
        try
        {
            return record.List(column);
        }
        catch (FormatException e)
        {
            report(column, FindingKind.Guessed, e.Message + " The cell is imported as one value.");
            return record[column] is { } cell ? [cell] : [];
        }
    }

    /// <summary>A text body as paragraphs, one per line, HTML-escaped; runs of spaces (the scrape's layout) become one.</summary>
    /// <param name="text">The plain text.</param>
    /// <returns>The HTML, or <c>null</c> when the text is empty.</returns>
    public static string? Paragraphs(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var html = new StringBuilder(text.Length + 64);
        foreach (var line in text.Split('\n'))
        {
            var paragraph = Spaces().Replace(line, " ").Trim();
            if (paragraph.Length > 0)
            {
                html.Append("<p>").Append(paragraph.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal)).Append("</p>\n");
            }
        }

        return html.Length == 0 ? null : html.ToString().TrimEnd('\n');
    }

    private static string? ProgramOf(string? owner, IReadOnlyList<(Guid Key, string Name)> programs)
    {
        if (owner is null)
        {
            return null;
        }

        var keys = programs.Where(p => owner.Contains(p.Name, StringComparison.Ordinal)).Select(p => $"umb://document/{p.Key:N}").ToList();
        return keys.Count == 0 ? null : string.Join(',', keys);
    }

    private static string? Lines(IReadOnlyList<string> values) => values.Count == 0 ? null : string.Join('\n', values);

    private static string? Tags(IReadOnlyList<string> values) => values.Count == 0 ? null : JsonSerializer.Serialize(values, Json);

    private static HashSet<string> Options(Guid dataType) =>
        [.. (IEnumerable<string>)HistoryContentModel.FindDataType(dataType)!.Configuration["items"]];

    [GeneratedRegex("[ \\t\\u00A0]{2,}")]
    private static partial Regex Spaces();
}
