using System.CommandLine;
using HistoryCms.Import;
using HistoryCms.Import.Archive;
using LegacyPostSource = HistoryCms.Import.LegacyPosts.LegacyPostSource;
using HistoryCms.Import.Planning;
using HistoryCms.Import.Reporting;
using Spectre.Console;

namespace HistoryCms.USync.Cli;

/// <summary>
/// The import verbs: each reads input files into the uSync content folder (see <see cref="ImportRunner"/>) and shares the
/// options <c>--usync</c>, <c>--dry-run</c>, <c>--report</c>, <c>--replace</c> and <c>--rules</c>. Exit code 0 when
/// everything went in, 1 when anything was skipped or could not be read, 2 when the command line itself is wrong.
/// </summary>
public static class ImportCommands
{
    /// <summary>The <c>import-records</c> verb: Digital Archive records from CSV and RIS exports.</summary>
    /// <returns>The command.</returns>
    public static Command ImportRecords() => Create(
        "import-records",
        """
        Imports Digital Archive records into the site's content, as archival documents below the archive folder.
        Give one or more files: the archive's CSV export (its column set: record_id, title, original_publication_date, ...;
        lists such as authors or language as JSON arrays in the cells) or its RIS export (.ris, several records per file).
        Each record is found again by its record ID, so running the same import twice changes nothing and never creates a
        duplicate. A field an editor changed in the backoffice after the last import keeps the editor's value and is listed
        as a conflict. Nothing is deleted. Example:
          historycms-usync import-records records.csv more.ris --report report.json
        Try it first with --dry-run: it writes nothing and prints the same report.
        """,
        (folder, planner) => [new ArchiveRecordSource(ImportRunner.ArchiveTarget(folder, planner), planner.IsUnchanged)]);

    /// <summary>The <c>import-posts</c> verb: the old site's blog posts, from saved pages or text captures.</summary>
    /// <returns>The command.</returns>
    public static Command ImportPosts()
    {
        var url = new Option<string?>("--url")
        {
            Description = "The post's address on the old site, e.g. https://www.wilsoncenter.org/blog-post/failed-diplomacy-... "
                + "(one file only). Without it the page's own address (its canonical link or og:url) is used, else one made from the title, which the report shows.",
        };
        return Create(
            "import-posts",
            """
            Imports blog posts from the old website into the site's content: the post, and the authors and programs it names
            that the site does not have yet. Give one or more posts: pages saved from the browser (File > Save Page As...,
            "Web Page, HTML only", .html) or the page's text copied into a .txt file. Links in the post to Digital Archive
            documents (https://digitalarchive.wilsoncenter.org/document/...) become citations of those documents, so import
            the archive records first (import-records); a link to a document the site does not have stays a link and is
            listed. Damaged characters (such as "â€™" for an apostrophe) are repaired and listed; text that looks injected
            (spam) is kept and listed: give a --replace rule to put it right. Images are not imported: the report names them.
            Each post is found again by its old address, so importing it twice changes nothing, and a field an editor changed
            in the backoffice since the last import keeps the editor's value and is listed as a conflict. Example:
              historycms-usync import-posts failed-diplomacy.html --report report.json
            Try it first with --dry-run: it writes nothing and prints the same report.
            """,
            (result, rules) =>
            {
                var given = result.GetValue(url);
                var fileCount = result.GetValue<FileInfo[]>("files")?.Length ?? 0;
                if (given is not null && fileCount != 1)
                {
                    return (null, $"--url names the address of one post, but {fileCount} files were given; import them one by one, or without --url.");
                }

                var start = DateTimeOffset.UtcNow;
                var importedAt = new DateTimeOffset(start.UtcTicks - (start.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
                var dryRun = result.GetValue<bool>("--dry-run");
                return ((folder, planner) => [LegacyPostSource.For(folder, planner, rules, given, importedAt, dryRun)], null);
            },
            url);
    }

    /// <summary>Builds an import verb over sources.</summary>
    /// <param name="name">The verb.</param>
    /// <param name="description">The help text.</param>
    /// <param name="sources">The sources for the loaded folder.</param>
    /// <returns>The command.</returns>
    public static Command Create(string name, string description, Func<ContentFolder, ItemPlanner, IReadOnlyList<IImportSource>> sources) =>
        Create(name, description, (_, _) => (sources, null));

    /// <summary>Builds an import verb whose sources depend on its own options and the user's rules.</summary>
    /// <param name="name">The verb.</param>
    /// <param name="description">The help text.</param>
    /// <param name="sources">Builds the sources from the command line and the rules, or says why the command line is wrong.</param>
    /// <param name="extra">The verb's own options.</param>
    /// <returns>The command.</returns>
    public static Command Create(string name, string description,
        Func<ParseResult, ReplaceRules, (Func<ContentFolder, ItemPlanner, IReadOnlyList<IImportSource>>? Sources, string? Error)> sources, params Option[] extra)
    {
        var files = new Argument<FileInfo[]>("files") { Description = "The files to import.", Arity = ArgumentArity.OneOrMore };
        var usync = new Option<DirectoryInfo>("--usync")
        {
            Description = "The site's uSync folder; the items go into its Content folder.",
            DefaultValueFactory = _ => new DirectoryInfo(Path.Combine("uSync", "v17")),
        };
        var dryRun = new Option<bool>("--dry-run") { Description = "Write nothing; print the report of what the import would do." };
        var report = new Option<FileInfo?>("--report") { Description = "Also write the report as JSON to this file." };
        var replace = new Option<string[]>("--replace")
        {
            Description = "Replace text found in the input, e.g. --replace \"Wrong Name=Right Name\". May be given several times. Only these replacements are made; suspicious text is otherwise reported, not changed.",
            AllowMultipleArgumentsPerToken = false,
        };
        var rules = new Option<FileInfo?>("--rules") { Description = "A file of replacement rules, one \"found=replacement\" per line (# starts a comment)." };
        var command = new Command(name, description) { files, usync, dryRun, report, replace, rules };
        foreach (var option in extra)
        {
            command.Options.Add(option);
        }

        command.SetAction(result =>
        {
            var output = result.InvocationConfiguration.Output;
            ReplaceRules parsed;
            try
            {
                parsed = ReplaceRules.Parse(result.GetValue(replace) ?? [], result.GetValue(rules)?.FullName);
            }
            catch (Exception e) when (e is FormatException or IOException or UnauthorizedAccessException)
            {
                output.WriteLine(e.Message);
                return 2;
            }

            var (built, error) = sources(result, parsed);
            if (built is null)
            {
                output.WriteLine(error);
                return 2;
            }

            var options = new ImportOptions(result.GetValue(usync)!.FullName, [.. result.GetValue(files)!.Select(f => f.FullName)], result.GetValue(dryRun), parsed);
            ImportReport done;
            try
            {
                done = Run(options, built, output);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                output.WriteLine($"The import stopped: {e.Message} Every file written so far is complete; run the same command again to finish.");
                return 1;
            }

            output.Write(done.ToText());
            if (result.GetValue(report) is { } path)
            {
                File.WriteAllText(path.FullName, done.ToJson());
                output.WriteLine($"Report written to {path.FullName}.");
            }

            return done.AnythingSkipped ? 1 : 0;
        });
        return command;
    }

    private static ImportReport Run(ImportOptions options, Func<ContentFolder, ItemPlanner, IReadOnlyList<IImportSource>> sources, TextWriter output)
    {
        if (Console.IsOutputRedirected || !ReferenceEquals(output, Console.Out))
        {
            var last = -1;
            return ImportRunner.Run(options, sources, p =>
            {
                if (p.Items / 5000 != last / 5000 || p.Items == 0)
                {
                    last = p.Items;
                    output.WriteLine($"{Path.GetFileName(p.File)} ({p.FileIndex}/{p.FileCount}): {p.Items} items");
                }
            });
        }

        ImportReport? report = null;
        AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new SpinnerColumn())
            .Start(context =>
            {
                var task = context.AddTask("Reading", maxValue: Math.Max(1, options.Files.Count));
                report = ImportRunner.Run(options, sources, p =>
                {
                    task.Description = $"{Markup.Escape(Path.GetFileName(p.File))} ({p.FileIndex}/{p.FileCount}): {p.Items} items";
                    task.Value = p.FileIndex - 1;
                });
                task.Value = task.MaxValue;
            });
        return report!;
    }
}
