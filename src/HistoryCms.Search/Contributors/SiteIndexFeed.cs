using HistoryCms.Core.Content;

namespace HistoryCms.Search.Contributors;

/// <summary>
/// Keeps an <see cref="SiteIndex"/> in step with published content: the contributors turn items into documents,
/// a refresh re-reads an item (or a branch) and removes what is no longer published, a rebuild re-reads everything, and a
/// synchronization (after a content snapshot reloads) indexes only the documents that changed.
/// Umbraco's cache refresher handler and the delivery server's snapshot reloads both drive it.
/// </summary>
public sealed class SiteIndexFeed : IDisposable
{
    private readonly SiteIndex _index;
    private readonly Dictionary<string, ISearchContributor> _contributors;
    private readonly SemaphoreSlim _synchronizing = new(1, 1);
    private readonly SearchDocumentFingerprint _fingerprint = new();
    private Source _source;
    private Dictionary<Guid, UInt128>? _indexed;

    /// <summary>Creates the feed.</summary>
    /// <param name="index">The index to keep current.</param>
    /// <param name="lookup">The published content.</param>
    /// <param name="contributors">The contributors; <c>null</c> for <see cref="DefaultContributors"/>. One per document type:
    /// a site's own contributor for a type replaces the package's (one of <see cref="DefaultContributors"/>), wherever it
    /// comes in the sequence (as registered in a container, before or after the package's); among a site's own, the last wins.</param>
    public SiteIndexFeed(SiteIndex index, IContentLookup lookup, IEnumerable<ISearchContributor>? contributors = null)
    {
        _index = index ?? throw new ArgumentNullException(nameof(index));
        _contributors = ByType(contributors ?? DefaultContributors);
        _source = new Source(lookup ?? throw new ArgumentNullException(nameof(lookup)));
    }

    /// <summary>The package's contributors: blog posts, archival documents, authors and programs.</summary>
    public static IReadOnlyList<ISearchContributor> DefaultContributors { get; } =
        [new BlogPostContributor(), new ArchivalDocumentContributor(), new AuthorContributor(), new ProgramContributor()];

    /// <summary>The search document of an item, or <c>null</c> when no contributor indexes its type.</summary>
    /// <param name="item">The item.</param>
    /// <returns>The document, or <c>null</c>.</returns>
    public SearchDocument? DocumentOf(ContentItem item) => DocumentOf(item, Volatile.Read(ref _source));

    /// <summary>Every document of the published content, read lazily.</summary>
    /// <returns>The documents.</returns>
    public IEnumerable<SearchDocument> AllDocuments() => AllDocuments(Volatile.Read(ref _source));

    /// <summary>Replaces the whole index with the published content (one call, one commit).</summary>
    /// <param name="cancellationToken">Cancels the rebuild; the old index stays.</param>
    /// <returns>A task that completes when the new index serves.</returns>
    public Task RebuildAsync(CancellationToken cancellationToken = default) => _index.RebuildAsync(AllDocuments(), cancellationToken);

    /// <summary>Re-reads one item, or its whole branch; removes what is no longer published.</summary>
    /// <param name="key">The item's key.</param>
    /// <param name="withDescendants">Whether the whole branch changed (published with descendants, moved, sorted).</param>
    /// <param name="cancellationToken">Cancels before the commit.</param>
    /// <returns>A task that completes when the change is searchable.</returns>
    public Task RefreshAsync(Guid key, bool withDescendants, CancellationToken cancellationToken = default)
    {
        var current = Volatile.Read(ref _source);
        var item = current.Lookup.Find(key);
        if (item is null)
        {
            return _index.DeleteAsync([key], withDescendants: true, cancellationToken);
        }

        if (!withDescendants)
        {
            return DocumentOf(item, current) is { } document
                ? _index.IndexAsync([document], cancellationToken)
                : _index.DeleteAsync([key], withDescendants: false, cancellationToken);
        }

        return _index.ReplaceBranchAsync(key, Branch(item, current.Lookup).Select(i => DocumentOf(i, current)).OfType<SearchDocument>(), cancellationToken);
    }

    /// <summary>
    /// Brings the index in step with the content as it is now, incrementally: the first call rebuilds; later calls index
    /// the items whose search document changed since the last call (a renamed author changes the documents of their posts
    /// too) or that are new, and remove the ones that are gone. One commit per call.
    /// </summary>
    /// <param name="cancellationToken">Cancels before the commit.</param>
    /// <returns>How many items were indexed and removed.</returns>
    public Task<(int Indexed, int Removed)> SynchronizeAsync(CancellationToken cancellationToken = default) =>
        SynchronizeCoreAsync(null, cancellationToken);

    /// <summary>
    /// Moves the feed to new published content (a reloaded snapshot) and brings the index in step with it, incrementally,
    /// as <see cref="SynchronizeAsync(CancellationToken)"/> does. Later refreshes read the new content.
    /// </summary>
    /// <param name="content">The new published content.</param>
    /// <param name="cancellationToken">Cancels before the commit; the index and what the feed knows of it stay as they were.</param>
    /// <returns>How many items were indexed and removed.</returns>
    public Task<(int Indexed, int Removed)> SynchronizeAsync(IContentLookup content, CancellationToken cancellationToken = default) =>
        SynchronizeCoreAsync(content ?? throw new ArgumentNullException(nameof(content)), cancellationToken);

    /// <inheritdoc />
    public void Dispose() => _synchronizing.Dispose();

    /// <summary>Removes an item and everything below it.</summary>
    /// <param name="key">The item's key.</param>
    /// <param name="cancellationToken">Cancels before the commit.</param>
    /// <returns>A task that completes when the removal is searchable.</returns>
    public Task RemoveAsync(Guid key, CancellationToken cancellationToken = default) =>
        _index.DeleteAsync([key], withDescendants: true, cancellationToken);

    private async Task<(int Indexed, int Removed)> SynchronizeCoreAsync(IContentLookup? content, CancellationToken cancellationToken)
    {
        await _synchronizing.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (content is not null)
            {
                Volatile.Write(ref _source, new Source(content));
            }

            var current = Volatile.Read(ref _source);
            if (_indexed is null)
            {
                var fingerprints = new Dictionary<Guid, UInt128>();

                // The rebuild enumerates the documents once (Parallel.ForEach pulls them one at a time under its own lock).
                await _index.RebuildAsync(AllDocuments(current).Select(d => Remember(d, fingerprints)), cancellationToken).ConfigureAwait(false);
                _indexed = fingerprints;
                return (fingerprints.Count, 0);
            }

            var now = new Dictionary<Guid, UInt128>(_indexed.Count);
            var changed = new List<Guid>();
            foreach (var document in AllDocuments(current))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var print = _fingerprint.Of(document);
                now[document.Id] = print;
                if (!_indexed.TryGetValue(document.Id, out var before) || before != print)
                {
                    changed.Add(document.Id);
                }
            }

            var removed = _indexed.Keys.Where(k => !now.ContainsKey(k)).ToList();
            if (changed.Count > 0 || removed.Count > 0)
            {
                // The changed documents are read again rather than kept: a large change never holds every document at once.
                var documents = changed.Select(current.Lookup.Find).OfType<ContentItem>().Select(i => DocumentOf(i, current)).OfType<SearchDocument>();
                await _index.UpdateAsync(documents, removed, cancellationToken).ConfigureAwait(false);
            }

            _indexed = now;
            return (changed.Count, removed.Count);
        }
        finally
        {
            _synchronizing.Release();
        }
    }

    private static Dictionary<string, ISearchContributor> ByType(IEnumerable<ISearchContributor> contributors)
    {
        // The package's first (a stable sort), so a site's own for the same type overwrites it.
        var byType = new Dictionary<string, ISearchContributor>(StringComparer.Ordinal);
        foreach (var contributor in contributors.OrderBy(c => !DefaultContributors.Contains(c)))
        {
            byType[contributor.ContentType] = contributor;
        }

        return byType;
    }

    private static IEnumerable<ContentItem> Branch(ContentItem top, IContentLookup lookup)
    {
        var pending = new Stack<ContentItem>([top]);
        var seen = new HashSet<Guid>();
        while (pending.TryPop(out var item))
        {
            if (!seen.Add(item.Key))
            {
                continue;
            }

            yield return item;
            foreach (var child in lookup.ChildrenOf(item.Key))
            {
                pending.Push(child);
            }
        }
    }

    private SearchDocument? DocumentOf(ContentItem item, Source from) =>
        item is not null && _contributors.TryGetValue(item.ContentType, out var contributor) ? contributor.Contribute(item, from.Context) : null;

    private IEnumerable<SearchDocument> AllDocuments(Source from) =>
        _contributors.Keys.SelectMany(from.Lookup.OfType).Select(i => DocumentOf(i, from)).OfType<SearchDocument>();

    private SearchDocument Remember(SearchDocument document, Dictionary<Guid, UInt128> fingerprints)
    {
        fingerprints[document.Id] = _fingerprint.Of(document);
        return document;
    }

    /// <summary>Published content with the contributors' context over it, swapped as one.</summary>
    private sealed class Source(IContentLookup lookup)
    {
        public IContentLookup Lookup { get; } = lookup;

        public SearchContributionContext Context { get; } = new(lookup);
    }
}
