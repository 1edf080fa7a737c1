using HistoryCms.Core;
using HistoryCms.Core.Content;
using HistoryCms.Import.Planning;
using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace HistoryCms.Import.Archive;

/// <summary>
/// Digital Archive records from the archive's CSV or RIS exports (told apart by extension, then by the first line). Each
/// item carries a hash of its raw record (<see cref="ImportItem.InputFingerprint"/>); when <paramref name="isUnchanged"/>
/// says the record is as at the last import, the record is not mapped again.
/// </summary>
/// <param name="target">Where the documents go.</param>
/// <param name="isUnchanged">Asks whether a record (identity, raw hash) is unchanged since the last import, or <c>null</c>.</param>
public sealed class ArchiveRecordSource(ArchiveTarget target, Func<string, ulong, bool>? isUnchanged = null) : IImportSource
{
    /// <summary>Changes whenever the mapping changes, so that a new mapping is applied to records already imported.</summary>
    private const string MappingVersion = "archive-mapping-2";

    // Ends a column name or a cell in the hashed input (U+001F, the unit separator, as UTF-16).
    private static ReadOnlySpan<byte> CellEnd => [0x1F, 0x00];

    private static readonly IReadOnlyDictionary<string, string?> NoValues = new Dictionary<string, string?>();

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
        var context = Fingerprint.Of(string.Join('\n', [MappingVersion, target.ParentKey.ToString("N"), target.Level.ToString(System.Globalization.CultureInfo.InvariantCulture),
            .. target.Programs.Select(p => p.Key.ToString("N") + p.Name), created.UtcTicks.ToString(System.Globalization.CultureInfo.InvariantCulture)]));
        foreach (var record in Records(path, findings))
        {
            var raw = Combine(context, record);
            if (isUnchanged is not null && ArchiveDocumentMapper.IdentityOf(record) is { } identity && isUnchanged(identity, raw))
            {
                var key = ImportKeys.DocumentKey(identity);
                var stub = new ContentItem(key, HistoryAliases.ContentTypes.ArchivalDocument, string.Empty, target.ParentKey, 0, target.Level, created, created, string.Empty, NoValues);
                yield return new ImportItem(stub, identity) { InputFingerprint = raw, SameAsLastImport = true };
            }
            else if (ArchiveDocumentMapper.Map(record, target, findings, created) is { } item)
            {
                yield return item with { InputFingerprint = raw };
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

    // XXH3 over the record's cells (a record is ~14 KB: byte-at-a-time FNV over it was half of an unchanged re-import).
    // Only compared with the hash the state remembers; a state written with another hash makes each record be built once
    // more and compared field by field, never a conflict.
    private static ulong Combine(ulong context, ArchiveRecord record)
    {
        var hash = new XxHash3(unchecked((long)context));
        foreach (var (column, value) in record.Columns)
        {
            hash.Append(MemoryMarshal.AsBytes(column.AsSpan()));
            hash.Append(CellEnd);
            hash.Append(MemoryMarshal.AsBytes((value ?? string.Empty).AsSpan()));
            hash.Append(CellEnd);
        }

        var result = hash.GetCurrentHashAsUInt64();
        return result == 0 ? 1 : result;
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
