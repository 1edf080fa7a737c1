using Lucene.Net.Store;

namespace HistoryCms.Search.Storage;

/// <summary>
/// The site index on disk, read with positional reads (<c>pread</c>) into a buffer per input. Lucene.NET's
/// <see cref="MMapDirectory"/> reads mapped memory one bounds-checked byte at a time through
/// <see cref="System.IO.UnmanagedMemoryAccessor"/>, and its <see cref="NIOFSDirectory"/> locks a shared
/// <see cref="FileStream"/> and asks the file's length on every read; measured on the search benchmark, both cost more
/// than the searching itself. Positional reads need no lock, so concurrent searches do not queue on a file, and the file
/// cache stays outside the process (the server's resident memory does not grow with the index). Writing is
/// <see cref="FSDirectory"/>'s own.
/// </summary>
internal sealed class PositionalReadDirectory : FSDirectory
{
    /// <summary>Bytes read at a time while searching: postings blocks and stored-field chunks are a few KB.</summary>
    public const int SearchReadSize = 4096;

    /// <summary>Opens the folder (created on first write) with Lucene's native file lock.</summary>
    /// <param name="path">The folder.</param>
    public PositionalReadDirectory(string path)
        : base(new DirectoryInfo(path), lockFactory: null)
    {
    }

    /// <inheritdoc />
    public override IndexInput OpenInput(string name, IOContext context)
    {
        EnsureOpen();
        var path = Path.Combine(Directory.FullName, name);
        var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, FileOptions.RandomAccess);
        var readSize = context.Context == IOContext.UsageContext.MERGE ? BufferedIndexInput.MERGE_BUFFER_SIZE : SearchReadSize;
        return new PositionalReadInput($"{nameof(PositionalReadInput)}(path=\"{path}\")", handle, readSize);
    }
}
