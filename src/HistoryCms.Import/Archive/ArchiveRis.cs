using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace HistoryCms.Import.Archive;

/// <summary>
/// Reads the Digital Archive's RIS export (<c>TY  - MANSCPT</c> ... <c>ER  -</c>, several records per file) into records
/// with the archive's CSV column names: TI title, AU authors, DA/PY date, AB summary, DB archive, AN Source, LA language,
/// M3 document type, UR page (and the record ID when the address ends in a number, or the <c>ID</c> tag), KW subjects.
/// A record without its <c>ER</c> line is skipped (it may be cut off) and reported.
/// </summary>
public static partial class ArchiveRis
{
    private static readonly HashSet<string> Ignored = new(["DP", "N1", "L1", "L2", "L4", "Y2", "ET", "ST"], StringComparer.Ordinal);

    /// <summary>Whether a file looks like RIS: a <c>.ris</c> name, or a first line that is a <c>TY</c> tag.</summary>
    /// <param name="path">The file.</param>
    /// <param name="firstLine">The file's first line.</param>
    /// <returns><c>true</c> when it does.</returns>
    public static bool Recognises(string path, string? firstLine) =>
        path.EndsWith(".ris", StringComparison.OrdinalIgnoreCase)
        || (firstLine is not null && firstLine.TrimStart('\uFEFF').StartsWith("TY  -", StringComparison.Ordinal));

    /// <summary>Reads the records of an RIS text, streaming.</summary>
    /// <param name="reader">The text.</param>
    /// <param name="file">The file name, for the records and findings.</param>
    /// <param name="findings">Receives a finding per skipped record and per tag that is not imported.</param>
    /// <returns>The complete records, in file order.</returns>
    public static IEnumerable<ArchiveRecord> Read(TextReader reader, string file, ICollection<ImportFinding> findings)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(findings);
        List<(string Tag, string Value)>? tags = null;
        var number = 0;
        var start = 0;
        var lineNumber = 0;
        while (reader.ReadLine() is { } raw)
        {
            lineNumber++;
            var line = lineNumber == 1 ? raw.TrimStart('\uFEFF') : raw;
            var match = TagLine().Match(line);
            if (!match.Success)
            {
                if (tags is { Count: > 0 } && line.Trim().Length > 0)
                {
                    tags[^1] = (tags[^1].Tag, tags[^1].Value + "\n" + line.Trim());
                }
                else if (line.Trim().Length > 0)
                {
                    findings.Add(new(file, $"line {lineNumber}", null, FindingKind.Skipped, "Text outside any RIS record (before its TY line) is not imported."));
                }

                continue;
            }

            var tag = match.Groups[1].Value;
            var value = match.Groups[2].Value.Trim();
            if (tag == "TY")
            {
                if (tags is not null)
                {
                    findings.Add(new(file, Where(number, start), null, FindingKind.Skipped,
                        $"The record has no ER line before the next record's TY on line {lineNumber}: it may be cut off, so it is not imported."));
                }

                number++;
                start = lineNumber;
                tags = [(tag, value)];
            }
            else if (tags is null)
            {
                findings.Add(new(file, $"line {lineNumber}", tag, FindingKind.Skipped, $"The tag {tag} stands outside any record (no TY line before it); it is not imported."));
            }
            else if (tag == "ER")
            {
                yield return ToRecord(tags, file, Where(number, start), findings);
                tags = null;
            }
            else
            {
                tags.Add((tag, value));
            }
        }

        if (tags is not null)
        {
            findings.Add(new(file, Where(number, start), null, FindingKind.Skipped, "The file ends inside this record (no ER line): it may be cut off, so it is not imported."));
        }
    }

    private static string Where(int number, int line) => $"record {number} (line {line})";

    private static ArchiveRecord ToRecord(List<(string Tag, string Value)> tags, string file, string location, ICollection<ImportFinding> findings)
    {
        var columns = new Dictionary<string, string>(StringComparer.Ordinal);
        string? First(params string[] names) => tags.FirstOrDefault(t => names.Contains(t.Tag) && t.Value.Length > 0).Value;
        string All(params string[] names) => JsonSerializer.Serialize(tags.Where(t => names.Contains(t.Tag) && t.Value.Length > 0).Select(t => t.Value).ToArray());

        if (First("TY") is { } type && !string.Equals(type, "MANSCPT", StringComparison.Ordinal))
        {
            findings.Add(new(file, location, "TY", FindingKind.Flagged, $"The record's type is {type}, not the archive's MANSCPT; it is imported as an archival document."));
        }

        Put(columns, ArchiveColumns.Title, First("TI", "T1"));
        columns[ArchiveColumns.Authors] = All("AU", "A1");
        Put(columns, ArchiveColumns.PublicationDate, First("DA", "PY", "Y1") is { } date ? PrintedDate(date) : null);
        Put(columns, ArchiveColumns.Summary, First("AB", "N2"));
        Put(columns, ArchiveColumns.Archive, First("DB"));
        Put(columns, ArchiveColumns.Source, First("AN"));
        columns[ArchiveColumns.Language] = All("LA");
        Put(columns, ArchiveColumns.Genre, First("M3"));
        Put(columns, ArchiveColumns.DocumentUrl, First("UR"));
        columns[ArchiveColumns.Subjects] = All("KW");
        Put(columns, ArchiveColumns.RecordId, First("ID") ?? RecordIdOf(First("UR")));

        foreach (var tag in tags.Select(t => t.Tag).Distinct().Where(t => !Known(t)))
        {
            findings.Add(new(file, location, tag, FindingKind.Flagged, $"The RIS tag {tag} has no property in the content model; its value is not imported."));
        }

        return new ArchiveRecord(columns, file, location);
    }

    private static bool Known(string tag) =>
        Ignored.Contains(tag) || tag is "TY" or "TI" or "T1" or "AU" or "A1" or "DA" or "PY" or "Y1" or "AB" or "N2" or "DB" or "AN" or "LA" or "M3" or "UR" or "KW" or "ID";

    private static void Put(Dictionary<string, string> columns, string column, string? value)
    {
        if (value is not null)
        {
            columns[column] = value;
        }
    }

    /// <summary>The record ID at the end of an archive address (<c>.../document/121893</c>), or <c>null</c> when the address ends in a slug.</summary>
    /// <param name="url">The address.</param>
    /// <returns>The record ID, or <c>null</c>.</returns>
    public static string? RecordIdOf(string? url)
    {
        var match = url is null ? Match.Empty : RecordUrl().Match(url);
        return match.Success ? match.Groups[1].Value : null;
    }

    /// <summary>An RIS date (<c>YYYY/MM/DD/other</c>) as the archive prints dates (<c>1989-12-06</c>, <c>1958</c>, <c>c. 1958</c>); other text as it is.</summary>
    /// <param name="date">The tag's value.</param>
    /// <returns>The date text for <see cref="Core.Dates.PartialDate"/>.</returns>
    public static string PrintedDate(string date)
    {
        ArgumentNullException.ThrowIfNull(date);
        var match = RisDate().Match(date.Trim());
        if (!match.Success)
        {
            return date.Trim();
        }

        var text = match.Groups[1].Value;
        foreach (var part in new[] { match.Groups[2].Value, match.Groups[3].Value }.TakeWhile(p => p.Length > 0))
        {
            text += "-" + int.Parse(part, CultureInfo.InvariantCulture).ToString("00", CultureInfo.InvariantCulture);
        }

        var other = match.Groups[4].Value.Trim();
        return other.Equals("circa", StringComparison.OrdinalIgnoreCase) || other.Equals("c.", StringComparison.OrdinalIgnoreCase) ? "c. " + text : text;
    }

    [GeneratedRegex(@"^([A-Z][A-Z0-9])  -(?: (.*))?$")]
    private static partial Regex TagLine();

    [GeneratedRegex(@"/document/(\d+)/?(?:[?#].*)?$")]
    private static partial Regex RecordUrl();

    [GeneratedRegex(@"^(\d{4})/(\d{1,2})?/(\d{1,2})?/?(.*)$")]
    private static partial Regex RisDate();
}
