using System.Diagnostics;

namespace HistoryCms.Search.Tests;

/// <summary>A writer process killed in the middle of a batch leaves the index at its last commit.</summary>
public sealed class CrashSafetyTests
{
    [Fact]
    public async Task A_writer_killed_mid_batch_leaves_the_last_commit()
    {
        using var folder = new TempFolder();
        var writer = Path.Combine(AppContext.BaseDirectory, "HistoryCms.Search.CrashWriter.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add(writer);
        start.ArgumentList.Add(folder.Path);
        start.ArgumentList.Add("500");
        using var process = Process.Start(start)!;
        try
        {
            Assert.Equal("committed", await process.StandardOutput.ReadLineAsync(TestContext.Current.CancellationToken));
            Assert.Equal("writing", await process.StandardOutput.ReadLineAsync(TestContext.Current.CancellationToken));
            Assert.True(Directory.GetFiles(folder.Path).Length > 3, "the second batch should have flushed uncommitted segments");
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        }

        using var index = SiteIndex.Open(folder.Path);

        Assert.Equal(500, index.Count);
        await index.IndexAsync([Docs.Make("After the crash", "recovered")], TestContext.Current.CancellationToken);
        Assert.Equal(501, index.Count);
        Assert.Equal(1, new LuceneSiteSearch(index).Find("recovered").Total);
    }
}
