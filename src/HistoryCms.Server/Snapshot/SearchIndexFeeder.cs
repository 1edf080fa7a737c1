using HistoryCms.Search;
using HistoryCms.Search.Contributors;
using Microsoft.AspNetCore.OutputCaching;

namespace HistoryCms.Server.Snapshot;

/// <summary>
/// Keeps the server's archive search index in step with the snapshot, in the background (the last good content keeps
/// being searched meanwhile): the first snapshot is indexed in full; every snapshot swapped in later updates the index
/// incrementally (the documents whose content changed, new ones, removed ones, in one commit), then cached responses are
/// dropped.
/// </summary>
/// <param name="holder">The snapshot holder.</param>
/// <param name="index">The search index.</param>
/// <param name="cache">The output cache (search responses are cached per snapshot).</param>
/// <param name="logger">Where indexing is reported.</param>
public sealed class SearchIndexFeeder(SnapshotHolder holder, ArchiveIndex index, IOutputCacheStore cache, ILogger<SearchIndexFeeder> logger) : BackgroundService
{
    private const int CompactAfterDocuments = 5_000;
    private readonly SemaphoreSlim swapped = new(0, int.MaxValue);
    private SearchIndexUpdate? lastUpdate;

    /// <summary>Raised after the index is brought in step with a snapshot.</summary>
    public event EventHandler<SearchIndexUpdate>? Updated;

    /// <summary>The latest update of the index, or <c>null</c> before the first snapshot is indexed.</summary>
    public SearchIndexUpdate? LastUpdate => Volatile.Read(ref lastUpdate);

    /// <inheritdoc/>
    public override void Dispose()
    {
        swapped.Dispose();
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
            using var feed = new ArchiveIndexFeed(index, holder.Current);
            var indexed = -1L;
            while (!stoppingToken.IsCancellationRequested)
            {
                var snapshot = holder.Current;
                if (snapshot.Version != indexed)
                {
                    var (changed, removed) = await feed.SynchronizeAsync(snapshot, stoppingToken).ConfigureAwait(false);
                    indexed = snapshot.Version;
                    if (changed + removed > 0)
                    {
                        await cache.EvictByTagAsync(DeliveryServerSetup.CachePolicy, stoppingToken).ConfigureAwait(false);
                    }

                    var update = new SearchIndexUpdate(snapshot.Version, changed, removed);
                    Volatile.Write(ref lastUpdate, update);
                    logger.LogInformation("Search index updated: {Indexed} indexed, {Removed} removed (snapshot {Version}).", changed, removed, snapshot.Version);
                    Updated?.Invoke(this, update);
                    if (changed >= CompactAfterDocuments)
                    {
                        // Indexing many documents leaves a heap of garbage: return it now rather than keep the peak resident.
                        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
                    }
                }

                await swapped.WaitAsync(stoppingToken).ConfigureAwait(false);
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

    private void OnSwapped(object? sender, ContentSnapshot snapshot) => swapped.Release();
}

/// <summary>What one update of the search index did.</summary>
/// <param name="Version">The snapshot indexed.</param>
/// <param name="Indexed">How many items were (re-)indexed: every item on the first update, then those whose document changed or is new.</param>
/// <param name="Removed">How many items left the index.</param>
public sealed record SearchIndexUpdate(long Version, int Indexed, int Removed);
