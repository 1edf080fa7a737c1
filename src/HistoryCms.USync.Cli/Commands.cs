using System.CommandLine;
using HistoryCms.USync.Cli.Samples;
using HistoryCms.USync.Content;
using HistoryCms.USync.Schema;

namespace HistoryCms.USync.Cli;

/// <summary>
/// The verbs of <c>dotnet run --project src/HistoryCms.USync.Cli -- &lt;verb&gt;</c>. Each returns 0 on success and 1 when
/// something needs fixing, printing what and how.
/// </summary>
public static class Commands
{
    /// <summary>How to regenerate the schema files, as printed when they are stale.</summary>
    public const string RegenerateHint = "dotnet run --project src/HistoryCms.USync.Cli -- export-schema";

    /// <summary>The root command with every verb.</summary>
    /// <returns>The command.</returns>
    public static RootCommand Root()
    {
        var root = new RootCommand("Regenerates and checks the committed uSync files of HistoryCms (uSync/v17).");
        root.Subcommands.Add(Verb("export-schema", "Writes uSync/v17/{DataTypes,ContentTypes,RelationTypes} from the content model and removes stale files.", ExportSchema));
        root.Subcommands.Add(Verb("check-schema", "Exits 1, listing the files, when the committed schema files differ from the content model.", CheckSchema));
        root.Subcommands.Add(Verb("write-sample-content", "Writes the sample content (uSync/v17/Content) from the captured post and the Digital Archive records in tests/fixtures.", WriteSampleContent));
        root.Subcommands.Add(ImportCommands.ImportRecords());
        root.Subcommands.Add(ImportCommands.ImportPosts());
        root.Subcommands.Add(Verb("check-content", "Reads uSync/v17/Content and exits 1, listing each problem with its file and line, when a file is broken.", CheckContent));
        return root;
    }

    private static Command Verb(string name, string description, Func<string, TextWriter, int> run)
    {
        var folder = new Option<DirectoryInfo?>("--dir", "--out")
        {
            Description = "The uSync folder (default: uSync/v17 of the repository holding HistoryCms.sln above the current folder).",
        };
        var command = new Command(name, description) { folder };
        command.SetAction(result =>
        {
            var dir = result.GetValue(folder)?.FullName ?? Path.Combine(RepositoryRoot(), "uSync", "v17");
            return run(dir, result.InvocationConfiguration.Output);
        });
        return command;
    }

    /// <summary>Writes the schema files.</summary>
    /// <param name="uSyncFolder">The uSync folder.</param>
    /// <param name="output">Where to report.</param>
    /// <returns>The exit code.</returns>
    public static int ExportSchema(string uSyncFolder, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var changes = USyncSchemaExport.History.WriteTo(uSyncFolder);
        foreach (var change in changes)
        {
            output.WriteLine(change.Kind == SchemaDifferenceKind.Unexpected ? $"removed {change.RelativePath}" : $"wrote {change.RelativePath}");
        }

        output.WriteLine(changes.Count == 0 ? $"Schema files in {uSyncFolder} are current." : $"{changes.Count} schema file(s) updated in {uSyncFolder}.");
        return 0;
    }

    /// <summary>Checks the schema files.</summary>
    /// <param name="uSyncFolder">The uSync folder.</param>
    /// <param name="output">Where to report.</param>
    /// <returns>0 when current, 1 when a file differs.</returns>
    public static int CheckSchema(string uSyncFolder, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var differences = USyncSchemaExport.History.Compare(uSyncFolder);
        if (differences.Count == 0)
        {
            output.WriteLine($"Schema files in {uSyncFolder} match the content model.");
            return 0;
        }

        foreach (var difference in differences)
        {
            output.WriteLine(difference);
        }

        output.WriteLine($"{differences.Count} schema file(s) differ from the content model; regenerate them with: {RegenerateHint}");
        return 1;
    }

    /// <summary>Writes the sample content files.</summary>
    /// <param name="uSyncFolder">The uSync folder.</param>
    /// <param name="output">Where to report.</param>
    /// <returns>The exit code.</returns>
    public static int WriteSampleContent(string uSyncFolder, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var root = RepositoryRoot();
        var fixture = Path.Combine(root, "tests", "fixtures", "legacy-post-failed-diplomacy.txt");
        var items = SampleSite.Build(LegacyPost.Parse(File.ReadAllText(fixture)), ArchiveSamples.Records(Path.Combine(root, ArchiveSamples.Folder)));
        foreach (var file in USyncContentWriter.History.Write(items))
        {
            var path = Path.Combine(uSyncFolder, file.RelativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, file.Bytes);
            output.WriteLine($"wrote {file.RelativePath}");
        }

        return 0;
    }

    /// <summary>Reads the content files and reports their problems.</summary>
    /// <param name="uSyncFolder">The uSync folder.</param>
    /// <param name="output">Where to report.</param>
    /// <returns>0 when every file reads cleanly, 1 otherwise.</returns>
    public static int CheckContent(string uSyncFolder, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var result = USyncContentReader.ReadFolder(Path.Combine(uSyncFolder, USyncContentWriter.Folder));
        foreach (var problem in result.Problems)
        {
            output.WriteLine(problem);
        }

        output.WriteLine($"{result.Items.Count} item(s) read, {result.Problems.Count} problem(s).");
        return result.IsClean ? 0 : 1;
    }

    private static string RepositoryRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "HistoryCms.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new DirectoryNotFoundException("HistoryCms.sln was not found above the current folder; pass --dir.");
    }
}
