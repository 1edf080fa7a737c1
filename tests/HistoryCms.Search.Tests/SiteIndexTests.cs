using Lucene.Net.Store;

namespace HistoryCms.Search.Tests;

public sealed class SiteIndexTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_on_disk_index_keeps_its_documents_across_reopening()
    {
        using var folder = new TempFolder();
        using (var index = SiteIndex.Open(folder.Path))
        {
            await index.IndexAsync([Docs.Make("Cable", "treaty"), Docs.Make("Letter", "treaty")], Token);
        }

        using var reopened = SiteIndex.Open(folder.Path);

        Assert.Equal(2, reopened.Count);
        Assert.Equal(2, new LuceneSiteSearch(reopened).Find("treaty").Total);
    }

    [Fact]
    public async Task Indexed_documents_are_searchable_as_soon_as_the_call_returns()
    {
        using var index = SiteIndex.InMemory();
        var search = new LuceneSiteSearch(index);
        Assert.Equal(0, search.Find("treaty").Total);

        await index.IndexAsync([Docs.Make("Cable", "treaty")], Token);

        Assert.Equal(1, search.Find("treaty").Total);
    }

    [Fact]
    public async Task Indexing_an_id_again_replaces_the_document()
    {
        var id = Guid.NewGuid();
        using var index = SiteIndex.InMemory();
        await index.IndexAsync([Docs.Make("Draft", "armistice", id: id)], Token);

        await index.IndexAsync([Docs.Make("Final", "treaty", id: id)], Token);

        var search = new LuceneSiteSearch(index);
        Assert.Equal(1, index.Count);
        Assert.Equal(0, search.Find("armistice").Total);
        Assert.Equal(["Final"], search.Find("treaty").Titles());
    }

    [Fact]
    public async Task Deleting_a_branch_removes_its_descendants_too()
    {
        var folderKey = Guid.NewGuid();
        using var index = SiteIndex.InMemory();
        var inside = Docs.Make("Inside", "x") with { Ancestors = [Guid.NewGuid(), folderKey] };
        var folder = Docs.Make("Folder", "x", id: folderKey);
        var outside = Docs.Make("Outside", "x");
        await index.IndexAsync([inside, folder, outside], Token);

        await index.DeleteAsync([folderKey], withDescendants: true, Token);

        Assert.Equal(["Outside"], new LuceneSiteSearch(index).Find(null).Titles());
    }

    [Fact]
    public async Task Deleting_one_item_leaves_its_descendants()
    {
        var key = Guid.NewGuid();
        using var index = SiteIndex.InMemory();
        await index.IndexAsync([Docs.Make("Parent", "x", id: key), Docs.Make("Child", "x") with { Ancestors = [key] }], Token);

        await index.DeleteAsync([key], cancellationToken: Token);

        Assert.Equal(["Child"], new LuceneSiteSearch(index).Find(null).Titles());
    }

    [Fact]
    public async Task A_rebuild_replaces_everything_in_one_commit()
    {
        using var folder = new TempFolder();
        using var index = SiteIndex.Open(folder.Path);
        await index.IndexAsync([Docs.Make("Old", "x")], Token);

        await index.RebuildAsync(Enumerable.Range(0, 300).Select(i => Docs.Make($"New {i}", "x")), Token);

        Assert.Equal(300, index.Count);
        Assert.Equal(0, new LuceneSiteSearch(index).Find("old").Total);
    }

    [Fact]
    public async Task A_rebuild_that_fails_part_way_leaves_the_old_index_serving_and_writable()
    {
        using var index = SiteIndex.InMemory();
        await index.IndexAsync([Docs.Make("Old", "x")], Token);

        await Assert.ThrowsAsync<InvalidOperationException>(() => index.RebuildAsync(Failing(), Token));

        Assert.Equal(["Old"], new LuceneSiteSearch(index).Find(null).Titles());
        await index.IndexAsync([Docs.Make("Later", "x")], Token);
        Assert.Equal(2, index.Count);
    }

    [Fact]
    public async Task A_batch_cancelled_part_way_commits_nothing_of_it()
    {
        using var directory = new RAMDirectory();
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(Token);
        using (var index = new SiteIndex(directory, new SiteIndexOptions { IndexingThreads = 1 }))
        {
            await index.IndexAsync([Docs.Make("Committed", "x")], Token);
            var batch = Enumerable.Range(0, 100).Select(i =>
            {
                if (i == 50)
                {
                    cancel.Cancel();
                }

                return Docs.Make($"Batch {i}", "x");
            });

            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => index.IndexAsync(batch, cancel.Token));
            Assert.Equal(1, index.Count);
        }

        using var reopened = new SiteIndex(directory);
        Assert.Equal(["Committed"], new LuceneSiteSearch(reopened).Find(null).Titles());
    }

    [Fact]
    public async Task Disposing_twice_is_harmless_and_use_after_dispose_says_so()
    {
        var index = SiteIndex.InMemory();
        await index.DisposeAsync();
        index.Dispose();

        Assert.Throws<ObjectDisposedException>(() => index.Count);
        await Assert.ThrowsAsync<ObjectDisposedException>(() => index.IndexAsync([Docs.Make("x", "x")], Token));
    }

    private static IEnumerable<SearchDocument> Failing()
    {
        for (var i = 0; i < 400; i++)
        {
            yield return Docs.Make($"New {i}", "x");
        }

        throw new InvalidOperationException("The content source failed.");
    }
}
