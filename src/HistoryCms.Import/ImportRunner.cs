using HistoryCms.Core;
using HistoryCms.Core.Content;
using HistoryCms.Import.Planning;
using HistoryCms.Import.Reporting;

using System.Collections.Concurrent;

namespace HistoryCms.Import;

/// <summary>What to import and where.</summary>
/// <param name="USyncFolder">The uSync folder (its <c>Content</c> folder receives the items).</param>
/// <param name="Files">The input files.</param>
/// <param name="DryRun">Plan and report, write nothing.</param>
/// <param name="Rules">The user's replacement rules.</param>
public sealed record ImportOptions(string USyncFolder, IReadOnlyList<string> Files, bool DryRun, ReplaceRules Rules);

/// <summary>How far an import is.</summary>
/// <param name="File">The file being read.</param>
/// <param name="FileIndex">Its 1-based position among the files.</param>
/// <param name="FileCount">How many files there are.</param>
/// <param name="Items">Items handled so far, over all files.</param>
public readonly record struct ImportProgress(string File, int FileIndex, int FileCount, int Items);

/// <summary>
/// Runs an import: loads the target folder, reads each file through the first source that reads it, and for each item
/// merges it with what is there (<see cref="ItemPlanner"/>), writes what changed atomically, and remembers what it wrote.
/// </summary>
public static class ImportRunner
{
    /// <summary>How many items the reading thread hands over at once.</summary>
    private const int BatchSize = 16;

    /// <summary>Runs an import.</summary>
    /// <param name="options">What and where.</param>
    /// <param name="sources">Builds the sources for the loaded folder (e.g. the archive source needs the archive folder's key); may add findings.</param>
    /// <param name="progress">Receives progress now and then, or <c>null</c>.</param>
    /// <returns>The report.</returns>
    public static ImportReport Run(ImportOptions options, Func<ContentFolder, ItemPlanner, IReadOnlyList<IImportSource>> sources, Action<ImportProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(sources);
        var report = new ImportReport { DryRun = options.DryRun };
        var folder = ContentFolder.Load(options.USyncFolder, removeLeftovers: !options.DryRun);
        using var state = folder.State;
        report.Findings.AddRange(folder.Problems);
        var planner = new ItemPlanner(folder, report, options.DryRun, options.Rules.Signature);
        var readers = sources(folder, planner);
        var items = 0;
        for (var i = 0; i < options.Files.Count; i++)
        {
            var file = options.Files[i];
            progress?.Invoke(new(file, i + 1, options.Files.Count, items));
            if (!File.Exists(file))
            {
                report.Findings.Add(new(file, "file", null, FindingKind.Error, "The file does not exist; nothing in it is imported."));
                continue;
            }

            var source = readers.FirstOrDefault(s => s.CanRead(file));
            if (source is null)
            {
                report.Findings.Add(new(file, "file", null, FindingKind.Error, "The file is neither the archive's CSV nor RIS, nor a page the importer reads; nothing in it is imported."));
                continue;
            }

            items = Pipeline(source, file, options.Rules, report, planner, items, count => progress?.Invoke(new(file, i + 1, options.Files.Count, count)));
        }

        report.Skipped += report.Findings.Count(f => f.Kind == FindingKind.Skipped && f.Field is null);
        planner.Finish();
        progress?.Invoke(new(options.Files.Count == 0 ? string.Empty : options.Files[^1], options.Files.Count, options.Files.Count, items));
        return report;
    }

    /// <summary>
    /// Reads one file on a second thread (reading and mapping records) while this thread plans and writes them, through a
    /// bounded queue of batches (one hand-over per <see cref="BatchSize"/> items: handing over each item made the two threads
    /// spin-wait on each other hundreds of thousands of times per 10,000 records). Few items are in flight (two batches
    /// queued): items held across garbage collections are promoted and die in generation 2, which grew the first import of
    /// 100,000 records to 353 MB with 64-item batches four deep, 259 MB with these. Findings travel with their item, so the
    /// report keeps the input's order.
    /// </summary>
    private static int Pipeline(IImportSource source, string file, ReplaceRules rules, ImportReport report, ItemPlanner planner, int items, Action<int> progress)
    {
        using var queue = new BlockingCollection<List<(ImportItem? Item, ImportFinding[] Findings)>>(boundedCapacity: 2);
        var reader = Task.Run(() =>
        {
            try
            {
                var findings = new List<ImportFinding>();
                var batch = new List<(ImportItem? Item, ImportFinding[] Findings)>(BatchSize);
                foreach (var item in source.Read(file, findings))
                {
                    var replaced = item.SameAsLastImport || source.AppliesRules ? item : rules.Apply(item, file, findings);
                    batch.Add((replaced, [.. findings]));
                    findings.Clear();
                    if (batch.Count == BatchSize)
                    {
                        queue.Add(batch);
                        batch = new(BatchSize);
                    }
                }

                batch.Add((null, [.. findings]));
                queue.Add(batch);
            }
            finally
            {
                queue.CompleteAdding();
            }
        });

        foreach (var batch in queue.GetConsumingEnumerable())
        {
            foreach (var (item, findings) in batch)
            {
                report.Findings.AddRange(findings);
                if (item is null)
                {
                    continue;
                }

                planner.Apply(item, file);
                if (++items % 500 == 0)
                {
                    progress(items);
                }
            }
        }

        reader.GetAwaiter().GetResult();
        return items;
    }

    /// <summary>The archive folder to import documents into: the folder's first, or (when it has none) a new one at the root, reported.</summary>
    /// <param name="folder">The loaded folder.</param>
    /// <param name="planner">The planner, which writes a new folder.</param>
    /// <returns>The target.</returns>
    public static Archive.ArchiveTarget ArchiveTarget(ContentFolder folder, ItemPlanner planner)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(planner);
        var programs = folder.Others.Values.Where(n => n.ContentType == HistoryAliases.ContentTypes.Program && !n.Trashed)
            .OrderBy(n => n.Path, StringComparer.Ordinal).Select(n => (n.Key, n.Name)).ToList();
        if (folder.FirstOfType(HistoryAliases.ContentTypes.ArchiveFolder) is { } archive)
        {
            return new(archive.Key, planner.LevelOf(archive.Key) + 1, programs);
        }

        var key = ImportKeys.For("folder", HistoryAliases.ContentTypes.ArchiveFolder);
        var item = new ContentItem(key, HistoryAliases.ContentTypes.ArchiveFolder, "Archive", null, 0, 1, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, string.Empty,
            new Dictionary<string, string?>());
        planner.WriteFolder(item);
        return new(key, 2, programs);
    }
}
