using HistoryCms.Core.Search;

namespace HistoryCms.Server.Snapshot;

/// <summary>
/// Tells the reader when search answers from an index that does not hold the content served yet: during the first build
/// after start-up (results are missing, not absent from the archive), while a reload's changes are being indexed, and
/// while indexing fails.
/// </summary>
/// <param name="inner">The search.</param>
/// <param name="feeder">The feeder that brings the index in step with the snapshot.</param>
/// <param name="holder">The snapshot holder.</param>
public sealed class IndexStateNotices(ISiteSearch inner, SearchIndexFeeder feeder, SnapshotHolder holder) : ISiteSearch
{
    /// <summary>The notice while the first build runs.</summary>
    public const string Building = "The search index is still being built after the server started: results may be incomplete. Try again in a moment.";

    /// <summary>The notice while indexing the content served fails (it is tried again; the failure is on <c>/health</c>).</summary>
    public const string Failing = "The search index could not take in the latest content: results may be incomplete or out of date until it does.";

    /// <summary>The notice while a reload's changes are indexed.</summary>
    public const string Updating = "The search index is being updated with the latest content: recent changes may not be found yet.";

    /// <inheritdoc/>
    public async Task<SiteSearchResponse> SearchAsync(SiteSearchRequest request, CancellationToken cancellationToken = default)
    {
        // Read before searching: a notice may then be one the search no longer needed, never missing from one that did.
        var state = feeder.StateOf(holder.Current.Version);
        var response = await inner.SearchAsync(request, cancellationToken).ConfigureAwait(false);
        var notice = state switch
        {
            SearchIndexState.Building => Building,
            SearchIndexState.Updating => Updating,
            SearchIndexState.Failing => Failing,
            _ => null,
        };
        return notice is null ? response : response with { Notices = [.. response.Notices, notice] };
    }
}
