using HistoryCms.Core;
using HistoryCms.Core.Content;
using HistoryCms.Search;
using HistoryCms.Search.Contributors;
using HistoryCms.Umbraco.Search;
using Microsoft.Extensions.Logging.Abstractions;
using Umbraco.Cms.Core.Cache;
using Umbraco.Cms.Core.Notifications;
using Umbraco.Cms.Core.Services.Changes;
using Umbraco.Cms.Core.Sync;

namespace HistoryCms.Umbraco.Tests.Search;

public sealed class ArchiveIndexCacheRefresherHandlerTests : IDisposable
{
    private static readonly Guid Folder = Guid.NewGuid();
    private static readonly Guid First = Guid.NewGuid();
    private static readonly Guid Second = Guid.NewGuid();

    private readonly PublishedContent content = new();
    private readonly ArchiveIndex index = ArchiveIndex.InMemory();
    private readonly ArchiveIndexCacheRefresherHandler handler;

    public ArchiveIndexCacheRefresherHandlerTests()
    {
        handler = new ArchiveIndexCacheRefresherHandler(new ArchiveIndexFeed(index, content), NullLogger<ArchiveIndexCacheRefresherHandler>.Instance);
        content.Add(Folder, null, HistoryAliases.DocumentTypes.ArchiveFolder, "Archive");
        content.Add(First, Folder, HistoryAliases.DocumentTypes.ArchivalDocument, "First cable");
        content.Add(Second, Folder, HistoryAliases.DocumentTypes.ArchivalDocument, "Second cable");
    }

    public void Dispose() => index.Dispose();

    [Fact]
    public async Task A_published_item_is_indexed()
    {
        await Handle(Payload(First, TreeChangeTypes.RefreshNode));

        Assert.Equal(["First cable"], Titles());
    }

    [Fact]
    public async Task An_unpublished_item_leaves_the_index()
    {
        await Handle(Payload(First, TreeChangeTypes.RefreshNode));
        content.Remove(First);

        await Handle(Payload(First, TreeChangeTypes.RefreshNode));

        Assert.Empty(Titles());
    }

    [Fact]
    public async Task A_branch_publish_indexes_the_descendants()
    {
        await Handle(Payload(Folder, TreeChangeTypes.RefreshBranch));

        Assert.Equal(["First cable", "Second cable"], Titles());
    }

    [Fact]
    public async Task A_deleted_branch_leaves_with_its_descendants()
    {
        await Handle(Payload(Folder, TreeChangeTypes.RefreshBranch));

        await Handle(Payload(Folder, TreeChangeTypes.Remove));

        Assert.Empty(Titles());
    }

    [Fact]
    public async Task A_moved_item_is_indexed_under_its_new_parent()
    {
        await Handle(Payload(Folder, TreeChangeTypes.RefreshBranch));
        var other = Guid.NewGuid();
        content.Add(other, null, HistoryAliases.DocumentTypes.ArchiveFolder, "Other");
        content.Add(First, other, HistoryAliases.DocumentTypes.ArchivalDocument, "First cable");

        await Handle(Payload(First, TreeChangeTypes.RefreshBranch));
        await Handle(Payload(other, TreeChangeTypes.Remove));

        Assert.Equal(["Second cable"], Titles());
    }

    [Fact]
    public async Task Refresh_all_rebuilds_and_blueprints_are_ignored()
    {
        await Handle(new ContentCacheRefresher.JsonPayload { Id = 1, Key = First, ChangeTypes = TreeChangeTypes.RefreshNode, Blueprint = true });
        Assert.Empty(Titles());

        await Handle(new ContentCacheRefresher.JsonPayload { Id = 0, ChangeTypes = TreeChangeTypes.RefreshAll });

        Assert.Equal(["First cable", "Second cable"], Titles());
        content.Remove(Second);

        await handler.HandleAsync(new ContentCacheRefresherNotification(Array.Empty<object>(), MessageType.RefreshAll), TestContext.Current.CancellationToken);

        Assert.Equal(["First cable"], Titles());
    }

    [Fact]
    public async Task Several_payloads_in_one_message_are_all_applied()
    {
        await Handle(Payload(First, TreeChangeTypes.RefreshNode), Payload(Second, TreeChangeTypes.RefreshNode), Payload(Guid.NewGuid(), TreeChangeTypes.Remove));

        Assert.Equal(["First cable", "Second cable"], Titles());
    }

    private static ContentCacheRefresher.JsonPayload Payload(Guid key, TreeChangeTypes changes) => new() { Id = 1, Key = key, ChangeTypes = changes };

    private Task Handle(params ContentCacheRefresher.JsonPayload[] payloads) =>
        handler.HandleAsync(new ContentCacheRefresherNotification(payloads, MessageType.RefreshByPayload), TestContext.Current.CancellationToken);

    private List<string> Titles() =>
        [.. new LuceneArchiveSearch(index).Search(new HistoryCms.Core.Search.ArchiveSearchRequest()).Results.Select(r => r.Title).Order()];

    /// <summary>A test double for the published content cache.</summary>
    private sealed class PublishedContent : IContentLookup
    {
        private readonly Dictionary<Guid, ContentItem> items = [];

        public void Add(Guid key, Guid? parent, string type, string name) =>
            items[key] = new ContentItem(key, type, name, parent, 0, 1, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, "/" + name + "/", new Dictionary<string, string?>());

        public void Remove(Guid key) => items.Remove(key);

        public ContentItem? Find(Guid key) => items.GetValueOrDefault(key);

        public IEnumerable<ContentItem> ChildrenOf(Guid key) => items.Values.Where(i => i.ParentKey == key);

        public IEnumerable<ContentItem> OfType(string contentType) => items.Values.Where(i => i.ContentType == contentType);
    }
}
