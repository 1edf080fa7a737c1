using System.Text;
using HistoryCms.USync.Content;
using P = HistoryCms.Core.HistoryAliases.Properties;

namespace HistoryCms.Import.Tests.Acceptance;

/// <summary>Re-running an import updates in place: twice changes nothing, an editor's change survives, a dry run writes nothing.</summary>
public sealed class IdempotenceTests : IDisposable
{
    private readonly TempFolder _usync = new();

    public void Dispose() => _usync.Dispose();

    private static string[] Fixtures => [RepositoryPaths.RecordsCsv, RepositoryPaths.RecordsRis];

    [Fact]
    public void Importing_twice_changes_no_file_and_creates_no_duplicate()
    {
        Importer.Records(_usync.Path, files: Fixtures);
        var files = Importer.Files(_usync.Path);
        var times = Directory.EnumerateFiles(_usync.Content).ToDictionary(f => f, File.GetLastWriteTimeUtc);

        var again = Importer.Records(_usync.Path, files: Fixtures);

        Assert.Equal((0, 0, 6, 0, 0), (again.Created, again.Updated, again.Unchanged, again.Skipped, again.Conflicts));
        Assert.Equal(files, Importer.Files(_usync.Path));
        Assert.Equal(times, Directory.EnumerateFiles(_usync.Content).ToDictionary(f => f, File.GetLastWriteTimeUtc));
    }

    [Fact]
    public void An_editors_change_survives_a_reimport_and_is_reported_as_a_conflict_while_other_fields_update()
    {
        Importer.Records(_usync.Path, files: Fixtures);
        var file = Path.Combine(_usync.Content, "letter-jawaharlal-nehru-to-all-provincial-premiers.config");
        var text = File.ReadAllText(file);
        var summary = USyncContentFile.Parse(file, text).Values[P.Summary]!;
        File.WriteAllText(file, text.Replace(summary, "An editor's own summary.", StringComparison.Ordinal), new UTF8Encoding(true));
        var changedInput = _usync.Write("changed.csv", File.ReadAllText(RepositoryPaths.RecordsCsv)
            .Replace("\"April 1, 1949\"", "\"April 2, 1949\"", StringComparison.Ordinal)
            .Replace("Nehru briefs the Provincial Premiers", "Nehru informs the Provincial Premiers", StringComparison.Ordinal));

        var report = Importer.Records(_usync.Path, files: [changedInput]);

        var stored = USyncContentFile.Read(file);
        Assert.Equal("An editor's own summary.", stored.Values[P.Summary]);
        Assert.Equal("1949-04-02", stored.Values[P.DocumentDate]);
        var conflict = Assert.Single(report.Findings, f => f.Kind == FindingKind.Conflict);
        Assert.Equal((changedInput, "300653", P.Summary), (conflict.File, conflict.Location, conflict.Field));
        Assert.Equal((1, 1), (report.Updated, report.Conflicts));

        var third = Importer.Records(_usync.Path, files: [changedInput]);
        Assert.Equal("An editor's own summary.", USyncContentFile.Read(file).Values[P.Summary]);
        Assert.Equal((0, 4, 1), (third.Updated, third.Unchanged, third.Conflicts));
    }

    [Fact]
    public void Content_made_by_hand_keeps_its_values_where_they_differ_and_gets_the_empty_ones_filled()
    {
        Importer.Records(_usync.Path, files: Fixtures);
        Directory.Delete(Path.Combine(_usync.Path, ".import"), recursive: true);
        var file = Path.Combine(_usync.Content, "letter-jawaharlal-nehru-to-all-provincial-premiers.config");
        var text = File.ReadAllText(file);
        File.WriteAllText(file, text.Replace("<classification>\n      <Value><![CDATA[Secret]]>", "<classification>\n      <Value><![CDATA[Top Secret]]>", StringComparison.Ordinal)
            .Replace("<recordId>\n      <Value><![CDATA[300653]]>", "<recordId>\n      <Value><![CDATA[]]>", StringComparison.Ordinal), new UTF8Encoding(true));

        var report = Importer.Records(_usync.Path, files: Fixtures);

        var stored = USyncContentFile.Read(file);
        Assert.Equal("Top Secret", stored.Values[P.Classification]);
        Assert.Equal("300653", stored.Values[P.RecordId]);
        Assert.Equal(P.Classification, Assert.Single(report.Findings, f => f.Kind == FindingKind.Conflict).Field);
        Assert.Equal(0, report.Created);
    }

    [Fact]
    public void A_dry_run_writes_nothing_and_reports_what_the_real_run_then_does()
    {
        var dry = Importer.Records(_usync.Path, dryRun: true, files: Fixtures);

        Assert.Empty(Directory.EnumerateFileSystemEntries(_usync.Path));
        var real = Importer.Records(_usync.Path, files: Fixtures);
        Assert.Equal((real.Created, real.Updated, real.Unchanged, real.Skipped, real.Conflicts), (dry.Created, dry.Updated, dry.Unchanged, dry.Skipped, dry.Conflicts));
        Assert.Equal(real.Findings, dry.Findings);
        Assert.True(dry.DryRun);
    }

    [Fact]
    public void A_file_removed_after_the_import_is_written_again_and_said_so()
    {
        Importer.Records(_usync.Path, files: Fixtures);
        var file = Path.Combine(_usync.Content, "letter-jawaharlal-nehru-to-all-provincial-premiers.config");
        var bytes = File.ReadAllBytes(file);
        File.Delete(file);

        var report = Importer.Records(_usync.Path, files: Fixtures);

        Assert.Equal(bytes, File.ReadAllBytes(file));
        Assert.Contains(report.Findings, f => f.Kind == FindingKind.Flagged && f.Location == "300653" && f.Message.Contains("removed", StringComparison.Ordinal));
    }
}
