using HistoryCms.Import.Planning;
using HistoryCms.USync.Content;
using A = HistoryCms.Core.HistoryAliases.ContentTypes;
using P = HistoryCms.Core.HistoryAliases.Properties;

namespace HistoryCms.Import.LegacyPosts;

/// <summary>
/// The archival documents earlier record imports wrote, found through the importer's state (identity → key and file)
/// rather than by reading every file: a post cites a handful of documents, the folder may hold a hundred thousand. A
/// document's file is read only when a post cites it (to check it is still an archival document there), and for
/// <c>/document/&lt;slug&gt;</c> links through <see cref="DocumentSlugIndex"/>, which reads only the files changed since
/// it last saw them.
/// </summary>
public sealed class ImportedDocuments
{
    private readonly string _root;
    private readonly IReadOnlyDictionary<string, ImportedEntry> _entries;
    private readonly bool _persistIndex;
    private readonly Dictionary<string, Guid?> _checkedKeys = new(StringComparer.Ordinal);
    private readonly List<ImportFinding> _problems = [];
    private Dictionary<string, string>? _identitiesBySlug;

    /// <summary>The imported documents of a uSync folder.</summary>
    /// <param name="root">The uSync folder.</param>
    /// <param name="entries">The importer's state: what earlier imports wrote, by identity.</param>
    /// <param name="persistIndex">Whether the slug index may be saved (not in a dry run, which writes nothing).</param>
    public ImportedDocuments(string root, IReadOnlyDictionary<string, ImportedEntry> entries, bool persistIndex)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(entries);
        _root = root;
        _entries = entries;
        _persistIndex = persistIndex;
    }

    /// <summary>How many document files this run read (for the benchmark and the tests: it stays near the number of cited documents).</summary>
    public int FilesRead { get; private set; }

    /// <summary>The document files found unreadable since the last call (each is an error of the run: the link to it stays a link).</summary>
    /// <returns>The findings.</returns>
    public IReadOnlyList<ImportFinding> TakeProblems()
    {
        var taken = _problems.ToList();
        _problems.Clear();
        return taken;
    }

    /// <summary>Whether an identity in the state is a document's (a record ID, or an archive address for a record without one) rather than a post's, program's or author's.</summary>
    /// <param name="identity">The identity.</param>
    /// <returns><c>true</c> for a document.</returns>
    public static bool IsDocumentIdentity(string identity) =>
        !identity.StartsWith("program:", StringComparison.Ordinal) && !identity.StartsWith("author:", StringComparison.Ordinal)
        && (!identity.Contains("://", StringComparison.Ordinal) || ArchiveLinks.DocumentSegment(identity) is not null);

    /// <summary>The key of an imported document by its identity (record ID); its file is read once to check that it is still an archival document.</summary>
    /// <param name="identity">The record ID (or archive address).</param>
    /// <param name="key">Its key.</param>
    /// <returns>Whether the document is there.</returns>
    public bool TryFind(string identity, out Guid key)
    {
        ArgumentNullException.ThrowIfNull(identity);
        if (!_checkedKeys.TryGetValue(identity, out var found))
        {
            found = _entries.TryGetValue(identity, out var entry) && IsDocumentIdentity(identity) && Read(entry.RelativePath) is { ContentType: A.ArchivalDocument, Trashed: false } node
                ? node.Key
                : null;
            _checkedKeys[identity] = found;
        }

        key = found ?? Guid.Empty;
        return found is not null;
    }

    /// <summary>The identity of the imported document whose archive address ends in <paramref name="slug"/>.</summary>
    /// <param name="slug">The last segment of a <c>/document/...</c> link.</param>
    /// <param name="identity">The document's identity (its record ID).</param>
    /// <returns>Whether one has it.</returns>
    public bool TryFindSlug(string slug, out string identity)
    {
        ArgumentNullException.ThrowIfNull(slug);
        _identitiesBySlug ??= BuildSlugs();
        return _identitiesBySlug.TryGetValue(slug, out identity!);
    }

    private Dictionary<string, string> BuildSlugs()
    {
        var index = DocumentSlugIndex.Load(_root);
        var documents = _entries.Values.Where(e => IsDocumentIdentity(e.Identity)).OrderBy(e => e.Identity, StringComparer.Ordinal).ToList();
        var slugs = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in documents)
        {
            var file = new FileInfo(Path.Combine(_root, entry.RelativePath));
            if (!file.Exists)
            {
                continue;
            }

            var row = index.Find(entry.Identity, entry.RelativePath, file.Length, file.LastWriteTimeUtc.Ticks);
            if (row is null)
            {
                var unreadable = _problems.Count;
                var node = Read(entry.RelativePath);
                if (_problems.Count > unreadable)
                {
                    continue; // No row: the file is read, and reported, again next time.
                }

                var slug = node is { ContentType: A.ArchivalDocument, Trashed: false } ? ArchiveLinks.DocumentSegment(node.Values.GetValueOrDefault(P.ArchiveUrl)) : null;
                row = new DocumentSlugIndex.Row(entry.Identity, entry.RelativePath, file.Length, file.LastWriteTimeUtc.Ticks, slug ?? string.Empty);
                index.Set(row);
            }

            if (row.Slug.Length > 0)
            {
                slugs.TryAdd(row.Slug, entry.Identity);
            }
        }

        index.KeepOnly(documents.Select(e => e.Identity));
        if (_persistIndex)
        {
            index.SaveIfChanged();
        }

        return slugs;
    }

    private USyncContentNode? Read(string relativePath)
    {
        var path = Path.Combine(_root, relativePath);
        if (!File.Exists(path))
        {
            return null;
        }

        FilesRead++;
        try
        {
            return USyncContentFile.Read(path);
        }
        catch (USyncFormatException e)
        {
            _problems.Add(new(relativePath, "file", null, FindingKind.Error,
                $"{e.Message} The document's file is left as it is; a post's link to it stays a link until the file is put right."));
            return null;
        }
    }
}
