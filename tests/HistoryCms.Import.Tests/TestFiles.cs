using HistoryCms.Core.Content;
using HistoryCms.Import.Reporting;
using HistoryCms.USync.Content;

namespace HistoryCms.Import.Tests;

/// <summary>Finds the repository root (the folder holding HistoryCms.sln) from the test's output folder.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = Find();

    public static string Fixtures => Path.Combine(Root, "tests", "fixtures");

    public static string DigitalArchive => Path.Combine(Fixtures, "digital-archive");

    public static string RecordsCsv => Path.Combine(DigitalArchive, "records.csv");

    public static string RecordsRis => Path.Combine(DigitalArchive, "records.ris");

    public static string SampleUSync => Path.Combine(Root, "uSync", "v17");

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "HistoryCms.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("HistoryCms.sln not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>A temporary folder deleted after the test; optionally a copy of the sample site's uSync folder.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder(string? copyOf = null)
    {
        Directory.CreateDirectory(Path);
        if (copyOf is not null)
        {
            Copy(copyOf, Path);
        }
    }

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "historycms-import-" + Guid.NewGuid().ToString("N"));

    public string Content => System.IO.Path.Combine(Path, "Content");

    public string Write(string name, string text)
    {
        var path = System.IO.Path.Combine(Path, name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);

    public static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from))
        {
            File.Copy(file, System.IO.Path.Combine(to, System.IO.Path.GetFileName(file)));
        }

        foreach (var dir in Directory.EnumerateDirectories(from))
        {
            Copy(dir, System.IO.Path.Combine(to, System.IO.Path.GetFileName(dir)));
        }
    }
}

/// <summary>Runs the records import in process, and reads what it wrote.</summary>
internal static class Importer
{
    public static ImportReport Records(string usync, bool dryRun = false, ReplaceRules? rules = null, params string[] files) =>
        ImportRunner.Run(new ImportOptions(usync, files, dryRun, rules ?? ReplaceRules.None),
            (folder, planner) => [new HistoryCms.Import.Archive.ArchiveRecordSource(ImportRunner.ArchiveTarget(folder, planner), planner.IsUnchanged)]);

    public static IReadOnlyList<ContentItem> Items(string usync)
    {
        var result = USyncContentReader.ReadFolder(System.IO.Path.Combine(usync, "Content"));
        Assert.True(result.IsClean, string.Join('\n', result.Problems));
        return result.Items;
    }

    /// <summary>Every content file: relative path → bytes.</summary>
    public static SortedDictionary<string, byte[]> Files(string usync) =>
        new(Directory.EnumerateFiles(System.IO.Path.Combine(usync, "Content"), "*", SearchOption.AllDirectories)
            .ToDictionary(f => System.IO.Path.GetRelativePath(usync, f), File.ReadAllBytes), StringComparer.Ordinal);
}
