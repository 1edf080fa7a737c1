namespace HistoryCms.Search;

/// <summary>Tuning of an <see cref="SiteIndex"/>.</summary>
public sealed record SiteIndexOptions
{
    /// <summary>Memory the writer buffers before it flushes a segment, in MB (more means fewer, larger segments).</summary>
    public double RamBufferMegabytes { get; init; } = 64;

    /// <summary>How many threads add documents during a large batch or a rebuild.</summary>
    public int IndexingThreads { get; init; } = Math.Max(1, Environment.ProcessorCount);

    /// <summary>A batch at least this large is indexed on <see cref="IndexingThreads"/> threads.</summary>
    public int ParallelBatchSize { get; init; } = 256;

    /// <summary>
    /// After a rebuild, merge down to at most this many segments; 0 (the default) leaves merging to the merge policy,
    /// which merges while the rebuild runs: a forced merge rewrites the whole index once more for little query gain.
    /// </summary>
    public int MaxSegmentsAfterRebuild { get; init; }

    /// <summary>
    /// How long the first write of an index opened with <see cref="SiteIndex.OpenDeferred"/> waits for Lucene's write
    /// lock while another process gives it up (an overlapped recycle): 30 seconds by default.
    /// </summary>
    public TimeSpan WriteLockTimeout { get; init; } = TimeSpan.FromSeconds(30);
}
