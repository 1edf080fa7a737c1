using HistoryCms.Core;
using HistoryCms.Search.Contributors;

namespace HistoryCms.Search.Tests.Contributors;

public sealed class ArchiveIndexFeedTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private readonly SampleContent content = new();

    [Fact]
    public async Task A_rebuild_indexes_every_post_document_author_and_program_but_no_folder()
    {
        using var index = ArchiveIndex.InMemory();
        var feed = new ArchiveIndexFeed(index, content);

        await feed.RebuildAsync(Token);

        Assert.Equal(5, index.Count);
        var search = new LuceneArchiveSearch(index);
        Assert.Equal(["Record of a Conversation with Vyshinsky"], search.Find("Вышинский").Titles());
        Assert.Equal(["Record of a Conversation with Vyshinsky"], search.Find("\"Pak Song Chol\"").Titles());
    }

    [Fact]
    public async Task A_refreshed_item_that_is_no_longer_published_leaves_the_index()
    {
        using var index = ArchiveIndex.InMemory();
        var feed = new ArchiveIndexFeed(index, content);
        await feed.RebuildAsync(Token);

        content.Remove(SampleContent.Post);
        await feed.RefreshAsync(SampleContent.Post, withDescendants: false, Token);

        Assert.Equal(0, new LuceneArchiveSearch(index).Find("stalled").Total);
    }

    [Fact]
    public async Task A_refreshed_branch_takes_in_new_children_and_drops_removed_ones()
    {
        using var index = ArchiveIndex.InMemory();
        var feed = new ArchiveIndexFeed(index, content);
        await feed.RebuildAsync(Token);
        content.Remove(SampleContent.Document);
        var added = Guid.NewGuid();
        content.Add(SampleContent.Item(added, SampleContent.Archive, HistoryAliases.DocumentTypes.ArchivalDocument, "New Cable", new() { ["translation"] = "<p>telegram</p>" }));

        await feed.RefreshAsync(SampleContent.Archive, withDescendants: true, Token);

        var search = new LuceneArchiveSearch(index);
        Assert.Equal(["New Cable"], search.Find("telegram").Titles());
        Assert.Equal(0, search.Find("Vyshinsky").Total);
        Assert.Equal(5, index.Count);
    }

    [Fact]
    public async Task Removing_a_folder_removes_everything_below_it()
    {
        using var index = ArchiveIndex.InMemory();
        var feed = new ArchiveIndexFeed(index, content);
        await feed.RebuildAsync(Token);

        await feed.RemoveAsync(SampleContent.Programs, Token);

        var search = new LuceneArchiveSearch(index);
        Assert.Equal(0, search.Find(null, r => r with { Filters = new Dictionary<string, IReadOnlyList<string>> { ["type"] = [HistoryAliases.DocumentTypes.Program] } }).Total);
        Assert.Equal(3, index.Count);
    }

    [Fact]
    public async Task Synchronizing_after_a_reload_indexes_only_what_changed_and_removes_what_is_gone()
    {
        using var index = ArchiveIndex.InMemory();
        var feed = new ArchiveIndexFeed(index, content);
        Assert.Equal((5, 0), await feed.SynchronizeAsync(Token));

        var post = content.Find(SampleContent.Post)!;
        content.Add(post with
        {
            UpdateDate = post.UpdateDate.AddDays(1),
            Values = new Dictionary<string, string?>(post.Values) { ["body"] = "<p>The talks resumed.</p>" },
        });
        content.Remove(SampleContent.Author);

        Assert.Equal((1, 1), await feed.SynchronizeAsync(Token));
        var search = new LuceneArchiveSearch(index);
        Assert.Equal(["Failed Diplomacy"], search.Find("resumed").Titles());
        Assert.Equal(4, index.Count);
        Assert.Equal((0, 0), await feed.SynchronizeAsync(Token));
    }
}
