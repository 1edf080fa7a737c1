using HistoryCms.Server.Snapshot;
using HistoryCms.Web.Rendering;
using HistoryCms.Web.Search;
using Microsoft.Extensions.Options;

namespace HistoryCms.Server;

/// <summary>
/// The version of what a response is rendered from, for its ETag and its output-cache key: the content snapshot and, for
/// search (the History API's and the search page), also the search index. The index is brought in step with a snapshot
/// in the background after it is swapped in (the whole first build after start-up, each reload's update after that), and
/// meanwhile search answers from the older index. Those answers get a tag of their own, so neither the output cache nor a
/// client's <c>If-None-Match</c> keeps serving them once the index catches up (an empty result from the first seconds
/// after start-up would otherwise stay cached for the snapshot's lifetime). When the index holds the snapshot, the tag is
/// the snapshot's ETag, as for every other response.
/// </summary>
/// <param name="holder">The snapshot holder.</param>
/// <param name="search">The search index feeder, or <c>null</c> when search is switched off.</param>
/// <param name="pages">Where the search page is.</param>
public sealed class ServedVersion(SnapshotHolder holder, SearchIndexFeeder? search, IOptions<HistoryPagesOptions> pages)
{
    /// <summary>The weak ETag of a response to the path rendered now.</summary>
    /// <param name="path">The request path.</param>
    /// <returns>The ETag.</returns>
    public string ETagFor(PathString path)
    {
        var snapshot = holder.Current;
        if (search is null || !IsSearch(path))
        {
            return snapshot.ETag;
        }

        return search.StateOf(snapshot.Version) == SearchIndexState.Current
            ? snapshot.ETag
            : $"{snapshot.ETag[..^1]}-search-{search.LastUpdate?.Version ?? 0}\"";
    }

    private bool IsSearch(PathString path) =>
        path.Equals(SearchEndpoints.Route, StringComparison.OrdinalIgnoreCase)
        || path.Equals(pages.Value.SearchPath, StringComparison.OrdinalIgnoreCase);
}
