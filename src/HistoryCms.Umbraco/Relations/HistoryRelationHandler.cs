using Microsoft.Extensions.Logging;
using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Notifications;

namespace HistoryCms.Umbraco.Relations;

/// <summary>
/// Runs <see cref="HistoryRelationSync"/> when content is published (relations follow the published picks), and
/// removes an item's relations as parent when it is unpublished or moved to the recycle bin (trashing does not
/// unpublish in Umbraco, so it needs its own handler). Deleting needs nothing: Umbraco deletes every relation of a
/// deleted node itself. Failures are logged, never thrown: publishing must not fail because of a relation.
/// </summary>
public sealed class HistoryRelationHandler :
    INotificationHandler<ContentPublishedNotification>,
    INotificationHandler<ContentUnpublishedNotification>,
    INotificationHandler<ContentMovedToRecycleBinNotification>
{
    private readonly HistoryRelationSync _sync;
    private readonly ILogger<HistoryRelationHandler> _logger;

    /// <summary>Initializes a new instance of the <see cref="HistoryRelationHandler"/> class.</summary>
    /// <param name="sync">Writes the relations.</param>
    /// <param name="logger">Reports what was written, or what failed.</param>
    public HistoryRelationHandler(HistoryRelationSync sync, ILogger<HistoryRelationHandler> logger)
    {
        _sync = sync;
        _logger = logger;
    }

    /// <inheritdoc />
    public void Handle(ContentPublishedNotification notification)
    {
        ArgumentNullException.ThrowIfNull(notification);
        Handle([notification]);
    }

    /// <inheritdoc />
    public void Handle(IEnumerable<ContentPublishedNotification> notifications)
    {
        ArgumentNullException.ThrowIfNull(notifications);
        Run("publishing", notifications.SelectMany(n => n.PublishedEntities), _sync.Sync);
    }

    /// <inheritdoc />
    public void Handle(ContentUnpublishedNotification notification)
    {
        ArgumentNullException.ThrowIfNull(notification);
        Handle([notification]);
    }

    /// <inheritdoc />
    public void Handle(IEnumerable<ContentUnpublishedNotification> notifications)
    {
        ArgumentNullException.ThrowIfNull(notifications);
        Run("unpublishing", notifications.SelectMany(n => n.UnpublishedEntities), _sync.Remove);
    }

    /// <inheritdoc />
    public void Handle(ContentMovedToRecycleBinNotification notification)
    {
        ArgumentNullException.ThrowIfNull(notification);
        Handle([notification]);
    }

    /// <inheritdoc />
    public void Handle(IEnumerable<ContentMovedToRecycleBinNotification> notifications)
    {
        ArgumentNullException.ThrowIfNull(notifications);
        Run("moving to the recycle bin", notifications.SelectMany(n => n.MoveInfoCollection).Select(m => m.Entity), _sync.Remove);
    }

    private void Run(string operation, IEnumerable<IContent> items, Func<IEnumerable<IContent>, RelationChanges> write)
    {
        List<IContent> batch = [.. items.DistinctBy(i => i.Key)];
        try
        {
            RelationChanges changes = write(batch);
            if (changes.Any)
            {
                _logger.LogDebug("HistoryCms relations after {Operation} {Count} item(s): {Changes}.", operation, batch.Count, changes);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The content operation has already happened; a relation must not turn it into an error for the editor.
            _logger.LogError(
                exception,
                "HistoryCms relations could not be updated after {Operation} {Items}; re-publish them to try again.",
                operation,
                string.Join(", ", batch.Select(i => $"'{i.Name}' (id {i.Id})")));
        }
    }
}
