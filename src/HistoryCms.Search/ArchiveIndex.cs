using HistoryCms.Search.Analysis;
using HistoryCms.Search.Indexing;
using HistoryCms.Search.Storage;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace HistoryCms.Search;

/// <summary>
/// The one owner of the archive's Lucene index: a single writer, near-real-time searchers that reopen after every
/// change, and a commit after every batch, so a crash loses at most the batch in flight and the index reopens at
/// its last commit. Writes are serialized; searches run concurrently with them.
/// </summary>
public sealed class ArchiveIndex : IDisposable, IAsyncDisposable
{
    private static readonly Analyzer[] Analyzers = [.. Enum.GetValues<TextProfile>().Select(IndexAnalyzer)];

    private readonly LuceneDirectory directory;
    private readonly bool ownsDirectory;
    private readonly ArchiveIndexOptions options;
    private readonly SemaphoreSlim writes = new(1, 1);
    private IndexWriter writer;
    private SearcherManager searchers;
    private int disposed;

    /// <summary>Opens (or creates) the index in a Lucene directory the caller owns.</summary>
    /// <param name="directory">The directory.</param>
    /// <param name="options">Tuning, or <c>null</c> for the defaults.</param>
    public ArchiveIndex(LuceneDirectory directory, ArchiveIndexOptions? options = null)
        : this(directory, ownsDirectory: false, options)
    {
    }

    private ArchiveIndex(LuceneDirectory directory, bool ownsDirectory, ArchiveIndexOptions? options)
    {
        this.directory = directory;
        this.ownsDirectory = ownsDirectory;
        this.options = options ?? new ArchiveIndexOptions();
        (writer, searchers) = OpenWriter();
    }

    /// <summary>Opens (or creates) the index in a folder on disk.</summary>
    /// <param name="path">The folder.</param>
    /// <param name="options">Tuning, or <c>null</c> for the defaults.</param>
    /// <returns>The index.</returns>
    public static ArchiveIndex Open(string path, ArchiveIndexOptions? options = null) =>
        new(new PositionalReadDirectory(path), ownsDirectory: true, options);

    /// <summary>Creates an index held in memory (tests, small sites, previews).</summary>
    /// <param name="options">Tuning, or <c>null</c> for the defaults.</param>
    /// <returns>The index.</returns>
    public static ArchiveIndex InMemory(ArchiveIndexOptions? options = null) =>
        new(new RAMDirectory(), ownsDirectory: true, options);

    /// <summary>How many items the current searchers see.</summary>
    public int Count => WithSearcher(s => s.IndexReader.NumDocs);

    /// <summary>Adds or replaces documents (by id), then commits and reopens the searchers.</summary>
    /// <param name="documents">The documents.</param>
    /// <param name="cancellationToken">Cancels before the commit; nothing of the batch is committed then.</param>
    /// <returns>A task that completes when the batch is committed and searchable.</returns>
    public Task IndexAsync(IEnumerable<SearchDocument> documents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        return WriteAsync(w => Add(w, documents, replace: true, cancellationToken), cancellationToken);
    }

    /// <summary>Removes items (and, when asked, every item below them in the content tree), then commits.</summary>
    /// <param name="keys">The keys of the items.</param>
    /// <param name="withDescendants">Whether to remove the items' descendants too.</param>
    /// <param name="cancellationToken">Cancels before the commit.</param>
    /// <returns>A task that completes when the removal is committed and searchable.</returns>
    public Task DeleteAsync(IEnumerable<Guid> keys, bool withDescendants = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        return WriteAsync(
            w =>
            {
                foreach (var key in keys)
                {
                    w.DeleteDocuments(new Term(SearchFields.Id, IndexedDocument.Key(key)));
                    if (withDescendants)
                    {
                        w.DeleteDocuments(new Term(SearchFields.Ancestor, IndexedDocument.Key(key)));
                    }
                }
            },
            cancellationToken);
    }

    /// <summary>Adds or replaces some documents (by id) and removes other items, in one commit.</summary>
    /// <param name="documents">The documents to add or replace (enumerated once, lazily).</param>
    /// <param name="removed">The keys of the items to remove (their descendants stay).</param>
    /// <param name="cancellationToken">Cancels before the commit; nothing of the change is committed then.</param>
    /// <returns>A task that completes when the change is committed and searchable.</returns>
    public Task UpdateAsync(IEnumerable<SearchDocument> documents, IEnumerable<Guid> removed, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(removed);
        return WriteAsync(
            w =>
            {
                foreach (var key in removed)
                {
                    w.DeleteDocuments(new Term(SearchFields.Id, IndexedDocument.Key(key)));
                }

                Add(w, documents, replace: true, cancellationToken);
            },
            cancellationToken);
    }

    /// <summary>
    /// Replaces a branch of the content tree in one commit: removes every item below <paramref name="root"/>, then adds
    /// these documents (the branch as it is now; items no longer in it stay removed).
    /// </summary>
    /// <param name="root">The key of the branch's top item.</param>
    /// <param name="documents">The documents of the branch (its top item included when it is indexed).</param>
    /// <param name="cancellationToken">Cancels before the commit.</param>
    /// <returns>A task that completes when the branch is committed and searchable.</returns>
    public Task ReplaceBranchAsync(Guid root, IEnumerable<SearchDocument> documents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        return WriteAsync(
            w =>
            {
                w.DeleteDocuments(new Term(SearchFields.Id, IndexedDocument.Key(root)), new Term(SearchFields.Ancestor, IndexedDocument.Key(root)));
                Add(w, documents, replace: true, cancellationToken);
            },
            cancellationToken);
    }

    /// <summary>
    /// Replaces the whole index with these documents in one commit: searches see the old index until the new one is
    /// complete, and a failure (or cancellation) part-way leaves the old index in place.
    /// </summary>
    /// <param name="documents">Every document (enumerated once, lazily).</param>
    /// <param name="cancellationToken">Cancels the rebuild.</param>
    /// <returns>A task that completes when the new index is committed and searchable.</returns>
    public Task RebuildAsync(IEnumerable<SearchDocument> documents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        return WriteAsync(
            w =>
            {
                w.DeleteAll();
                Add(w, documents, replace: false, cancellationToken);
                if (options.MaxSegmentsAfterRebuild > 0)
                {
                    w.ForceMerge(options.MaxSegmentsAfterRebuild);
                }
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 0)
        {
            // A semaphore, not a task: waits for a write in flight to finish before closing the writer under it.
            writes.Wait(Timeout.InfiniteTimeSpan);
            Close();
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 0)
        {
            await writes.WaitAsync().ConfigureAwait(false);
            Close();
        }
    }

    /// <summary>Runs work on the current searcher and releases it afterwards.</summary>
    /// <typeparam name="T">The result type.</typeparam>
    /// <param name="work">The work.</param>
    /// <returns>What the work returned.</returns>
    internal T WithSearcher<T>(Func<ArchiveSearcher, T> work)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref disposed) != 0, this);
        SearcherManager manager;
        IndexSearcher? searcher;
        do
        {
            manager = Volatile.Read(ref searchers);
        }
        while (!TryAcquire(manager, out searcher));

        try
        {
            return work((ArchiveSearcher)searcher);
        }
        finally
        {
            manager.Release(searcher);
        }
    }

    // A failed write replaces the searchers; one being acquired at that moment is retried on the new ones.
    private bool TryAcquire(SearcherManager manager, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out IndexSearcher? searcher)
    {
        try
        {
            searcher = manager.Acquire();
            return true;
        }
        catch (ObjectDisposedException) when (Volatile.Read(ref disposed) == 0 && !ReferenceEquals(manager, Volatile.Read(ref searchers)))
        {
            searcher = null;
            return false;
        }
    }

    private async Task WriteAsync(Action<IndexWriter> change, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref disposed) != 0, this);
        await writes.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ObjectDisposedException.ThrowIf(Volatile.Read(ref disposed) != 0, this);
            try
            {
                change(writer);
                cancellationToken.ThrowIfCancellationRequested();
                writer.Commit();
            }
            catch (Exception)
            {
                DiscardUncommitted();
                throw;
            }

            searchers.MaybeRefreshBlocking();
        }
        finally
        {
            writes.Release();
        }
    }

    private void Add(IndexWriter target, IEnumerable<SearchDocument> documents, bool replace, CancellationToken cancellationToken)
    {
        void AddOne(SearchDocument document)
        {
            var fields = IndexedDocument.Create(document);
            var analyzer = Analyzers[(int)TextProfiles.For(document.TextLanguage)];
            if (replace)
            {
                target.UpdateDocument(new Term(SearchFields.Id, IndexedDocument.Key(document.Id)), fields, analyzer);
            }
            else
            {
                target.AddDocument(fields, analyzer);
            }
        }

        if (options.IndexingThreads <= 1 || (documents is IReadOnlyCollection<SearchDocument> small && small.Count < options.ParallelBatchSize))
        {
            foreach (var document in documents)
            {
                cancellationToken.ThrowIfCancellationRequested();
                AddOne(document);
            }

            return;
        }

        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.IndexingThreads, CancellationToken = cancellationToken };
        try
        {
            Parallel.ForEach(documents, parallel, AddOne);
        }
        catch (AggregateException failure) when (failure.InnerExceptions.Count == 1)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(failure.InnerExceptions[0]).Throw();
        }
    }

    private void DiscardUncommitted()
    {
        // IndexWriter.Rollback drops everything since the last commit and closes the writer: open a fresh one.
        var oldSearchers = searchers;
        writer.Rollback();
        (writer, var newSearchers) = OpenWriter();
        Volatile.Write(ref searchers, newSearchers);
        oldSearchers.Dispose();
    }

    private void Close()
    {
        try
        {
            searchers.Dispose();
            writer.Dispose();
            if (ownsDirectory)
            {
                directory.Dispose();
            }
        }
        finally
        {
            writes.Release();
            writes.Dispose();
        }
    }

    // The profile's chains for text, one whole token for the key fields.
    private static PerFieldAnalyzerWrapper IndexAnalyzer(TextProfile profile)
    {
        var keyword = new KeywordAnalyzer();
        return new PerFieldAnalyzerWrapper(
            new ArchiveAnalyzer(profile, AnalyzerMode.Index),
            IndexedDocument.KeyFields.ToDictionary(f => f, Analyzer (_) => keyword, StringComparer.Ordinal));
    }

    private (IndexWriter Writer, SearcherManager Searchers) OpenWriter()
    {
        var config = new IndexWriterConfig(ArchiveAnalyzer.Version, Analyzers[(int)TextProfile.Default])
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,
            RAMBufferSizeMB = options.RamBufferMegabytes,
            UseCompoundFile = false,
            MergePolicy = new TieredMergePolicy { NoCFSRatio = 0 },
        };
        var newWriter = new IndexWriter(directory, config);
        if (!DirectoryReader.IndexExists(directory))
        {
            newWriter.Commit();
        }

        return (newWriter, new SearcherManager(newWriter, applyAllDeletes: true, new ArchiveSearcherFactory()));
    }
}
