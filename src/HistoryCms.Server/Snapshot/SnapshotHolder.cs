using System.Runtime.CompilerServices;

namespace HistoryCms.Server.Snapshot;

/// <summary>
/// Holds the snapshot being served and swaps in a new one atomically. A load that found broken files keeps the last good
/// snapshot serving (the first load serves what it could read) and keeps the problems for the health endpoint.
/// </summary>
/// <param name="source">Where content comes from.</param>
/// <param name="logger">Where loads are reported.</param>
public sealed class SnapshotHolder(IContentSource source, ILogger<SnapshotHolder> logger) : IDisposable
{
    private const int CompactAfterItems = 5_000;
    private readonly SemaphoreSlim _loading = new(1, 1);
    private State _state = new(ContentSnapshot.Empty, [], HasLoaded: false, LastAttempt: null);

    /// <summary>Raised after a new snapshot is swapped in.</summary>
    public event EventHandler<ContentSnapshot>? Swapped;

    /// <summary>The snapshot being served.</summary>
    public ContentSnapshot Current => Volatile.Read(ref _state).Snapshot;

    /// <summary>The problems of the latest load (empty when it was clean), with the snapshot's own.</summary>
    public IReadOnlyList<ContentLoadProblem> Problems
    {
        get
        {
            var s = Volatile.Read(ref _state);
            return [.. s.Problems, .. s.Snapshot.Problems];
        }
    }

    /// <summary>When content was last read.</summary>
    public DateTimeOffset? LastAttempt => Volatile.Read(ref _state).LastAttempt;

    /// <summary>The folder the content comes from, when it comes from files.</summary>
    public string? RootPath => source.RootPath;

    /// <summary>Reads the content and swaps the snapshot when the read was clean (or when nothing was served yet).</summary>
    /// <param name="cancellationToken">Stops waiting for a load already running.</param>
    /// <returns>Whether a new snapshot was swapped in.</returns>
    public async Task<bool> ReloadAsync(CancellationToken cancellationToken = default)
    {
        await _loading.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            bool swapped;
            try
            {
                swapped = LoadAndApply();
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // A source that throws (a folder that cannot be read, a fault while reading) must not stop the server or the
                // watcher: the last good content keeps serving and /health says why.
                logger.LogError(exception, "Content could not be loaded; the last good content keeps serving.");
                var previous = Volatile.Read(ref _state);
                var problem = new ContentLoadProblem(source.RootPath ?? "(content source)", null, $"Content could not be loaded: {exception.Message}");
                Volatile.Write(ref _state, previous with { Problems = [problem], LastAttempt = DateTimeOffset.UtcNow });
                return false;
            }

            // A large load reads every file and builds a new snapshot: give the garbage of that (the items as read, the old
            // snapshot) back to the system now, outside the frame that held them, rather than keep the peak resident. A small
            // site (the sample) skips it: it would only delay the first response.
            if (Current.Nodes.Count >= CompactAfterItems)
            {
                GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            }

            return swapped;
        }
        finally
        {
            _loading.Release();
        }
    }

    /// <inheritdoc/>
    public void Dispose() => _loading.Dispose();

    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool LoadAndApply() => Apply(source.Load());

    private bool Apply(ContentLoadResult result)
    {
        var previous = Volatile.Read(ref _state);
        var now = DateTimeOffset.UtcNow;
        if (result.Problems.Count > 0 && previous.HasLoaded)
        {
            foreach (var problem in result.Problems)
            {
                logger.LogError("Content not reloaded, the last good content keeps serving: {Problem}", problem);
            }

            Volatile.Write(ref _state, previous with { Problems = result.Problems, LastAttempt = now });
            return false;
        }

        foreach (var problem in result.Problems)
        {
            logger.LogError("Content file left out: {Problem}", problem);
        }

        var snapshot = new ContentSnapshot(result.Items);
        foreach (var problem in snapshot.Problems)
        {
            logger.LogWarning("Content item left out: {Problem}", problem);
        }

        Volatile.Write(ref _state, new State(snapshot, result.Problems, HasLoaded: true, now));
        if (previous.HasLoaded)
        {
            logger.LogInformation("Content reloaded: {Count} items (snapshot {Version}).", snapshot.Nodes.Count, snapshot.Version);
        }

        Swapped?.Invoke(this, snapshot);
        return true;
    }

    private sealed record State(ContentSnapshot Snapshot, IReadOnlyList<ContentLoadProblem> Problems, bool HasLoaded, DateTimeOffset? LastAttempt);
}
