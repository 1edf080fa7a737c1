using HistoryCms.Import.Bench;

namespace HistoryCms.Import.Tests.Acceptance;

/// <summary>An import killed mid-run leaves every file old or new; the re-run ends in the files an uninterrupted run writes.</summary>
public sealed class CrashTests : IDisposable
{
    private readonly TempFolder _work = new();

    public void Dispose() => _work.Dispose();

    [Fact]
    public async Task After_the_cli_is_killed_mid_import_a_rerun_ends_in_the_same_files_as_an_uninterrupted_run()
    {
        var csv = Path.Combine(_work.Path, "records.csv");
        ArchiveRecordGenerator.WriteFile(csv, RepositoryPaths.RecordsCsv, 1500);
        var killed = Path.Combine(_work.Path, "killed");
        var whole = Path.Combine(_work.Path, "whole");

        using (var first = ChildProcess.Start(ChildProcess.Cli, "import-records", csv, "--usync", killed))
        {
            var content = Path.Combine(killed, "Content");
            for (var i = 0; i < 1200 && !first.HasExited && (!Directory.Exists(content) || Directory.GetFiles(content).Length < 200); i++)
            {
                await Task.Delay(50, TestContext.Current.CancellationToken);
            }

            Assert.False(first.HasExited, "The import ended before it could be killed: " + string.Join('\n', first.Output));
            first.Kill();
        }

        var written = Directory.GetFiles(Path.Combine(killed, "Content"), "*.config").Length;
        Assert.InRange(written, 200, 1500);

        using (var rerun = ChildProcess.Start(ChildProcess.Cli, "import-records", csv, "--usync", killed))
        {
            Assert.True(await rerun.WaitAsync() == 0, string.Join('\n', rerun.Output));
            Assert.Contains(rerun.Output, line => line.Contains("0 skipped, 0 conflicts", StringComparison.Ordinal));
        }

        var report = Importer.Records(whole, files: [csv]);
        Assert.Equal(1501, report.Created);

        var expected = Importer.Files(whole);
        var actual = Importer.Files(killed);
        Assert.Equal(expected.Keys, actual.Keys);
        Assert.All(expected, pair => Assert.True(pair.Value.AsSpan().SequenceEqual(actual[pair.Key]), pair.Key + " differs"));
        Assert.DoesNotContain(actual.Keys, p => p.Contains(".tmp-", StringComparison.Ordinal));

        var again = Importer.Records(killed, files: [csv]);
        Assert.Equal((0, 0, 1500), (again.Created, again.Updated, again.Unchanged));
    }
}
