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
/// <param name="sync">Writes the relations.</param>
/// <param name="logger">Reports what was written, or what failed.</param>
public sealed class HistoryRelationHandler(HistoryRelationSync sync, ILogger<HistoryRelationHandler> logger) :
    INotificationHandler<ContentPublishedNotification>,
    INotificationHandler<ContentUnpublishedNotification>,
    INotificationHandler<ContentMovedToRecycleBinNotification>
{
    // Umbraco calls a handler with one notification or with a batch (INotificationHandler<T>.Handle(IEnumerable<T>)); one
    // notification is a batch of one, and each batch is written once.

    /// <inheritdoc />
    public void Handle(ContentPublishedNotification notification) => Handle(One(notification));

    /// <inheritdoc />
    public void Handle(IEnumerable<ContentPublishedNotification> notifications) =>
        Run("publishing", Items(notifications, n => n.PublishedEntities), sync.Sync);

    /// <inheritdoc />
    public void Handle(ContentUnpublishedNotification notification) => Handle(One(notification));

    /// <inheritdoc />
    public void Handle(IEnumerable<ContentUnpublishedNotification> notifications) =>
        Run("unpublishing", Items(notifications, n => n.UnpublishedEntities), sync.Remove);

    /// <inheritdoc />
    public void Handle(ContentMovedToRecycleBinNotification notification) => Handle(One(notification));

    /// <inheritdoc />
    public void Handle(IEnumerable<ContentMovedToRecycleBinNotification> notifications) =>
        Run("moving to the recycle bin", Items(notifications, n => n.MoveInfoCollection.Select(m => m.Entity)), sync.Remove);

    private static TNotification[] One<TNotification>(TNotification notification)
    {
        ArgumentNullException.ThrowIfNull(notification);
        return [notification];
    }

    private static IEnumerable<IContent> Items<TNotification>(IEnumerable<TNotification> notifications, Func<TNotification, IEnumerable<IContent>> items)
    {
        ArgumentNullException.ThrowIfNull(notifications);
        return notifications.SelectMany(items);
    }

    private void Run(string operation, IEnumerable<IContent> items, Func<IEnumerable<IContent>, RelationChanges> write)
    {
        List<IContent> batch = [.. items.DistinctBy(i => i.Key)];
        try
        {
            RelationChanges changes = write(batch);
            if (changes.Any)
            {
                logger.LogDebug("HistoryCms relations after {Operation} {Count} item(s): {Changes}.", operation, batch.Count, changes);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The content operation has already happened; a relation must not turn it into an error for the editor.
            logger.LogError(
                exception,
                "HistoryCms relations could not be updated after {Operation} {Items}; re-publish them to try again.",
                operation,
                string.Join(", ", batch.Select(i => $"'{i.Name}' (id {i.Id})")));
        }
    }
}
