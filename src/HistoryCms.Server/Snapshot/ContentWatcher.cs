using Microsoft.Extensions.Options;

namespace HistoryCms.Server.Snapshot;

/// <summary>Watches the content folder and reloads the snapshot once changes settle (debounced).</summary>
/// <param name="holder">The snapshot holder.</param>
/// <param name="options">The server options (debounce delay).</param>
/// <param name="logger">Where reload failures are reported.</param>
public sealed class ContentWatcher(SnapshotHolder holder, IOptions<DeliveryServerOptions> options, ILogger<ContentWatcher> logger) : BackgroundService
{
    private readonly SemaphoreSlim _changed = new(0, int.MaxValue);

    /// <summary>Loads the content before the server starts listening, then starts watching.</summary>
    /// <param name="cancellationToken">Stops the start.</param>
    /// <returns>A task.</returns>
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await holder.ReloadAsync(cancellationToken).ConfigureAwait(false);
        await base.StartAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var root = holder.RootPath;
        if (root is null || !Directory.Exists(root))
        {
            return;
        }

        using var watcher = new FileSystemWatcher(root)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        watcher.Changed += OnChange;
        watcher.Created += OnChange;
        watcher.Deleted += OnChange;
        watcher.Renamed += OnChange;
        watcher.Error += (_, e) =>
        {
            logger.LogWarning(e.GetException(), "The content watcher missed changes; reloading everything.");
            _changed.Release();
        };
        watcher.EnableRaisingEvents = true;

        var delay = TimeSpan.FromMilliseconds(Math.Max(0, options.Value.ReloadDelayMilliseconds));
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await _changed.WaitAsync(stoppingToken).ConfigureAwait(false);
                do
                {
                    await Task.Delay(delay, stoppingToken).ConfigureAwait(false);
                }
                while (Drain());

                await holder.ReloadAsync(stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            logger.LogDebug("Content watcher stopped.");
        }
    }

    /// <inheritdoc/>
    public override void Dispose()
    {
        _changed.Dispose();
        base.Dispose();
    }

    private void OnChange(object sender, FileSystemEventArgs e) => _changed.Release();

    private bool Drain()
    {
        var any = false;
        while (_changed.Wait(0))
        {
            any = true;
        }

        return any;
    }
}
