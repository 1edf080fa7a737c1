using HistoryCms.Search;

namespace HistoryCms.Server.Snapshot;

/// <summary>
/// The server's site search index: on disk in a folder of its own under the temp folder (read through the file cache,
/// not held on the heap), rebuilt from the snapshot, deleted when the server stops. One per process, so servers started side
/// by side never share a Lucene write lock.
/// </summary>
public sealed class ServerSearchIndex : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"historycms-search-{Environment.ProcessId}-{Guid.NewGuid():N}");

    /// <summary>Creates the folder and opens the index.</summary>
    /// <param name="options">Tuning (a smaller RAM buffer than the default keeps the server's memory low).</param>
    public ServerSearchIndex(SiteIndexOptions? options = null) => Index = SiteIndex.Open(_folder, options);

    /// <summary>The index.</summary>
    public SiteIndex Index { get; }

    /// <summary>Deletes the folder. The index itself is disposed by the container that handed it out (before this).</summary>
    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException ex)
        {
            System.Diagnostics.Trace.TraceWarning($"The search index folder {_folder} could not be deleted: {ex.Message}");
        }
    }
}
