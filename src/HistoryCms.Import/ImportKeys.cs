using System.Security.Cryptography;
using System.Text;

namespace HistoryCms.Import;

/// <summary>Deterministic content keys for imported items: the same identity gives the same key on every run and machine.</summary>
public static class ImportKeys
{
    private static readonly Guid Namespace = new("6f1b7c1e-3c59-4a8e-9d0f-5e7a2b4c8d11");

    /// <summary>The key of an imported item: a name-based UUID (RFC 9562 version 8, from SHA-256) of its kind and identity.</summary>
    /// <param name="kind">The kind of identity, e.g. "record" or "post".</param>
    /// <param name="identity">The record ID or old URL.</param>
    /// <returns>The key.</returns>
    public static Guid For(string kind, string identity)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        ArgumentException.ThrowIfNullOrWhiteSpace(identity);
        Span<byte> space = stackalloc byte[16];
        Namespace.TryWriteBytes(space, bigEndian: true, out _);
        var name = Encoding.UTF8.GetBytes(kind + ":" + identity.Trim());
        var input = new byte[16 + name.Length];
        space.CopyTo(input);
        name.CopyTo(input, 16);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(input, hash);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x80);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash[..16], bigEndian: true);
    }
}
