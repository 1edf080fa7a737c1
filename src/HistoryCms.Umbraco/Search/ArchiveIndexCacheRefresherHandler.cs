using HistoryCms.Search.Contributors;
using Microsoft.Extensions.Logging;
using Umbraco.Cms.Core.Cache;
using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Notifications;
using Umbraco.Cms.Core.Services.Changes;
using Umbraco.Cms.Core.Sync;

namespace HistoryCms.Umbraco.Search;

/// <summary>
/// Keeps this server's archive index current from the distributed content cache refresher: every server of a
/// load-balanced site receives the same payloads (publish, unpublish, delete, move, branch publish), so each keeps
/// its own index in step, as Umbraco scales out. A refresh of everything rebuilds the index.
/// </summary>
public sealed class ArchiveIndexCacheRefresherHandler : INotificationAsyncHandler<ContentCacheRefresherNotification>
{
    private readonly ArchiveIndexFeed _feed;
    private readonly ILogger<ArchiveIndexCacheRefresherHandler> _logger;

    /// <summary>Initializes a new instance of the <see cref="ArchiveIndexCacheRefresherHandler"/> class.</summary>
    /// <param name="feed">Reads published content into the index.</param>
    /// <param name="logger">Reports indexing failures (the cache refresh itself goes on).</param>
    public ArchiveIndexCacheRefresherHandler(ArchiveIndexFeed feed, ILogger<ArchiveIndexCacheRefresherHandler> logger)
    {
        _feed = feed;
        _logger = logger;
    }

    /// <inheritdoc />
    public async Task HandleAsync(ContentCacheRefresherNotification notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        try
        {
            if (notification.MessageType == MessageType.RefreshAll)
            {
                await _feed.RebuildAsync(cancellationToken).ConfigureAwait(false);
                return;
            }

            if (notification.MessageType != MessageType.RefreshByPayload || notification.MessageObject is not ContentCacheRefresher.JsonPayload[] payloads)
            {
                return;
            }

            foreach (ContentCacheRefresher.JsonPayload payload in payloads.Where(p => !p.Blueprint))
            {
                if (payload.ChangeTypes.HasFlag(TreeChangeTypes.RefreshAll))
                {
                    await _feed.RebuildAsync(cancellationToken).ConfigureAwait(false);
                    return;
                }

                await ApplyAsync(payload, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            _logger.LogError(exception, "HistoryCms search: the archive index could not follow a content change; rebuild it to catch up.");
        }
    }

    private Task ApplyAsync(ContentCacheRefresher.JsonPayload payload, CancellationToken cancellationToken)
    {
        if (payload.Key is not { } key)
        {
            _logger.LogWarning("HistoryCms search: a content change without a key (id {Id}) was not indexed.", payload.Id);
            return Task.CompletedTask;
        }

        if (payload.ChangeTypes.HasFlag(TreeChangeTypes.Remove))
        {
            return _feed.RemoveAsync(key, cancellationToken);
        }

        if (payload.ChangeTypes.HasFlag(TreeChangeTypes.RefreshBranch))
        {
            return _feed.RefreshAsync(key, withDescendants: true, cancellationToken);
        }

        return payload.ChangeTypes.HasFlag(TreeChangeTypes.RefreshNode)
            ? _feed.RefreshAsync(key, withDescendants: false, cancellationToken)
            : Task.CompletedTask;
    }
}
