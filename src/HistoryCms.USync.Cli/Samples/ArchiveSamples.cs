using HistoryCms.Core.Content;
using HistoryCms.Import;
using HistoryCms.Import.Archive;
using K = HistoryCms.USync.Cli.Samples.SampleKeys;

namespace HistoryCms.USync.Cli.Samples;

/// <summary>
/// The archival documents of the sample site made from real Digital Archive records (<c>tests/fixtures/digital-archive</c>:
/// records.csv and records.ris), read and mapped by the importer (<see cref="ArchiveRecordSource"/>,
/// <see cref="ArchiveDocumentMapper"/>) so that the sample and an import agree field for field. A document is linked to the
/// sample program whose name the record gives as the archive's owner. The sample keeps its fixed keys and dates; anything
/// the importer would report stops the writer, so the sample never holds a guess.
/// </summary>
public static class ArchiveSamples
{
    /// <summary>The fixtures' folder below the repository root.</summary>
    public static readonly string Folder = Path.Combine("tests", "fixtures", "digital-archive");

    private static readonly string[] Files = ["records.csv", "records.ris"];

    /// <summary>The fixture records: the CSV rows, then the RIS records.</summary>
    /// <param name="folder">The fixtures' folder.</param>
    /// <returns>The records, in file order.</returns>
    /// <exception cref="InvalidOperationException">A fixture file cannot be read cleanly.</exception>
    public static IReadOnlyList<ArchiveRecord> Records(string folder)
    {
        var findings = new List<ImportFinding>();
        var records = Files.SelectMany(name => ArchiveRecordSource.Records(Path.Combine(folder, name), findings)).ToList();
        return findings.Count == 0 ? records : throw new InvalidOperationException(Describe(findings[0]));
    }

    /// <summary>Builds the documents, under the archive folder.</summary>
    /// <param name="records">The records.</param>
    /// <param name="program">The program (key and name) that runs the Digital Archive, as the sample site has it.</param>
    /// <param name="firstSortOrder">The sort order of the first document among the archive folder's children.</param>
    /// <returns>The documents, in record order.</returns>
    /// <exception cref="InvalidOperationException">A record has no fixed key, or the importer reports anything about it.</exception>
    public static IReadOnlyList<ContentItem> Build(IEnumerable<ArchiveRecord> records, (Guid Key, string Name) program, int firstSortOrder)
    {
        ArgumentNullException.ThrowIfNull(records);
        var target = new ArchiveTarget(K.ArchiveFolder, 3, [program]);
        var documents = new List<ContentItem>();
        foreach (var record in records)
        {
            var findings = new List<ImportFinding>();
            var item = ArchiveDocumentMapper.Map(record, target, findings, SampleSite.Created);
            if (findings.Count > 0 || item is null)
            {
                throw new InvalidOperationException(findings.Count > 0 ? Describe(findings[0]) : $"{record.Location}: the record is not imported.");
            }

            var key = K.ArchiveRecords.TryGetValue(item.IdentitySource, out var fixedKey)
                ? fixedKey
                : throw new InvalidOperationException($"Digital Archive record {item.IdentitySource} has no fixed key in SampleKeys.ArchiveRecords.");
            documents.Add(item.Content with { Key = key, SortOrder = firstSortOrder + documents.Count, CreateDate = SampleSite.Created, UpdateDate = SampleSite.Created });
        }

        return documents;
    }

    private static string Describe(ImportFinding finding) =>
        $"{Path.GetFileName(finding.File)}, {finding.Location}{(finding.Field is null ? string.Empty : ", " + finding.Field)}: {finding.Message}";
}
