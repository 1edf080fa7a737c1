using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;

namespace HistoryCms.Import;

/// <summary>
/// The keys of imported items, derived from their identity so that a re-run finds the same item: name-based UUIDs
/// (RFC 4122 version 5, SHA-1) in one fixed namespace, over a kind prefix and the normalised identity. A key never changes
/// for the same identity; changing the namespace or a prefix would duplicate every imported item.
/// </summary>
public static class ImportKeys
{
    /// <summary>The namespace of every import key (chosen once for HistoryCms; never change it).</summary>
    public static readonly Guid Namespace = new("c611dc9d-1f0b-4892-8c56-24f5c7f88aec");

    /// <summary>The key of an imported item of any other kind (a folder the importer had to create), by its kind and identity.</summary>
    /// <param name="kind">The kind of identity, e.g. "folder".</param>
    /// <param name="identity">The identity within that kind.</param>
    /// <returns>The key.</returns>
    public static Guid For(string kind, string identity)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        return Create(kind + ":" + Required(identity, nameof(identity)).Trim());
    }

    /// <summary>
    /// The key of an archival document, by the Digital Archive's record ID (trimmed; <c>300653</c>), or by its archive
    /// address when a record has no ID: the records importer and the legacy posts that cite the record agree on it.
    /// </summary>
    /// <param name="recordId">The record ID.</param>
    /// <returns>The key.</returns>
    public static Guid DocumentKey(string recordId) => Create("document:" + Required(recordId, nameof(recordId)).Trim());

    /// <summary>
    /// The key of a post, by its old URL, normalised: scheme and a leading <c>www.</c> dropped, host lower-cased, query,
    /// fragment and trailing slash dropped (so <c>http://wilsoncenter.org/blog-post/x/</c> and
    /// <c>https://www.wilsoncenter.org/blog-post/x</c> are one post).
    /// </summary>
    /// <param name="oldUrl">The post's URL on the old site.</param>
    /// <returns>The key.</returns>
    public static Guid PostKey(string oldUrl) => Create("post:" + NormaliseUrl(Required(oldUrl, nameof(oldUrl))));

    /// <summary>The key of a program or project, by its name (whitespace collapsed, case ignored).</summary>
    /// <param name="name">The program's name.</param>
    /// <returns>The key.</returns>
    public static Guid ProgramKey(string name) => Create("program:" + NormaliseName(Required(name, nameof(name))));

    /// <summary>The key of an author, by their name (whitespace collapsed, case ignored).</summary>
    /// <param name="name">The author's name.</param>
    /// <returns>The key.</returns>
    public static Guid AuthorKey(string name) => Create("author:" + NormaliseName(Required(name, nameof(name))));

    /// <summary>The key of the citation made from the <paramref name="ordinal"/>-th archive link (from 1) of a post.</summary>
    /// <param name="oldUrl">The post's URL on the old site.</param>
    /// <param name="ordinal">The link's position among the post's cited links, from 1.</param>
    /// <returns>The key.</returns>
    public static Guid CitationKey(string oldUrl, int ordinal) =>
        Create(FormattableString.Invariant($"citation:{NormaliseUrl(Required(oldUrl, nameof(oldUrl)))}#{ordinal}"));

    /// <summary>The identity of a post URL as <see cref="PostKey"/> compares it.</summary>
    /// <param name="url">The URL.</param>
    /// <returns>The normalised form, e.g. <c>wilsoncenter.org/blog-post/x</c>.</returns>
    public static string NormaliseUrl(string url)
    {
        var text = Required(url, nameof(url)).Trim();
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.IsFile)
        {
            return text.TrimEnd('/');
        }

        var host = uri.Host.ToLowerInvariant();
        host = host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
        var port = uri.IsDefaultPort ? string.Empty : ":" + uri.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return host + port + uri.AbsolutePath.TrimEnd('/');
    }

    /// <summary>A name as the keys compare it: whitespace collapsed, trimmed, lower-cased (invariant).</summary>
    /// <param name="name">The name.</param>
    /// <returns>The normalised name.</returns>
    public static string NormaliseName(string name) =>
        string.Join(' ', Required(name, nameof(name)).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Normalize(NormalizationForm.FormC).ToLowerInvariant();

    private static string Required(string value, string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value, name);
        return value;
    }

    /// <summary>RFC 4122 §4.3: SHA-1 over the namespace (network byte order) and the name (UTF-8); version 5, variant 10.</summary>
    [SuppressMessage("Security", "CA5350:Do Not Use Weak Cryptographic Algorithms", Justification = "RFC 4122 defines version 5 UUIDs over SHA-1; the hash names keys and protects nothing.")]
    private static Guid Create(string name)
    {
        var nameBytes = Encoding.UTF8.GetBytes(name);
        var input = new byte[16 + nameBytes.Length];
        Namespace.TryWriteBytes(input, bigEndian: true, out _);
        nameBytes.CopyTo(input, 16);
        var hash = SHA1.HashData(input);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }
}
