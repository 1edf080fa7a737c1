using System.Collections.Concurrent;
using HistoryCms.Server.Snapshot;
using Microsoft.Extensions.DependencyInjection;

namespace HistoryCms.Server.Tests.Snapshot;

/// <summary>The search index over a copy of the sample content, reloaded through the real uSync reader and file watcher.</summary>
public sealed class SearchIndexFeederTests : IDisposable
{
    private const string AuthorFile = "charles-kraus.config";
    private const string DocumentFile = "us-draft-resolution-on-korea.config";
    private static readonly string[] IndexedTypes = ["historyBlogPost", "historyArchivalDocument", "historyAuthor", "historyProgram"];
    private readonly SampleServer _server = new();
    private readonly ConcurrentQueue<SearchIndexUpdate> _updates = new();
    private long _firstVersion;

    public SearchIndexFeederTests()
    {
        Feeder.Updated += (_, update) => _updates.Enqueue(update);
    }

    private SearchIndexFeeder Feeder => _server.Factory.Services.GetRequiredService<SearchIndexFeeder>();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public void Dispose() => _server.Dispose();

    [Fact]
    public async Task The_first_snapshot_is_indexed_in_full()
    {
        var first = await FirstUpdate();

        var types = (await _server.Client.Json("/health"))["snapshot"]!["types"]!;
        var indexable = IndexedTypes.Sum(t => types[t]?.GetValue<int>() ?? 0);
        Assert.Equal((indexable, 0), (first.Indexed, first.Removed));
        Assert.True(indexable >= 8, $"The sample has posts, documents, an author and programs: {indexable}");
    }

    [Fact]
    public async Task Health_says_whether_the_search_index_holds_the_snapshot_served()
    {
        var first = await FirstUpdate();

        var health = await _server.Client.Json("/health");
        Assert.Equal(health["snapshot"]!["version"]!.GetValue<long>(), health["search"]!["snapshotVersion"]!.GetValue<long>());
        Assert.True(health["search"]!["current"]!.GetValue<bool>());
        Assert.Equal(first.Indexed, health["search"]!["indexed"]!.GetValue<int>());
    }

    [Fact]
    public async Task Editing_one_document_file_reindexes_exactly_that_document()
    {
        await FirstUpdate();
        await Edit(DocumentFile, "A/C.1/218", "A/C.1/218 Zanzibarine");

        Assert.Equal((1, 0), await ChangesUntilCurrent());
        Assert.Equal(1, await Total("Zanzibarine"));
    }

    [Fact]
    public async Task Renaming_an_author_reindexes_the_author_and_their_post_and_only_the_new_name_is_found()
    {
        await FirstUpdate();
        Assert.Equal(2, await Total("Kraus"));

        await Edit(AuthorFile, "Charles Kraus", "Bartholomew Quill");

        Assert.Equal((2, 0), await ChangesUntilCurrent());
        Assert.Equal(0, await Total("Kraus"));
        var found = await _server.Client.Json("/history/api/v1/search?q=Quill");
        Assert.Equal(["historyAuthor", "historyBlogPost"], found["results"]!.AsArray().Select(r => r!["type"]!.GetValue<string>()).Order());
    }

    [Fact]
    public async Task A_deleted_file_leaves_the_index()
    {
        await FirstUpdate();
        var documents = await Total(string.Empty, "&type=historyArchivalDocument");

        File.Delete(_server.Sample.File(DocumentFile));

        Assert.Equal((0, 1), await ChangesUntilCurrent());
        Assert.Equal(documents - 1, await Total(string.Empty, "&type=historyArchivalDocument"));
    }

    [Fact]
    public async Task A_reload_with_nothing_changed_indexes_nothing()
    {
        await FirstUpdate();

        Assert.True(await _server.Factory.Holder.ReloadAsync(Token));

        Assert.Equal((0, 0), await ChangesUntilCurrent());
    }

    private async Task<SearchIndexUpdate> FirstUpdate()
    {
        for (var i = 0; i < 200 && Feeder.LastUpdate is null; i++)
        {
            await Task.Delay(50, Token);
        }

        // The first update's event may still be on its way to the queue: later sums count only the updates after it.
        var first = Feeder.LastUpdate;
        Assert.NotNull(first);
        _firstVersion = first.Version;
        return first;
    }

    private async Task Edit(string file, string from, string to)
    {
        var text = await File.ReadAllTextAsync(_server.Sample.File(file), Token);
        Assert.Contains(from, text, StringComparison.Ordinal);

        // Written beside the folder, then moved over the file: the watcher never reads it half-written (a truncated file
        // read as an empty one would count the item as removed and added again).
        var staged = Path.Combine(Path.GetTempPath(), $"historycms-staged-{Guid.NewGuid():N}.config");
        await File.WriteAllTextAsync(staged, text.Replace(from, to, StringComparison.Ordinal), Token);
        File.Move(staged, _server.Sample.File(file), overwrite: true);
    }

    /// <summary>Waits until a new snapshot is indexed, and sums what every update since the first did (the watcher may reload twice).</summary>
    private async Task<(int Indexed, int Removed)> ChangesUntilCurrent()
    {
        for (var i = 0; i < 200 && !(_server.Factory.Holder.Current.Version > _firstVersion && _updates.Any(u => u.Version == _server.Factory.Holder.Current.Version)); i++)
        {
            await Task.Delay(50, Token);
        }

        Assert.True(_updates.Any(u => u.Version == _server.Factory.Holder.Current.Version), "The new snapshot was not indexed in 10 s.");

        // Let a second watcher event for the same edit settle before summing.
        await Task.Delay(300, Token);
        var all = _updates.Where(u => u.Version > _firstVersion).ToArray();
        return (all.Sum(u => u.Indexed), all.Sum(u => u.Removed));
    }

    private async Task<int> Total(string query, string filters = "") =>
        (await _server.Client.Json($"/history/api/v1/search?q={Uri.EscapeDataString(query)}{filters}"))["total"]!.GetValue<int>();
}
