using HistoryCms.Core;
using HistoryCms.Core.Content;
using HistoryCms.Core.Search;
using HistoryCms.Search;
using HistoryCms.Search.Contributors;
using HistoryCms.Umbraco.Search;
using HistoryCms.Umbraco.Tests.TestSupport;
using Microsoft.Extensions.Logging;
using NSubstitute;
using Umbraco.Cms.Core.Cache;
using Umbraco.Cms.Core.Notifications;
using Umbraco.Cms.Core.Services.Changes;
using Umbraco.Cms.Core.Sync;

namespace HistoryCms.Umbraco.Tests.Search;

/// <summary>
/// The site index following Umbraco's distributed cache refreshers: content payloads as
/// src/Umbraco.Core/Cache/Refreshers/Implement/ContentCacheRefresher.cs@release/17.4.2 sends them (one payload per changed
/// item: a rename publishes only that item, as a <c>RefreshNode</c>), public-access changes as PublicAccessCacheRefresher.cs
/// sends them (no payload), and the indexing queued on Umbraco's background task queue, as Umbraco's own indexing is.
/// </summary>
public sealed class SiteIndexCacheRefresherHandlerTests : IDisposable
{
    private static readonly Guid Folder = Guid.NewGuid();
    private static readonly Guid First = Guid.NewGuid();
    private static readonly Guid Second = Guid.NewGuid();
    private static readonly Guid Author = Guid.NewGuid();
    private static readonly Guid Post = Guid.NewGuid();

    private readonly TestUmbracoContexts _contexts = new();
    private readonly PublishedContent _content;
    private readonly TestBackgroundTaskQueue _queue = new();
    private readonly SiteIndex _index = SiteIndex.InMemory();
    private readonly SiteIndexFeed _feed;
    private readonly RecordingLogger<SiteIndexUpdates> _logger = new();
    private readonly SiteIndexCacheRefresherHandler _handler;

    public SiteIndexCacheRefresherHandlerTests()
    {
        _content = new PublishedContent(_contexts);
        _feed = new SiteIndexFeed(_index, _content);
        _handler = new SiteIndexCacheRefresherHandler(new SiteIndexUpdates(_index, _feed, _contexts, _queue, _logger));
        _content.Add(Folder, null, HistoryAliases.ContentTypes.ArchiveFolder, "Archive");
        _content.Add(First, Folder, HistoryAliases.ContentTypes.ArchivalDocument, "First cable");
        _content.Add(Second, Folder, HistoryAliases.ContentTypes.ArchivalDocument, "Second cable");
    }

    public void Dispose()
    {
        _feed.Dispose();
        _index.Dispose();
    }

    [Fact]
    public async Task A_published_item_is_indexed_in_the_background_not_during_the_cache_refresh()
    {
        Handle(Payload(First, TreeChangeTypes.RefreshNode));

        Assert.Empty(Titles());
        Assert.Equal(1, _queue.Waiting);

        await RunQueue();

        Assert.Equal(["First cable", "Second cable"], Titles());
        Assert.False(_contexts.Accessor.TryGetUmbracoContext(out _));
    }

    [Fact]
    public async Task Changes_that_arrive_while_an_update_waits_are_served_by_it()
    {
        for (var i = 0; i < 50; i++)
        {
            Handle(Payload(First, TreeChangeTypes.RefreshNode), Payload(Second, TreeChangeTypes.RefreshNode));
        }

        Assert.Equal(1, _queue.Waiting);
        await RunQueue();
        Handle(Payload(First, TreeChangeTypes.RefreshNode));

        Assert.Equal(1, _queue.Waiting);
    }

    [Fact]
    public async Task An_unpublished_item_leaves_the_index()
    {
        await Publish(Payload(First, TreeChangeTypes.RefreshNode));
        _content.Remove(First);

        await Publish(Payload(First, TreeChangeTypes.RefreshNode));

        Assert.Equal(["Second cable"], Titles());
    }

    [Fact]
    public async Task A_deleted_branch_leaves_with_its_descendants()
    {
        await Publish(Payload(Folder, TreeChangeTypes.RefreshBranch));
        _content.Remove(Folder);
        _content.Remove(First);
        _content.Remove(Second);

        await Publish(Payload(Folder, TreeChangeTypes.Remove));

        Assert.Empty(Titles());
    }

    [Fact]
    public async Task A_renamed_folder_re_routes_its_descendants_though_the_refresher_names_only_the_folder()
    {
        await Publish(Payload(Folder, TreeChangeTypes.RefreshBranch));
        _content.Add(Folder, null, HistoryAliases.ContentTypes.ArchiveFolder, "Cold War");

        await Publish(Payload(Folder, TreeChangeTypes.RefreshNode));

        Assert.All(Search().Results, hit => Assert.StartsWith("/cold-war/", hit.Route, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_renamed_author_renames_the_author_facet_of_their_posts()
    {
        _content.Add(Author, null, HistoryAliases.ContentTypes.Author, "Kathryn Weathersby");
        _content.Add(Post, null, HistoryAliases.ContentTypes.BlogPost, "Failed Diplomacy", (HistoryAliases.Properties.Authors, $"umb://document/{Author:N}"));
        await Publish(Payload(Post, TreeChangeTypes.RefreshNode));
        _content.Add(Author, null, HistoryAliases.ContentTypes.Author, "K. Weathersby");

        await Publish(Payload(Author, TreeChangeTypes.RefreshNode));

        var facet = Search(SiteSearchFields.Author).Facets.Single(f => f.Name == SiteSearchFields.Author);
        Assert.Equal(["K. Weathersby"], facet.Values.Select(v => v.Label));
    }

    [Fact]
    public async Task A_public_access_change_takes_newly_protected_content_out_of_the_index()
    {
        await Publish(Payload(Folder, TreeChangeTypes.RefreshBranch));
        _content.Hide(Second);

        _handler.Handle(new PublicAccessCacheRefresherNotification(Array.Empty<object>(), MessageType.RefreshAll));
        await RunQueue();

        Assert.Equal(["First cable"], Titles());
    }

    [Fact]
    public async Task Refresh_all_updates_and_blueprints_are_ignored()
    {
        Handle(new ContentCacheRefresher.JsonPayload { Id = 1, Key = First, ChangeTypes = TreeChangeTypes.RefreshNode, Blueprint = true });
        Assert.Equal(0, _queue.Waiting);

        _handler.Handle(new ContentCacheRefresherNotification(Array.Empty<object>(), MessageType.RefreshAll));
        await RunQueue();

        Assert.Equal(["First cable", "Second cable"], Titles());
    }

    [Fact]
    public async Task A_failed_update_is_logged_and_the_next_change_catches_up()
    {
        _content.FailNextRead = true;

        await Publish(Payload(First, TreeChangeTypes.RefreshNode));

        Assert.Single(_logger.At(LogLevel.Error));
        Assert.Empty(Titles());

        await Publish(Payload(Second, TreeChangeTypes.RefreshNode));

        Assert.Equal(["First cable", "Second cable"], Titles());
    }

    [Fact]
    public async Task A_process_that_no_longer_writes_the_index_queues_no_update_and_says_so_once()
    {
        // ExamineIndexingMainDomHandler.cs@release/17.4.2: a process that is not the MainDom suspends indexing and logs it.
        await Publish(Payload(Folder, TreeChangeTypes.RefreshBranch));
        Handle(Payload(First, TreeChangeTypes.RefreshNode));
        _index.ReleaseWriter();
        _content.Remove(First);

        await RunQueue();
        Handle(Payload(First, TreeChangeTypes.RefreshNode));
        _handler.Handle(new PublicAccessCacheRefresherNotification(Array.Empty<object>(), MessageType.RefreshAll));

        Assert.Equal(0, _queue.Waiting);
        Assert.Single(_logger.At(LogLevel.Information));
        Assert.Empty(_logger.At(LogLevel.Error));
        var response = Search();
        Assert.Equal(["First cable", "Second cable"], response.Results.Select(r => r.Title).Order());
        Assert.Contains(LuceneSiteSearch.ReleasedNotice, response.Notices);
    }

    [Fact]
    public async Task An_update_running_when_MainDom_is_released_stops_before_its_commit_without_an_error()
    {
        // MainDom.cs@release/17.4.2 runs the release callbacks while this process's background updates may still run.
        Task? release = null;
        _content.OnNextRead = () =>
        {
            release = Task.Run(_index.ReleaseWriter, TestContext.Current.CancellationToken);
            SpinWait.SpinUntil(() => _index.IsReleased);
            Thread.Sleep(200);
        };

        await Publish(Payload(Folder, TreeChangeTypes.RefreshBranch));
        await release!;

        Assert.Empty(_logger.At(LogLevel.Error));
        Assert.Contains(_logger.At(LogLevel.Information), m => m.Contains("handed the index over", StringComparison.Ordinal));
        Assert.Empty(Titles());
    }

    [Fact]
    public void The_start_up_update_is_not_queued_in_a_process_that_does_not_write_the_index()
    {
        var runtime = Substitute.For<global::Umbraco.Cms.Core.Services.IRuntimeState>();
        runtime.Level.Returns(global::Umbraco.Cms.Core.RuntimeLevel.Run);
        var startup = new SiteIndexStartupHandler(runtime, new SiteIndexUpdates(_index, _feed, _contexts, _queue, _logger));
        _index.ReleaseWriter();

        startup.Handle(new UmbracoApplicationStartedNotification(isRestarting: false));

        Assert.Equal(0, _queue.Waiting);
    }

    private static ContentCacheRefresher.JsonPayload Payload(Guid key, TreeChangeTypes changes) => new() { Id = 1, Key = key, ChangeTypes = changes };

    private void Handle(params ContentCacheRefresher.JsonPayload[] payloads) =>
        _handler.Handle(new ContentCacheRefresherNotification(payloads, MessageType.RefreshByPayload));

    private Task Publish(params ContentCacheRefresher.JsonPayload[] payloads)
    {
        Handle(payloads);
        return RunQueue();
    }

    private Task RunQueue() => _queue.RunAllAsync(TestContext.Current.CancellationToken);

    private SiteSearchResponse Search(params string[] facets) =>
        new LuceneSiteSearch(_index).Search(new SiteSearchRequest { Facets = facets });

    private List<string> Titles() => [.. Search().Results.Select(r => r.Title).Order()];

    /// <summary>
    /// Published content whose routes come from the ancestors' names, as Umbraco's do; read outside an UmbracoContext it
    /// throws, as the lookup over Umbraco's UrlProvider does (see UmbracoContentLookupTests).
    /// </summary>
    private sealed class PublishedContent(TestUmbracoContexts contexts) : IContentLookup
    {
        private readonly Dictionary<Guid, (Guid? Parent, string Type, string Name, (string Alias, string Value)[] Values)> _items = [];
        private readonly HashSet<Guid> _hidden = [];

        public void Add(Guid key, Guid? parent, string type, string name, params (string Alias, string Value)[] values) =>
            _items[key] = (parent, type, name, values);

        public void Remove(Guid key) => _items.Remove(key);

        public void Hide(Guid key) => _hidden.Add(key);

        public bool FailNextRead { get; set; }

        private Action? _onNextRead;

        /// <summary>Runs once, on the next read.</summary>
        public Action? OnNextRead { set => _onNextRead = value; }

        public ContentItem? Find(Guid key)
        {
            if (!contexts.Accessor.TryGetUmbracoContext(out _))
            {
                throw new InvalidOperationException("Wasn't able to get an UmbracoContext");
            }

            Interlocked.Exchange(ref _onNextRead, null)?.Invoke();
            if (FailNextRead)
            {
                FailNextRead = false;
                throw new InvalidOperationException("The database is unavailable.");
            }

            if (!_items.TryGetValue(key, out var item) || _hidden.Contains(key))
            {
                return null;
            }

            var values = item.Values.ToDictionary(v => v.Alias, string? (v) => v.Value);
            return new ContentItem(key, item.Type, item.Name, item.Parent, 0, 1, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, Route(key), values);
        }

        public IEnumerable<ContentItem> ChildrenOf(Guid key) =>
            _items.Where(i => i.Value.Parent == key).Select(i => Find(i.Key)).OfType<ContentItem>();

        public IEnumerable<ContentItem> OfType(string contentType) =>
            _items.Where(i => i.Value.Type == contentType).Select(i => Find(i.Key)).OfType<ContentItem>();

        private string Route(Guid key) =>
            (_items[key].Parent is { } parent && _items.ContainsKey(parent) ? Route(parent) : "/")
            + _items[key].Name.ToLowerInvariant().Replace(' ', '-') + "/";
    }
}
