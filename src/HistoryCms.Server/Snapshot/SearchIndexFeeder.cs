using HistoryCms.Search;
using HistoryCms.Search.Contributors;
using Microsoft.AspNetCore.OutputCaching;

namespace HistoryCms.Server.Snapshot;

/// <summary>
/// Keeps the server's archive search index in step with the snapshot: every swapped-in snapshot is indexed again in the
/// background (the last good content keeps being searched meanwhile), then cached responses are dropped.
/// </summary>
/// <param name="holder">The snapshot holder.</param>
/// <param name="index">The search index.</param>
/// <param name="cache">The output cache (search responses are cached per snapshot).</param>
/// <param name="logger">Where indexing is reported.</param>
public sealed class SearchIndexFeeder(SnapshotHolder holder, ArchiveIndex index, IOutputCacheStore cache, ILogger<SearchIndexFeeder> logger) : BackgroundService
{
    private readonly SemaphoreSlim swapped = new(0, int.MaxValue);

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
            var indexed = -1L;
            while (!stoppingToken.IsCancellationRequested)
            {
                var snapshot = holder.Current;
                if (snapshot.Version != indexed)
                {
                    using var feed = new ArchiveIndexFeed(index, snapshot);
                    await feed.RebuildAsync(stoppingToken).ConfigureAwait(false);
                    indexed = snapshot.Version;
                    await cache.EvictByTagAsync(DeliveryServerSetup.CachePolicy, stoppingToken).ConfigureAwait(false);
                    logger.LogInformation("Search index rebuilt: {Count} documents (snapshot {Version}).", index.Count, snapshot.Version);
                    if (snapshot.Nodes.Count >= 5_000)
                    {
                        // Indexing a large site leaves a heap of garbage: return it now rather than keep the peak resident.
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
