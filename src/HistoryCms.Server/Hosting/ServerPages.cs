using HistoryCms.Server.Snapshot;

namespace HistoryCms.Server;

/// <summary>The server's own page: the health report at <c>/health</c> (the home page at <c>/</c> is HistoryCms.Web's, see <c>MapHistoryPages</c>).</summary>
public static class ServerPages
{
    /// <summary>Maps <c>/health</c>.</summary>
    /// <param name="endpoints">The app's endpoints.</param>
    /// <returns>The endpoints.</returns>
    public static IEndpointRouteBuilder MapServerPages(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/health", (SnapshotHolder holder, IServiceProvider services) => Health(holder, services.GetService<SearchIndexFeeder>()))
            .WithTags("Server")
            .WithName("GetHealth")
            .WithSummary("Whether content loaded cleanly: the snapshot served and the problems of the latest load (file and line)");
        return endpoints;
    }

    /// <summary>The health report.</summary>
    /// <param name="holder">The snapshot holder.</param>
    /// <param name="search">The search index feeder, or <c>null</c> when search is switched off.</param>
    /// <returns>The report.</returns>
    public static HealthReport Health(SnapshotHolder holder, SearchIndexFeeder? search = null)
    {
        ArgumentNullException.ThrowIfNull(holder);
        var snapshot = holder.Current;
        var problems = holder.Problems;
        var report = search is null ? null : SearchReport.Of(search, snapshot.Version);
        return new HealthReport(
            problems.Count == 0 && report?.Failure is null ? "ok" : "degraded",
            holder.RootPath,
            new SnapshotReport(snapshot.Version, snapshot.LoadedAt, snapshot.Nodes.Count, snapshot.CountsByType),
            holder.LastAttempt,
            [.. problems.Select(p => new ProblemReport(p.Path, p.Line, p.Message))],
            new MemoryReport(Environment.WorkingSet / 1_048_576, GC.GetGCMemoryInfo().HeapSizeBytes / 1_048_576),
            report);
    }

}

/// <summary>The health report.</summary>
/// <param name="Status"><c>ok</c>, or <c>degraded</c> when the latest load found broken files (the last good content keeps
/// serving) or the search index could not take in the content (search answers from the last good index).</param>
/// <param name="ContentPath">The folder content is read from.</param>
/// <param name="Snapshot">The snapshot served.</param>
/// <param name="LastAttempt">When content was last read.</param>
/// <param name="Problems">The problems of the latest load.</param>
/// <param name="Memory">The process's memory.</param>
/// <param name="Search">The search index, or <c>null</c> when search is switched off.</param>
public sealed record HealthReport(string Status, string? ContentPath, SnapshotReport Snapshot, DateTimeOffset? LastAttempt, IReadOnlyList<ProblemReport> Problems, MemoryReport Memory, SearchReport? Search);

/// <summary>Where the search index stands: it is built in the background after start-up and after every reload.</summary>
/// <param name="Current">Whether it holds the snapshot served (searches see the previous content until it does).</param>
/// <param name="SnapshotVersion">The snapshot it was last brought in step with, or <c>null</c> before the first build ends.</param>
/// <param name="Indexed">Items indexed by that update (all of them on the first build).</param>
/// <param name="Removed">Items removed by that update.</param>
/// <param name="Failure">Why the latest attempt to update the index failed, or <c>null</c> when it did not (it is tried
/// again at the next reload or after a delay).</param>
public sealed record SearchReport(bool Current, long? SnapshotVersion, int Indexed, int Removed, SearchIndexFailure? Failure)
{
    /// <summary>The report of the feeder's state.</summary>
    /// <param name="feeder">The feeder.</param>
    /// <param name="served">The version of the snapshot served.</param>
    /// <returns>The report.</returns>
    public static SearchReport Of(SearchIndexFeeder feeder, long served)
    {
        ArgumentNullException.ThrowIfNull(feeder);
        var update = feeder.LastUpdate;
        return new(feeder.StateOf(served) == SearchIndexState.Current, update?.Version, update?.Indexed ?? 0, update?.Removed ?? 0, feeder.LastFailure);
    }
}

/// <summary>The process's memory.</summary>
/// <param name="WorkingSetMegabytes">Resident memory (MB).</param>
/// <param name="HeapMegabytes">The managed heap after the last collection (MB).</param>
public sealed record MemoryReport(long WorkingSetMegabytes, long HeapMegabytes);

/// <summary>The snapshot served.</summary>
/// <param name="Version">Its version (increases with every reload).</param>
/// <param name="LoadedAt">When it was built.</param>
/// <param name="Items">How many items it holds.</param>
/// <param name="Types">How many of each document type.</param>
public sealed record SnapshotReport(long Version, DateTimeOffset LoadedAt, int Items, IReadOnlyDictionary<string, int> Types);

/// <summary>A broken file or item.</summary>
/// <param name="Path">The file's path.</param>
/// <param name="Line">The 1-based line, when known.</param>
/// <param name="Message">What is wrong.</param>
public sealed record ProblemReport(string Path, int? Line, string Message);
