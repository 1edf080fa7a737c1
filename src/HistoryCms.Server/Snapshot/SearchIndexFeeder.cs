using HistoryCms.Search;
using HistoryCms.Search.Contributors;
using Microsoft.AspNetCore.OutputCaching;

namespace HistoryCms.Server.Snapshot;

/// <summary>
/// Keeps the server's site search index in step with the snapshot, in the background (the last good content keeps
/// being searched meanwhile): the first snapshot is indexed in full; every snapshot swapped in later updates the index
/// incrementally (the documents whose content changed, new ones, removed ones, in one commit), then cached responses are
/// dropped. An update that fails is logged and reported (<see cref="LastFailure"/>, on <c>/health</c>), search goes on
/// answering from the last good index, and the update is tried again at the next swap or after
/// <see cref="RetryDelay"/>: a failure in indexing never stops the server.
/// </summary>
/// <param name="holder">The snapshot holder.</param>
/// <param name="index">The search index.</param>
/// <param name="cache">The output cache (search responses are cached per snapshot).</param>
/// <param name="contributors">What turns content items into search documents (the package's, and a site's own).</param>
/// <param name="logger">Where indexing is reported.</param>
public sealed class SearchIndexFeeder(
    SnapshotHolder holder, SiteIndex index, IOutputCacheStore cache, IEnumerable<ISearchContributor> contributors, ILogger<SearchIndexFeeder> logger)
    : BackgroundService
{
    private const int CompactAfterDocuments = 5_000;
    private readonly SemaphoreSlim _swapped = new(0, int.MaxValue);
    private SearchIndexUpdate? _lastUpdate;
    private SearchIndexFailure? _lastFailure;

    /// <summary>Raised after the index is brought in step with a snapshot.</summary>
    public event EventHandler<SearchIndexUpdate>? Updated;

    /// <summary>How long after a failed update it is tried again when no new snapshot comes first.</summary>
    public static TimeSpan RetryDelay { get; } = TimeSpan.FromSeconds(30);

    /// <summary>The latest update of the index, or <c>null</c> before the first snapshot is indexed.</summary>
    public SearchIndexUpdate? LastUpdate => Volatile.Read(ref _lastUpdate);

    /// <summary>The failure of the latest attempt to update the index, or <c>null</c> when it succeeded.</summary>
    public SearchIndexFailure? LastFailure => Volatile.Read(ref _lastFailure);

    /// <summary>Where the index stands against the snapshot served.</summary>
    /// <param name="served">The version of the snapshot served.</param>
    /// <returns>The state.</returns>
    public SearchIndexState StateOf(long served) =>
        LastFailure is not null ? SearchIndexState.Failing
        : LastUpdate is not { } update ? SearchIndexState.Building
        : update.Version < served ? SearchIndexState.Updating
        : SearchIndexState.Current;

    /// <inheritdoc/>
    public override void Dispose()
    {
        _swapped.Dispose();
        base.Dispose();
    }

    /// <inheritdoc/>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        holder.Swapped += OnSwapped;
        try
        {
            // Index off the start-up path: the server answers content requests while the first build runs.
            await Task.Yield();
            using var feed = new SiteIndexFeed(index, holder.Current, contributors);
            var indexed = -1L;
            while (!stoppingToken.IsCancellationRequested)
            {
                var snapshot = holder.Current;
                if (snapshot.Version != indexed)
                {
                    if (!await TryUpdateAsync(feed, snapshot, stoppingToken).ConfigureAwait(false))
                    {
                        await _swapped.WaitAsync(RetryDelay, stoppingToken).ConfigureAwait(false);
                        continue;
                    }

                    indexed = snapshot.Version;
                }

                await _swapped.WaitAsync(stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            logger.LogDebug("Search indexing stopped.");
        }
        finally
        {
            holder.Swapped -= OnSwapped;
        }
    }

    private async Task<bool> TryUpdateAsync(SiteIndexFeed feed, ContentSnapshot snapshot, CancellationToken stoppingToken)
    {
        int changed, removed;
        try
        {
            (changed, removed) = await feed.SynchronizeAsync(snapshot, stoppingToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (!(exception is OperationCanceledException && stoppingToken.IsCancellationRequested))
        {
            // The feed keeps the fingerprints of the last good update, so the next attempt re-indexes everything since.
            Volatile.Write(ref _lastFailure, new SearchIndexFailure(snapshot.Version, DateTimeOffset.UtcNow, exception.Message));
            logger.LogError(
                exception,
                "The search index could not be brought in step with snapshot {Version}: search answers from the last good index; trying again at the next reload or in {Delay} s.",
                snapshot.Version,
                RetryDelay.TotalSeconds);
            return false;
        }

        if (changed + removed > 0)
        {
            await cache.EvictByTagAsync(DeliveryServerSetup.CachePolicy, stoppingToken).ConfigureAwait(false);
        }

        var update = new SearchIndexUpdate(snapshot.Version, changed, removed);
        Volatile.Write(ref _lastUpdate, update);
        Volatile.Write(ref _lastFailure, null);
        logger.LogInformation("Search index updated: {Indexed} indexed, {Removed} removed (snapshot {Version}).", changed, removed, snapshot.Version);
        Updated?.Invoke(this, update);
        if (changed >= CompactAfterDocuments)
        {
            // Indexing many documents leaves a heap of garbage: return it now rather than keep the peak resident.
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        }

        return true;
    }

    private void OnSwapped(object? sender, ContentSnapshot snapshot) => _swapped.Release();
}

/// <summary>Where the search index stands against the snapshot served.</summary>
public enum SearchIndexState
{
    /// <summary>It holds the snapshot served.</summary>
    Current,

    /// <summary>The first build after start-up is running: nothing is indexed yet.</summary>
    Building,

    /// <summary>It holds an earlier snapshot; the update to the one served is running.</summary>
    Updating,

    /// <summary>The latest update failed: it holds an earlier snapshot until a retry succeeds.</summary>
    Failing,
}

/// <summary>An update of the search index that failed.</summary>
/// <param name="Version">The snapshot it was to index.</param>
/// <param name="At">When it failed.</param>
/// <param name="Message">Why.</param>
public sealed record SearchIndexFailure(long Version, DateTimeOffset At, string Message);

/// <summary>What one update of the search index did.</summary>
/// <param name="Version">The snapshot indexed.</param>
/// <param name="Indexed">How many items were (re-)indexed: every item on the first update, then those whose document changed or is new.</param>
/// <param name="Removed">How many items left the index.</param>
public sealed record SearchIndexUpdate(long Version, int Indexed, int Removed);
