using System.Text;

namespace HistoryCms.Import.Archive;

/// <summary>
/// Reads the Digital Archive's CSV (its column set: see <see cref="ArchiveColumns"/>) as records, streaming. A row with
/// another number of cells than the header, or a quote never closed, is skipped and reported with its line.
/// </summary>
public static class ArchiveCsv
{
    /// <summary>Whether a file looks like the archive's CSV: a <c>.csv</c> name, or a first line naming <c>record_id</c> and <c>title</c>.</summary>
    /// <param name="path">The file.</param>
    /// <param name="firstLine">The file's first line.</param>
    /// <returns><c>true</c> when it does.</returns>
    public static bool Recognises(string path, string? firstLine) =>
        path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)
        || (firstLine is not null && firstLine.Contains(ArchiveColumns.RecordId, StringComparison.Ordinal) && firstLine.Contains(ArchiveColumns.Title, StringComparison.Ordinal) && firstLine.Contains(','));

    /// <summary>Reads the records of a CSV text.</summary>
    /// <param name="reader">The text.</param>
    /// <param name="file">The file name, for the records and findings.</param>
    /// <param name="findings">Receives a finding per skipped row and per column that is not imported.</param>
    /// <returns>The records, in file order.</returns>
    public static IEnumerable<ArchiveRecord> Read(TextReader reader, string file, ICollection<ImportFinding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        using var rows = CsvRows.Read(reader).GetEnumerator();
        if (!rows.MoveNext())
        {
            findings.Add(new(file, "line 1", null, FindingKind.Error, "The file is empty: it has no header row."));
            yield break;
        }

        var header = rows.Current.Cells.Select(h => h.Trim().TrimStart('\uFEFF')).ToArray();
        if (!header.Contains(ArchiveColumns.RecordId) || !header.Contains(ArchiveColumns.Title))
        {
            findings.Add(new(file, "line 1", null, FindingKind.Error,
                $"The header does not name the archive's columns \"{ArchiveColumns.RecordId}\" and \"{ArchiveColumns.Title}\": this is not a Digital Archive export; nothing in it is imported."));
            yield break;
        }

        foreach (var unknown in header.Where(h => !ArchiveColumns.Mapped.Contains(h) && !ArchiveColumns.ScrapeArtefacts.Contains(h)))
        {
            findings.Add(new(file, "line 1", unknown, FindingKind.Flagged, $"The column \"{unknown}\" is not one of the archive's columns the importer knows; its cells are not imported."));
        }

        while (rows.MoveNext())
        {
            var row = rows.Current;
            var location = $"line {row.Line}";
            if (row.Problem is not null && row.Problem.Contains("never closed", StringComparison.Ordinal))
            {
                findings.Add(new(file, location, null, FindingKind.Skipped, $"Malformed row: {row.Problem}. The row is not imported."));
                continue;
            }

            if (row.Cells.Count != header.Length)
            {
                findings.Add(new(file, location, null, FindingKind.Skipped,
                    $"Malformed row: it has {row.Cells.Count} cells where the header has {header.Length}{(row.Problem is null ? string.Empty : $" ({row.Problem})")}. The row is not imported."));
                continue;
            }

            if (row.Problem is not null)
            {
                findings.Add(new(file, location, null, FindingKind.Guessed, $"Irregular quoting: {row.Problem}; the cell is read as written."));
            }

            var columns = new Dictionary<string, string>(header.Length, StringComparer.Ordinal);
            for (var i = 0; i < header.Length; i++)
            {
                columns[header[i]] = row.Cells[i];
            }

            yield return new ArchiveRecord(columns, file, location);
        }
    }

    /// <summary>Opens a file for <see cref="Read(TextReader, string, ICollection{ImportFinding})"/> (UTF-8, a byte order mark is skipped).</summary>
    /// <param name="path">The file.</param>
    /// <returns>The reader.</returns>
    public static StreamReader Open(string path) =>
        new(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan), new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, 1 << 16);
}
