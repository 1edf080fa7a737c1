using Umbraco.Cms.Core.HostedServices;

namespace HistoryCms.Umbraco.Tests.TestSupport;

/// <summary>
/// Umbraco's background task queue as src/Umbraco.Infrastructure/HostedServices/BackgroundTaskQueue.cs and
/// QueuedHostedService.cs@release/17.4.2 run it (Infrastructure cannot be restored here): work items wait in order and run one
/// at a time, later, on another flow than the one that queued them. <see cref="RunAllAsync"/> plays the hosted service.
/// </summary>
internal sealed class TestBackgroundTaskQueue : IBackgroundTaskQueue
{
    private readonly Queue<Func<CancellationToken, Task>> _items = new();

    public int Waiting => _items.Count;

    public void QueueBackgroundWorkItem(Func<CancellationToken, Task> workItem) => _items.Enqueue(workItem);

    public Task<Func<CancellationToken, Task>?> DequeueAsync(CancellationToken cancellationToken) =>
        Task.FromResult(_items.TryDequeue(out var item) ? item : null);

    /// <summary>Runs every waiting item (and what they queue), each on a fresh flow with no ambient context.</summary>
    public async Task RunAllAsync(CancellationToken cancellationToken)
    {
        while (await DequeueAsync(cancellationToken) is { } item)
        {
            await Task.Run(() => item(cancellationToken), cancellationToken);
        }
    }
}
