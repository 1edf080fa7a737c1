using Lucene.Net.Store;
using Microsoft.Win32.SafeHandles;

namespace HistoryCms.Search.Storage;

/// <summary>
/// One open index file of a <see cref="PositionalReadDirectory"/>: <see cref="BufferedIndexInput"/> fills its buffer
/// with <see cref="RandomAccess.Read(SafeFileHandle, Span{byte}, long)"/> at the current position, so clones share the
/// handle without sharing a file position. The original input owns the handle; clones never close it.
/// </summary>
internal sealed class PositionalReadInput : BufferedIndexInput
{
    private readonly SafeFileHandle _handle;
    private readonly long _length;
    private bool _isClone;

    /// <summary>Creates the input over an open handle (which it then owns).</summary>
    /// <param name="description">The description Lucene shows in errors.</param>
    /// <param name="handle">The file, opened for reading.</param>
    /// <param name="bufferSize">Bytes read at a time.</param>
    public PositionalReadInput(string description, SafeFileHandle handle, int bufferSize)
        : base(description, bufferSize)
    {
        _handle = handle;
        _length = RandomAccess.GetLength(handle);
    }

    /// <inheritdoc />
    public override long Length => _length;

    /// <inheritdoc />
    public override object Clone()
    {
        var clone = (PositionalReadInput)base.Clone();
        clone._isClone = true;
        return clone;
    }

    /// <inheritdoc />
    protected override void ReadInternal(byte[] b, int offset, int len)
    {
        var position = Position;
        if (position + len > _length)
        {
            throw new EndOfStreamException($"Read past the end of {this}: {len} bytes at {position} of {_length}.");
        }

        var target = b.AsSpan(offset, len);
        while (!target.IsEmpty)
        {
            var read = RandomAccess.Read(_handle, target, position);
            if (read <= 0)
            {
                throw new EndOfStreamException($"{this} ended at {position} of {_length} bytes.");
            }

            position += read;
            target = target[read..];
        }
    }

    /// <inheritdoc />
    protected override void SeekInternal(long pos)
    {
        // Every read names its position: nothing to move.
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing && !_isClone)
        {
            _handle.Dispose();
        }
    }
}
