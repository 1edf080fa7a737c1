namespace HistoryCms.Import.Archive;

/// <summary>Digital Archive records from the archive's CSV or RIS exports (told apart by extension, then by the first line).</summary>
/// <param name="target">Where the documents go.</param>
public sealed class ArchiveRecordSource(ArchiveTarget target) : IImportSource
{
    /// <inheritdoc />
    public bool CanRead(string path)
    {
        var first = FirstLine(path);
        return ArchiveCsv.Recognises(path, first) || ArchiveRis.Recognises(path, first);
    }

    /// <inheritdoc />
    public IEnumerable<ImportItem> Read(string path, ICollection<ImportFinding> findings)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(findings);
        var written = File.GetLastWriteTimeUtc(path).Ticks;
        var created = new DateTimeOffset(written - (written % TimeSpan.TicksPerSecond), TimeSpan.Zero);
        foreach (var record in Records(path, findings))
        {
            if (ArchiveDocumentMapper.Map(record, target, findings, created) is { } item)
            {
                yield return item;
            }
        }
    }

    /// <summary>The records of a file, CSV or RIS.</summary>
    /// <param name="path">The file.</param>
    /// <param name="findings">Receives what the reader skipped or flagged.</param>
    /// <returns>The records, streaming.</returns>
    public static IEnumerable<ArchiveRecord> Records(string path, ICollection<ImportFinding> findings)
    {
        ArgumentNullException.ThrowIfNull(path);
        var first = FirstLine(path);
        var ris = ArchiveRis.Recognises(path, first) && !path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase);
        using var reader = ArchiveCsv.Open(path);
        var records = ris ? ArchiveRis.Read(reader, path, findings) : ArchiveCsv.Read(reader, path, findings);
        foreach (var record in records)
        {
            yield return record;
        }
    }

    private static string? FirstLine(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        using var reader = ArchiveCsv.Open(path);
        return reader.ReadLine();
    }
}
