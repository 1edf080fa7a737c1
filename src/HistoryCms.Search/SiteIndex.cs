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
/// <remarks>
/// An index that shares its folder with other processes (an Umbraco site during an overlapped recycle or a slot swap)
/// opens with <see cref="OpenDeferred"/>: it reads the last commit until its first write takes Lucene's write lock, and
/// <see cref="ReleaseWriter"/> gives the lock up for good (to the process that takes over) while searches go on over the
/// last commit.
/// </remarks>
public sealed class SiteIndex : IDisposable, IAsyncDisposable
{
    private static readonly Analyzer[] Analyzers = [.. Enum.GetValues<TextProfile>().Select(IndexAnalyzer)];

    private readonly LuceneDirectory _directory;
    private readonly bool _ownsDirectory;
    private readonly SiteIndexOptions _options;
    private readonly SemaphoreSlim _writes = new(1, 1);
    private readonly CancellationTokenSource _releasing = new();
    private readonly long _writeLockTimeout;
    private IndexWriter? _writer;
    private SearcherManager _searchers;
    private RAMDirectory? _emptyView;
    private int _disposed;
    private volatile bool _released;
    private bool _writerReleased;

    /// <summary>Opens (or creates) the index in a Lucene directory the caller owns.</summary>
    /// <param name="directory">The directory.</param>
    /// <param name="options">Tuning, or <c>null</c> for the defaults.</param>
    public SiteIndex(LuceneDirectory directory, SiteIndexOptions? options = null)
        : this(directory, ownsDirectory: false, options, deferWriter: false)
    {
    }

    private SiteIndex(LuceneDirectory directory, bool ownsDirectory, SiteIndexOptions? options, bool deferWriter)
    {
        _directory = directory;
        _ownsDirectory = ownsDirectory;
        _options = options ?? new SiteIndexOptions();
        _writeLockTimeout = deferWriter ? (long)_options.WriteLockTimeout.TotalMilliseconds : IndexWriterConfig.WRITE_LOCK_TIMEOUT;
        if (deferWriter)
        {
            _searchers = OpenCommitted();
        }
        else
        {
            (_writer, _searchers) = OpenWriter();
        }
    }

    /// <summary>Opens (or creates) the index in a folder on disk.</summary>
    /// <param name="path">The folder.</param>
    /// <param name="options">Tuning, or <c>null</c> for the defaults.</param>
    /// <returns>The index.</returns>
    public static SiteIndex Open(string path, SiteIndexOptions? options = null) =>
        new(new PositionalReadDirectory(path), ownsDirectory: true, options, deferWriter: false);

    /// <summary>
    /// Opens the index in a folder on disk for reading its last commit (empty when there is none yet), without Lucene's
    /// write lock: the first write takes the lock, waiting up to <see cref="SiteIndexOptions.WriteLockTimeout"/> for a
    /// process that is giving it up.
    /// </summary>
    /// <param name="path">The folder.</param>
    /// <param name="options">Tuning, or <c>null</c> for the defaults.</param>
    /// <returns>The index.</returns>
    public static SiteIndex OpenDeferred(string path, SiteIndexOptions? options = null) =>
        new(new PositionalReadDirectory(path), ownsDirectory: true, options, deferWriter: true);

    /// <summary>Creates an index held in memory (tests, small sites, previews).</summary>
    /// <param name="options">Tuning, or <c>null</c> for the defaults.</param>
    /// <returns>The index.</returns>
    public static SiteIndex InMemory(SiteIndexOptions? options = null) =>
        new(new RAMDirectory(), ownsDirectory: true, options, deferWriter: false);

    /// <summary>How many items the current searchers see.</summary>
    public int Count => WithSearcher(s => s.IndexReader.NumDocs);

    /// <summary>
    /// Whether <see cref="ReleaseWriter"/> was called: searches answer from the last commit and writes are refused.
    /// </summary>
    public bool IsReleased => _released;

    /// <summary>
    /// Gives up writing for good: waits for a write in flight (each commits or rolls back), closes the writer, which
    /// frees Lucene's write lock for another process, and serves searches from the last commit. Later writes throw an
    /// <see cref="InvalidOperationException"/>. Safe to call more than once, and before any write.
    /// </summary>
    public void ReleaseWriter()
    {
        if (Volatile.Read(ref _disposed) != 0)
        {
            return;
        }

        // A write in flight stops before its commit and rolls back; the process taking over indexes it.
        _released = true;
        _releasing.Cancel();

        // A semaphore, not a task: Umbraco runs MainDom's release callbacks synchronously.
        _writes.Wait(Timeout.InfiniteTimeSpan);
        try
        {
            if (_writerReleased || Volatile.Read(ref _disposed) != 0)
            {
                return;
            }

            _writerReleased = true;
            if (_writer is not null)
            {
                var oldSearchers = _searchers;
                _writer.Dispose();
                _writer = null;
                Volatile.Write(ref _searchers, OpenCommitted());
                oldSearchers.Dispose();
            }
        }
        finally
        {
            _writes.Release();
        }
    }

    /// <summary>Adds or replaces documents (by id), then commits and reopens the searchers.</summary>
    /// <param name="documents">The documents.</param>
    /// <param name="cancellationToken">Cancels before the commit; nothing of the batch is committed then.</param>
    /// <returns>A task that completes when the batch is committed and searchable.</returns>
    public Task IndexAsync(IEnumerable<SearchDocument> documents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        return WriteAsync((w, token) => Add(w, documents, replace: true, token), cancellationToken);
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
            (w, token) =>
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
            (w, token) =>
            {
                foreach (var key in removed)
                {
                    w.DeleteDocuments(new Term(SearchFields.Id, IndexedDocument.Key(key)));
                }

                Add(w, documents, replace: true, token);
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
            (w, token) =>
            {
                w.DeleteDocuments(new Term(SearchFields.Id, IndexedDocument.Key(root)), new Term(SearchFields.Ancestor, IndexedDocument.Key(root)));
                Add(w, documents, replace: true, token);
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
            (w, token) =>
            {
                w.DeleteAll();
                Add(w, documents, replace: false, token);
                if (_options.MaxSegmentsAfterRebuild > 0)
                {
                    w.ForceMerge(_options.MaxSegmentsAfterRebuild);
                }
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            // A semaphore, not a task: waits for a write in flight to finish before closing the writer under it.
            _writes.Wait(Timeout.InfiniteTimeSpan);
            Close();
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            await _writes.WaitAsync().ConfigureAwait(false);
            Close();
        }
    }

    /// <summary>Runs work on the current searcher and releases it afterwards.</summary>
    /// <typeparam name="T">The result type.</typeparam>
    /// <param name="work">The work.</param>
    /// <returns>What the work returned.</returns>
    internal T WithSearcher<T>(Func<SiteSearcher, T> work)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        SearcherManager manager;
        IndexSearcher? searcher;
        do
        {
            manager = Volatile.Read(ref _searchers);
        }
        while (!TryAcquire(manager, out searcher));

        try
        {
            return work((SiteSearcher)searcher);
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
        catch (ObjectDisposedException) when (Volatile.Read(ref _disposed) == 0 && !ReferenceEquals(manager, Volatile.Read(ref _searchers)))
        {
            searcher = null;
            return false;
        }
    }

    private async Task WriteAsync(Action<IndexWriter, CancellationToken> change, CancellationToken requested)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(requested, _releasing.Token);
        var cancellationToken = linked.Token;
        await _writes.WaitAsync(requested).ConfigureAwait(false);
        try
        {
            ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
            if (_released)
            {
                throw new InvalidOperationException("The site index has released its writer (another process writes it now); it only answers searches.");
            }

            var current = _writer ?? StartWriting();
            try
            {
                change(current, cancellationToken);
                cancellationToken.ThrowIfCancellationRequested();
                current.Commit();
            }
            catch (Exception)
            {
                DiscardUncommitted();
                throw;
            }

            _searchers.MaybeRefreshBlocking();
        }
        finally
        {
            _writes.Release();
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

        if (_options.IndexingThreads <= 1 || (documents is IReadOnlyCollection<SearchDocument> small && small.Count < _options.ParallelBatchSize))
        {
            foreach (var document in documents)
            {
                cancellationToken.ThrowIfCancellationRequested();
                AddOne(document);
            }

            return;
        }

        var parallel = new ParallelOptions { MaxDegreeOfParallelism = _options.IndexingThreads, CancellationToken = cancellationToken };
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
        // IndexWriter.Rollback drops everything since the last commit and closes the writer: open a fresh one, unless the
        // index is being released (the lock is then left to the process taking over; searches read the last commit).
        var oldSearchers = _searchers;
        _writer!.Rollback();
        if (_released)
        {
            _writer = null;
            Volatile.Write(ref _searchers, OpenCommitted());
        }
        else
        {
            (_writer, var newSearchers) = OpenWriter();
            Volatile.Write(ref _searchers, newSearchers);
        }

        oldSearchers.Dispose();
    }

    private void Close()
    {
        try
        {
            _searchers.Dispose();
            _writer?.Dispose();
            _emptyView?.Dispose();
            if (_ownsDirectory)
            {
                _directory.Dispose();
            }
        }
        finally
        {
            _writes.Release();
            _writes.Dispose();
            _releasing.Dispose();
        }
    }

    // The profile's chains for text, one whole token for the key fields.
    private static PerFieldAnalyzerWrapper IndexAnalyzer(TextProfile profile)
    {
        var keyword = new KeywordAnalyzer();
        return new PerFieldAnalyzerWrapper(
            new SiteSearchAnalyzer(profile, AnalyzerMode.Index),
            IndexedDocument.KeyFields.ToDictionary(f => f, Analyzer (_) => keyword, StringComparer.Ordinal));
    }

    // The first write of a deferred index: searches move from the last commit to the writer's near-real-time view.
    private IndexWriter StartWriting()
    {
        var oldSearchers = _searchers;
        (var newWriter, var newSearchers) = OpenWriter();
        _writer = newWriter;
        Volatile.Write(ref _searchers, newSearchers);
        oldSearchers.Dispose();
        return newWriter;
    }

    // Searchers over the last commit, or over an empty view when the folder holds no index yet.
    private SearcherManager OpenCommitted()
    {
        if (DirectoryReader.IndexExists(_directory))
        {
            return new SearcherManager(_directory, new SiteSearcherFactory());
        }

        if (_emptyView is null)
        {
            _emptyView = new RAMDirectory();
            using var empty = new IndexWriter(_emptyView, new IndexWriterConfig(SiteSearchAnalyzer.Version, Analyzers[(int)TextProfile.Default]));
            empty.Commit();
        }

        return new SearcherManager(_emptyView, new SiteSearcherFactory());
    }

    private (IndexWriter Writer, SearcherManager Searchers) OpenWriter()
    {
        var config = new IndexWriterConfig(SiteSearchAnalyzer.Version, Analyzers[(int)TextProfile.Default])
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,
            WriteLockTimeout = _writeLockTimeout,
            RAMBufferSizeMB = _options.RamBufferMegabytes,
            UseCompoundFile = false,
            MergePolicy = new TieredMergePolicy { NoCFSRatio = 0 },
        };
        var newWriter = new IndexWriter(_directory, config);
        if (!DirectoryReader.IndexExists(_directory))
        {
            newWriter.Commit();
        }

        return (newWriter, new SearcherManager(newWriter, applyAllDeletes: true, new SiteSearcherFactory()));
    }
}
