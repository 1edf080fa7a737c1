using Umbraco.Cms.Core.Cache;
using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Notifications;
using Umbraco.Cms.Core.Sync;

namespace HistoryCms.Umbraco.Search;

/// <summary>
/// Keeps this server's site index current from the distributed cache refreshers: every server of a load-balanced site
/// receives the same content payloads (publish, unpublish, delete, move, branch publish) and public-access changes, so
/// each keeps its own index in step, as Umbraco scales out. Each asks <see cref="SiteIndexUpdates"/> for an update and
/// returns at once: the cache refresh (a publish, an import, a subscriber server's sync) does not wait for indexing.
/// </summary>
/// <remarks>
/// A public-access change (a page protected or opened, src/Umbraco.Core/Cache/Refreshers/Implement/PublicAccessCacheRefresher.cs)
/// updates the index too, as Umbraco's own indexers do (<c>Handle(PublicAccessCacheRefresherNotification)</c> in
/// src/Umbraco.Infrastructure/Search/ContentIndexingNotificationHandler.cs): the index holds only what anyone may see.
/// </remarks>
/// <param name="updates">Runs the index updates in the background.</param>
public sealed class SiteIndexCacheRefresherHandler(SiteIndexUpdates updates) :
    INotificationHandler<ContentCacheRefresherNotification>,
    INotificationHandler<PublicAccessCacheRefresherNotification>
{
    /// <inheritdoc />
    public void Handle(ContentCacheRefresherNotification notification)
    {
        ArgumentNullException.ThrowIfNull(notification);
        if (notification.MessageType == MessageType.RefreshAll
            || (notification.MessageType == MessageType.RefreshByPayload
                && notification.MessageObject is ContentCacheRefresher.JsonPayload[] payloads
                && payloads.Any(p => !p.Blueprint)))
        {
            updates.Request();
        }
    }

    /// <inheritdoc />
    public void Handle(PublicAccessCacheRefresherNotification notification)
    {
        ArgumentNullException.ThrowIfNull(notification);
        updates.Request();
    }
}
