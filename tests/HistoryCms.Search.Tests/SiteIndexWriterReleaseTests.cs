using Lucene.Net.Store;

namespace HistoryCms.Search.Tests;

/// <summary>
/// Two processes of one site sharing an index folder (an overlapped recycle): an index opened with
/// <see cref="SiteIndex.OpenDeferred"/> reads the last commit without Lucene's write lock, and one that released its
/// writer lets another take the lock while it keeps answering searches.
/// </summary>
public sealed class SiteIndexWriterReleaseTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_deferred_index_reads_the_last_commit_while_another_index_holds_the_write_lock()
    {
        using var folder = new TempFolder();
        using var writing = SiteIndex.Open(folder.Path);
        await writing.IndexAsync([Docs.Make("Cable", "treaty")], Token);

        using var reading = SiteIndex.OpenDeferred(folder.Path);

        Assert.Equal(["Cable"], new LuceneSiteSearch(reading).Find("treaty").Titles());
        await writing.IndexAsync([Docs.Make("Letter", "treaty")], Token);
    }

    [Fact]
    public void A_deferred_index_over_an_empty_folder_answers_empty_and_creates_nothing()
    {
        using var folder = new TempFolder();
        using var index = SiteIndex.OpenDeferred(folder.Path);

        Assert.Equal(0, index.Count);
        Assert.Empty(new LuceneSiteSearch(index).Find("treaty").Results);
        Assert.Empty(System.IO.Directory.GetFiles(folder.Path));
    }

    [Fact]
    public async Task The_first_write_of_a_deferred_index_waits_for_the_lock_and_then_searches_see_its_writes()
    {
        using var folder = new TempFolder();
        var old = SiteIndex.Open(folder.Path);
        await old.IndexAsync([Docs.Make("Old", "treaty")], Token);
        using var index = SiteIndex.OpenDeferred(folder.Path);

        var write = Task.Run(() => index.IndexAsync([Docs.Make("New", "treaty")], Token), Token);
        await Task.Delay(200, Token);
        Assert.False(write.IsCompleted);
        await old.DisposeAsync();
        await write;

        Assert.Equal(["New", "Old"], new LuceneSiteSearch(index).Find("treaty").Titles().Order());
    }

    [Fact]
    public async Task A_deferred_write_that_never_gets_the_lock_fails_with_lucenes_lock_error_and_the_index_still_answers()
    {
        using var folder = new TempFolder();
        using var holder = SiteIndex.Open(folder.Path);
        await holder.IndexAsync([Docs.Make("Held", "treaty")], Token);
        using var index = SiteIndex.OpenDeferred(folder.Path, new SiteIndexOptions { WriteLockTimeout = TimeSpan.FromMilliseconds(100) });

        await Assert.ThrowsAsync<LockObtainFailedException>(() => index.IndexAsync([Docs.Make("New", "treaty")], Token));

        Assert.Equal(["Held"], new LuceneSiteSearch(index).Find("treaty").Titles());
    }

    [Fact]
    public async Task A_released_index_frees_the_write_lock_keeps_answering_from_its_last_commit_and_refuses_writes()
    {
        using var folder = new TempFolder();
        using var old = SiteIndex.OpenDeferred(folder.Path);
        await old.IndexAsync([Docs.Make("Before", "treaty")], Token);

        old.ReleaseWriter();
        old.ReleaseWriter();
        using var replacement = SiteIndex.Open(folder.Path);
        await replacement.RebuildAsync([Docs.Make("After", "treaty")], Token);

        var response = new LuceneSiteSearch(old).Find("treaty");
        Assert.True(old.IsReleased);
        Assert.Equal(["Before"], response.Titles());
        Assert.Contains(LuceneSiteSearch.ReleasedNotice, response.Notices);
        await Assert.ThrowsAsync<InvalidOperationException>(() => old.IndexAsync([Docs.Make("Too late", "treaty")], Token));
        Assert.Equal(["After"], new LuceneSiteSearch(replacement).Find("treaty").Titles());
    }

    [Fact]
    public async Task Releasing_during_a_write_rolls_the_write_back_before_its_commit()
    {
        using var folder = new TempFolder();
        using var index = SiteIndex.OpenDeferred(folder.Path, new SiteIndexOptions { IndexingThreads = 1 });
        await index.IndexAsync([Docs.Make("Committed", "treaty")], Token);
        using var started = new SemaphoreSlim(0);

        var write = Task.Run(() => index.IndexAsync(Slow(started), Token), Token);
        await started.WaitAsync(Token);
        index.ReleaseWriter();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => write);
        Assert.Equal(["Committed"], new LuceneSiteSearch(index).Find("treaty").Titles());
        using var replacement = SiteIndex.Open(folder.Path);
        Assert.Equal(1, replacement.Count);
    }

    private static IEnumerable<SearchDocument> Slow(SemaphoreSlim started)
    {
        yield return Docs.Make("Pending 0", "treaty");
        started.Release();
        for (var i = 1; i < 20; i++)
        {
            Thread.Sleep(20);
            yield return Docs.Make($"Pending {i}", "treaty");
        }
    }
}
