using HistoryCms.Core.Content;

namespace HistoryCms.Search.Contributors;

/// <summary>
/// Keeps an <see cref="ArchiveIndex"/> in step with published content: the contributors turn items into documents,
/// a refresh re-reads an item (or a branch) and removes what is no longer published, a rebuild re-reads everything.
/// Umbraco's cache refresher handler and the delivery server's snapshot reloads both drive it.
/// </summary>
public sealed class ArchiveIndexFeed : IDisposable
{
    private readonly ArchiveIndex index;
    private readonly IContentLookup lookup;
    private readonly Dictionary<string, ISearchContributor> contributors;
    private readonly SearchContributionContext context;
    private readonly SemaphoreSlim synchronizing = new(1, 1);
    private Dictionary<Guid, DateTimeOffset>? indexed;

    /// <summary>Creates the feed.</summary>
    /// <param name="index">The index to keep current.</param>
    /// <param name="lookup">The published content.</param>
    /// <param name="contributors">The contributors; <c>null</c> for <see cref="DefaultContributors"/>.</param>
    public ArchiveIndexFeed(ArchiveIndex index, IContentLookup lookup, IEnumerable<ISearchContributor>? contributors = null)
    {
        this.index = index ?? throw new ArgumentNullException(nameof(index));
        this.lookup = lookup ?? throw new ArgumentNullException(nameof(lookup));
        this.contributors = (contributors ?? DefaultContributors).ToDictionary(c => c.ContentType, StringComparer.Ordinal);
        context = new SearchContributionContext(lookup);
    }

    /// <summary>The package's contributors: blog posts, archival documents, authors and programs.</summary>
    public static IReadOnlyList<ISearchContributor> DefaultContributors { get; } =
        [new BlogPostContributor(), new ArchivalDocumentContributor(), new AuthorContributor(), new ProgramContributor()];

    /// <summary>The search document of an item, or <c>null</c> when no contributor indexes its type.</summary>
    /// <param name="item">The item.</param>
    /// <returns>The document, or <c>null</c>.</returns>
    public SearchDocument? DocumentOf(ContentItem item) =>
        item is not null && contributors.TryGetValue(item.ContentType, out var contributor) ? contributor.Contribute(item, context) : null;

    /// <summary>Every document of the published content, read lazily.</summary>
    /// <returns>The documents.</returns>
    public IEnumerable<SearchDocument> AllDocuments() =>
        contributors.Keys.SelectMany(lookup.OfType).Select(DocumentOf).OfType<SearchDocument>();

    /// <summary>Replaces the whole index with the published content (one call, one commit).</summary>
    /// <param name="cancellationToken">Cancels the rebuild; the old index stays.</param>
    /// <returns>A task that completes when the new index serves.</returns>
    public Task RebuildAsync(CancellationToken cancellationToken = default) => index.RebuildAsync(AllDocuments(), cancellationToken);

    /// <summary>Re-reads one item, or its whole branch; removes what is no longer published.</summary>
    /// <param name="key">The item's key.</param>
    /// <param name="withDescendants">Whether the whole branch changed (published with descendants, moved, sorted).</param>
    /// <param name="cancellationToken">Cancels before the commit.</param>
    /// <returns>A task that completes when the change is searchable.</returns>
    public Task RefreshAsync(Guid key, bool withDescendants, CancellationToken cancellationToken = default)
    {
        var item = lookup.Find(key);
        if (item is null)
        {
            return index.DeleteAsync([key], withDescendants: true, cancellationToken);
        }

        if (!withDescendants)
        {
            return DocumentOf(item) is { } document
                ? index.IndexAsync([document], cancellationToken)
                : index.DeleteAsync([key], withDescendants: false, cancellationToken);
        }

        return index.ReplaceBranchAsync(key, Branch(item).Select(DocumentOf).OfType<SearchDocument>(), cancellationToken);
    }

    /// <summary>
    /// Brings the index in step with the content as it is now, incrementally: the first call rebuilds; later calls
    /// (after a content snapshot reloads) index the items that are new or changed since (by update date) and remove
    /// the ones that are gone. One commit per call.
    /// </summary>
    /// <param name="cancellationToken">Cancels before the commit.</param>
    /// <returns>How many items were indexed and removed.</returns>
    public async Task<(int Indexed, int Removed)> SynchronizeAsync(CancellationToken cancellationToken = default)
    {
        await synchronizing.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var current = contributors.Keys.SelectMany(lookup.OfType).ToDictionary(i => i.Key, i => i.UpdateDate);
            if (indexed is null)
            {
                await RebuildAsync(cancellationToken).ConfigureAwait(false);
                indexed = current;
                return (current.Count, 0);
            }

            var changed = current.Where(c => !indexed.TryGetValue(c.Key, out var date) || date != c.Value).Select(c => c.Key).ToList();
            var removed = indexed.Keys.Where(k => !current.ContainsKey(k)).ToList();
            if (removed.Count > 0)
            {
                await index.DeleteAsync(removed, withDescendants: false, cancellationToken).ConfigureAwait(false);
            }

            if (changed.Count > 0)
            {
                var documents = changed.Select(lookup.Find).OfType<ContentItem>().Select(DocumentOf).OfType<SearchDocument>().ToList();
                await index.IndexAsync(documents, cancellationToken).ConfigureAwait(false);
            }

            indexed = current;
            return (changed.Count, removed.Count);
        }
        finally
        {
            synchronizing.Release();
        }
    }

    /// <inheritdoc />
    public void Dispose() => synchronizing.Dispose();

    /// <summary>Removes an item and everything below it.</summary>
    /// <param name="key">The item's key.</param>
    /// <param name="cancellationToken">Cancels before the commit.</param>
    /// <returns>A task that completes when the removal is searchable.</returns>
    public Task RemoveAsync(Guid key, CancellationToken cancellationToken = default) =>
        index.DeleteAsync([key], withDescendants: true, cancellationToken);

    private IEnumerable<ContentItem> Branch(ContentItem top)
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
}
