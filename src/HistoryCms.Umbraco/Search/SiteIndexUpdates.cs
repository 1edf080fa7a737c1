using HistoryCms.Search;
using HistoryCms.Search.Contributors;
using Microsoft.Extensions.Logging;
using Umbraco.Cms.Core.HostedServices;
using Umbraco.Cms.Core.Web;

namespace HistoryCms.Umbraco.Search;

/// <summary>
/// Brings this server's site index in step with the content, off the thread that changed it: a change asks for an
/// update, which runs on Umbraco's background task queue (as Umbraco's own indexing does,
/// src/Umbraco.Infrastructure/Examine/Deferred/DeliveryApiContentIndexHandleContentChanges.cs), inside an UmbracoContext
/// (URLs need one; background work has none). Changes that arrive while an update waits are served by it: a publish of
/// a thousand items, or an import, costs one or two updates, never a thousand.
/// </summary>
/// <remarks>
/// An update is <see cref="SiteIndexFeed.SynchronizeAsync(CancellationToken)"/>: it compares every item's search
/// document with what was indexed, so what depends on a changed item is re-indexed with it (a renamed folder changes its
/// descendants' routes, a renamed author or program the facets of their posts), although Umbraco's refresher names only
/// the item itself (a <c>RefreshNode</c> payload, src/Umbraco.Core/Cache/Refreshers/Implement/ContentCacheRefresher.cs).
/// The first update after start-up rebuilds the index. A process that does not write the index (not, or no longer, the
/// MainDom: <see cref="MainDomSiteIndex"/>) runs no update and says so once in the log.
/// </remarks>
/// <param name="index">The index; once it has released its writer, updates stop.</param>
/// <param name="feed">Reads the content into the index.</param>
/// <param name="contexts">Ensures the UmbracoContext the updates read content in.</param>
/// <param name="queue">Umbraco's background task queue.</param>
/// <param name="logger">Reports a failed update (the next change tries again).</param>
public sealed class SiteIndexUpdates(
    SiteIndex index,
    SiteIndexFeed feed,
    IUmbracoContextFactory contexts,
    IBackgroundTaskQueue queue,
    ILogger<SiteIndexUpdates> logger)
{
    private int _waiting;
    private int _toldReleased;

    /// <summary>Asks for an update; does nothing when one is already waiting to run (it will see this change too).</summary>
    public void Request()
    {
        if (Released())
        {
            return;
        }

        if (Interlocked.Exchange(ref _waiting, 1) == 0)
        {
            queue.QueueBackgroundWorkItem(RunAsync);
        }
    }

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        // From here on a change queues another update: this one may already have read the item it changed.
        Volatile.Write(ref _waiting, 0);
        if (Released())
        {
            return;
        }

        try
        {
            using (contexts.EnsureUmbracoContext())
            {
                var (indexed, removed) = await feed.SynchronizeAsync(cancellationToken).ConfigureAwait(false);
                logger.LogDebug("HistoryCms search: site index updated ({Indexed} indexed, {Removed} removed).", indexed, removed);
            }
        }
        catch (Exception exception) when (index.IsReleased)
        {
            // MainDom moved to another process while this update ran: it stopped before its commit; the new process indexes.
            logger.LogInformation(exception, "HistoryCms search: a site index update stopped because this process handed the index over to the new MainDom.");
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogError(exception, "HistoryCms search: the site index could not follow a content change; the next change, or a restart, tries again.");
        }
    }

    private bool Released()
    {
        if (!index.IsReleased)
        {
            return false;
        }

        if (Interlocked.Exchange(ref _toldReleased, 1) == 0)
        {
            logger.LogInformation("HistoryCms search: this process does not write the site index (it is not the MainDom); content changes are indexed by the process that is.");
        }

        return true;
    }
}
