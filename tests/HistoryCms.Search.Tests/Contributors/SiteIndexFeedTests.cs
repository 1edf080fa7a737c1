using HistoryCms.Core;
using HistoryCms.Core.Content;
using HistoryCms.Search.Contributors;

namespace HistoryCms.Search.Tests.Contributors;

public sealed class SiteIndexFeedTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private readonly SampleContent _content = new();

    [Fact]
    public async Task A_rebuild_indexes_every_post_document_author_and_program_but_no_folder()
    {
        using var index = SiteIndex.InMemory();
        var feed = new SiteIndexFeed(index, _content);

        await feed.RebuildAsync(Token);

        Assert.Equal(5, index.Count);
        var search = new LuceneSiteSearch(index);
        Assert.Equal(["Record of a Conversation with Vyshinsky"], search.Find("Вышинский").Titles());
        Assert.Equal(["Record of a Conversation with Vyshinsky"], search.Find("\"Pak Song Chol\"").Titles());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_sites_contributor_replaces_the_packages_for_its_type_whether_registered_before_or_after(bool siteFirst)
    {
        using var index = SiteIndex.InMemory();
        var site = new TitleOnlyAuthors("Scholar of record");
        IEnumerable<ISearchContributor> contributors = siteFirst
            ? [site, .. SiteIndexFeed.DefaultContributors]
            : [.. SiteIndexFeed.DefaultContributors, site];
        var feed = new SiteIndexFeed(index, _content, contributors);

        await feed.RebuildAsync(Token);

        var search = new LuceneSiteSearch(index);
        Assert.Equal(["Scholar of record"], search.Find("Scholar").Titles());
        Assert.Equal(0, search.Find("Historian", r => r with { Filters = new Dictionary<string, IReadOnlyList<string>> { ["type"] = [HistoryAliases.ContentTypes.Author] } }).Total);
        Assert.Equal(5, index.Count);
    }

    [Fact]
    public async Task A_refreshed_item_that_is_no_longer_published_leaves_the_index()
    {
        using var index = SiteIndex.InMemory();
        var feed = new SiteIndexFeed(index, _content);
        await feed.RebuildAsync(Token);

        _content.Remove(SampleContent.Post);
        await feed.RefreshAsync(SampleContent.Post, withDescendants: false, Token);

        Assert.Equal(0, new LuceneSiteSearch(index).Find("stalled").Total);
    }

    [Fact]
    public async Task A_refreshed_branch_takes_in_new_children_and_drops_removed_ones()
    {
        using var index = SiteIndex.InMemory();
        var feed = new SiteIndexFeed(index, _content);
        await feed.RebuildAsync(Token);
        _content.Remove(SampleContent.Document);
        var added = Guid.NewGuid();
        _content.Add(SampleContent.Item(added, SampleContent.Archive, HistoryAliases.ContentTypes.ArchivalDocument, "New Cable", new() { ["translation"] = "<p>telegram</p>" }));

        await feed.RefreshAsync(SampleContent.Archive, withDescendants: true, Token);

        var search = new LuceneSiteSearch(index);
        Assert.Equal(["New Cable"], search.Find("telegram").Titles());
        Assert.Equal(0, search.Find("Vyshinsky").Total);
        Assert.Equal(5, index.Count);
    }

    [Fact]
    public async Task Removing_a_folder_removes_everything_below_it()
    {
        using var index = SiteIndex.InMemory();
        var feed = new SiteIndexFeed(index, _content);
        await feed.RebuildAsync(Token);

        await feed.RemoveAsync(SampleContent.Programs, Token);

        var search = new LuceneSiteSearch(index);
        Assert.Equal(0, search.Find(null, r => r with { Filters = new Dictionary<string, IReadOnlyList<string>> { ["type"] = [HistoryAliases.ContentTypes.Program] } }).Total);
        Assert.Equal(3, index.Count);
    }

    [Fact]
    public async Task Synchronizing_after_a_reload_indexes_only_what_changed_and_removes_what_is_gone()
    {
        using var index = SiteIndex.InMemory();
        using var feed = new SiteIndexFeed(index, _content);
        Assert.Equal((5, 0), await feed.SynchronizeAsync(Token));

        var document = _content.Find(SampleContent.Document)!;
        _content.Add(document with { Values = new Dictionary<string, string?>(document.Values) { ["translation"] = "<p>The talks resumed.</p>" } });
        var added = Guid.NewGuid();
        _content.Add(SampleContent.Item(added, SampleContent.Archive, HistoryAliases.ContentTypes.ArchivalDocument, "New Cable", new() { ["translation"] = "<p>telegram</p>" }));

        Assert.Equal((2, 0), await feed.SynchronizeAsync(Token));
        var search = new LuceneSiteSearch(index);
        Assert.Equal(["Record of a Conversation with Vyshinsky"], search.Find("resumed").Titles());
        Assert.Equal(["New Cable"], search.Find("telegram").Titles());
        Assert.Equal(6, index.Count);
        Assert.Equal((0, 0), await feed.SynchronizeAsync(Token));
    }

    [Fact]
    public async Task A_renamed_author_reindexes_the_author_and_their_posts_though_no_update_date_changed()
    {
        using var index = SiteIndex.InMemory();
        using var feed = new SiteIndexFeed(index, _content);
        await feed.SynchronizeAsync(Token);

        _content.Add(_content.Find(SampleContent.Author)! with { Name = "Bartholomew Quill" });

        Assert.Equal((2, 0), await feed.SynchronizeAsync(Token));
        var search = new LuceneSiteSearch(index);
        Assert.Equal(["Bartholomew Quill", "Failed Diplomacy"], search.Find("Quill").Titles().Order());
        Assert.Equal(0, search.Find("Historian").Total);
    }

    [Fact]
    public async Task A_removed_item_leaves_the_index_and_the_posts_that_named_it_are_reindexed()
    {
        using var index = SiteIndex.InMemory();
        using var feed = new SiteIndexFeed(index, _content);
        await feed.SynchronizeAsync(Token);

        _content.Remove(SampleContent.Author);

        Assert.Equal((1, 1), await feed.SynchronizeAsync(Token));
        Assert.Equal(4, index.Count);
        Assert.Equal(0, new LuceneSiteSearch(index).Find("Historian").Total);
    }

    [Fact]
    public async Task A_feed_moved_to_new_content_indexes_the_difference_and_refreshes_from_the_new_content()
    {
        using var index = SiteIndex.InMemory();
        using var feed = new SiteIndexFeed(index, _content);
        await feed.SynchronizeAsync(Token);
        var reloaded = new SampleContent();
        var post = reloaded.Find(SampleContent.Post)!;
        reloaded.Add(post with { Values = new Dictionary<string, string?>(post.Values) { ["body"] = "<p>The talks resumed.</p>" } });

        Assert.Equal((1, 0), await feed.SynchronizeAsync(reloaded, Token));
        Assert.Equal(["Failed Diplomacy"], new LuceneSiteSearch(index).Find("resumed").Titles());

        reloaded.Remove(SampleContent.Post);
        await feed.RefreshAsync(SampleContent.Post, withDescendants: false, Token);
        Assert.Equal(0, new LuceneSiteSearch(index).Find("resumed").Total);
    }

    [Fact]
    public async Task A_cancelled_synchronization_leaves_the_index_and_the_next_one_catches_up()
    {
        using var index = SiteIndex.InMemory();
        using var feed = new SiteIndexFeed(index, _content);
        await feed.SynchronizeAsync(Token);
        _content.Add(_content.Find(SampleContent.Author)! with { Name = "Bartholomew Quill" });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => feed.SynchronizeAsync(new CancellationToken(canceled: true)));

        Assert.Equal(0, new LuceneSiteSearch(index).Find("Quill").Total);
        Assert.Equal((2, 0), await feed.SynchronizeAsync(Token));
    }

    /// <summary>A site's own reading of authors: only a title of its choosing.</summary>
    private sealed class TitleOnlyAuthors(string title) : ISearchContributor
    {
        public string ContentType => HistoryAliases.ContentTypes.Author;

        public SearchDocument? Contribute(ContentItem item, SearchContributionContext context) =>
            new() { Id = item.Key, Type = item.ContentType, Title = title };
    }
}
