using System.Buffers;
using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace HistoryCms.Search.Contributors;

/// <summary>
/// A digest of everything a <see cref="SearchDocument"/> puts into the index, so a reload can tell which items' documents
/// changed even when the item itself did not (a post carries its authors' names, its programs' labels, its ancestors).
/// Every field is written with its length in a fixed order (so <c>["ab","c"]</c> and <c>["a","bc"]</c> differ), then
/// hashed with SHA-256 (in the base library, hardware-accelerated); the first 128 bits are kept. Fingerprints live only in
/// the process that computed them, never on disk. One instance reuses its buffer: not thread-safe.
/// </summary>
internal sealed class SearchDocumentFingerprint
{
    private readonly ArrayBufferWriter<byte> _buffer = new(4096);

    /// <summary>The fingerprint of a document.</summary>
    /// <param name="document">The document.</param>
    /// <returns>128 bits of its SHA-256 digest.</returns>
    public UInt128 Of(SearchDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        _buffer.ResetWrittenCount();
        Write(document.Id);
        Write(document.Type);
        Write(document.Title);
        Write(document.Route);
        Write(document.Body);
        Write(document.Extra);
        Write(document.TextLanguage);
        if (document.Date is { } date)
        {
            Write(date.Start.DayNumber);
            Write(date.End.DayNumber);
            Write(date.Text);
        }
        else
        {
            Write(-1);
        }

        Write(document.Programs);
        Write(document.Authors);

        Write(document.Repository);
        Write(document.Languages);
        Write(document.Genre);
        Write(document.Subjects);
        Write(document.People.Count);
        foreach (var person in document.People)
        {
            Write(person.Name);
            Write(person.Variants);
        }

        Write(document.Places);
        Write(document.Ancestors.Count);
        foreach (var ancestor in document.Ancestors)
        {
            Write(ancestor);
        }

        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(_buffer.WrittenSpan, digest);
        return BinaryPrimitives.ReadUInt128LittleEndian(digest);
    }

    private void Write(int value)
    {
        BinaryPrimitives.WriteInt32LittleEndian(_buffer.GetSpan(sizeof(int)), value);
        _buffer.Advance(sizeof(int));
    }

    private void Write(Guid value)
    {
        value.TryWriteBytes(_buffer.GetSpan(16));
        _buffer.Advance(16);
    }

    private void Write(string? value)
    {
        if (value is null)
        {
            Write(-1);
            return;
        }

        // The UTF-16 code units as they are: no encoding pass, and the digest never leaves the process.
        var bytes = MemoryMarshal.AsBytes(value.AsSpan());
        Write(value.Length);
        bytes.CopyTo(_buffer.GetSpan(bytes.Length));
        _buffer.Advance(bytes.Length);
    }

    private void Write(IReadOnlyList<SearchLabel> labels)
    {
        Write(labels.Count);
        foreach (var label in labels)
        {
            Write(label.Key);
            Write(label.Label);
        }
    }

    private void Write(IReadOnlyList<string> values)
    {
        Write(values.Count);
        foreach (var value in values)
        {
            Write(value);
        }
    }
}
