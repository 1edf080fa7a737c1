using HistoryCms.Core;
using HistoryCms.USync;
using HistoryCms.USync.Content;
using P = HistoryCms.Core.HistoryAliases.Properties;

namespace HistoryCms.Import.Planning;

/// <summary>
/// The content already in a uSync folder, as far as an import needs it: every file name taken, the items the importer
/// did not write itself (folders, programs, hand-made content: read in full), and the imported ones by identity (from
/// <see cref="ImportState"/>, without reading their files). An item the state does not know but whose file holds the same
/// record ID, archive address or key is the same item: it is updated in place, never duplicated.
/// </summary>
public sealed class ContentFolder
{
    private readonly Dictionary<string, USyncContentNode> _byIdentity = new(StringComparer.Ordinal);
    private readonly Dictionary<Guid, USyncContentNode> _byKey = [];
    private readonly Dictionary<Guid, int> _lastSortOrder = [];

    private ContentFolder(string usync, ImportState state)
    {
        Root = usync;
        State = state;
    }

    /// <summary>The uSync folder.</summary>
    public string Root { get; }

    /// <summary>The content folder (<c>&lt;uSync&gt;/Content</c>).</summary>
    public string ContentPath => Path.Combine(Root, USyncContentWriter.Folder);

    /// <summary>The importer's memory of earlier runs.</summary>
    public ImportState State { get; }

    /// <summary>The file names (relative to the uSync folder, forward slashes) of items the importer did not write, and of every file it gave out in this run (a dry run writes none); other files are found on disk.</summary>
    public HashSet<string> TakenPaths { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The items the state does not cover, read from their files, by key.</summary>
    public IReadOnlyDictionary<Guid, USyncContentNode> Others => _byKey;

    /// <summary>Files that could not be read, with why.</summary>
    public List<ImportFinding> Problems { get; } = [];

    /// <summary>Loads a uSync folder (deleting temp files a killed run left behind).</summary>
    /// <param name="usync">The uSync folder (it need not exist yet).</param>
    /// <param name="removeLeftovers">Whether to delete leftover temp files (not in a dry run).</param>
    /// <returns>The folder.</returns>
    public static ContentFolder Load(string usync, bool removeLeftovers)
    {
        var folder = new ContentFolder(usync, ImportState.Load(usync));
        if (removeLeftovers)
        {
            AtomicFile.RemoveLeftovers(folder.ContentPath);
        }

        var known = new HashSet<string>(folder.State.Entries.Values.Select(e => e.RelativePath), StringComparer.OrdinalIgnoreCase);
        foreach (var entry in folder.State.Entries.Values)
        {
            folder.NoteSortOrder(entry.ParentKey, entry.SortOrder);
        }

        if (!Directory.Exists(folder.ContentPath))
        {
            return folder;
        }

        foreach (var path in Directory.EnumerateFiles(folder.ContentPath, "*" + USyncFile.Extension, SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(usync, path).Replace('\\', '/');
            if (known.Contains(relative))
            {
                continue;
            }

            try
            {
                folder.Add(USyncContentFile.Read(path) with { Path = relative });
            }
            catch (USyncFormatException e)
            {
                folder.Problems.Add(new(relative, "file", null, FindingKind.Error, e.Message + " The file is left as it is."));
            }
        }

        return folder;
    }

    /// <summary>The item not in the state that is the same as an imported one: same identity (record ID or archive address) or same key.</summary>
    /// <param name="identity">The identity.</param>
    /// <param name="key">The derived key.</param>
    /// <returns>The item, or <c>null</c>.</returns>
    public USyncContentNode? Existing(string identity, Guid key) =>
        _byIdentity.GetValueOrDefault(identity) ?? _byKey.GetValueOrDefault(key);

    /// <summary>The first item of a document type among the items the importer did not write (by path).</summary>
    /// <param name="contentType">The document type alias.</param>
    /// <returns>The item, or <c>null</c>.</returns>
    public USyncContentNode? FirstOfType(string contentType) =>
        _byKey.Values.Where(n => n.ContentType == contentType && !n.Trashed).OrderBy(n => n.Path, StringComparer.Ordinal).FirstOrDefault();

    /// <summary>The next sort order below a parent (after every child the folder and the state know, and every one given out).</summary>
    /// <param name="parent">The parent's key.</param>
    /// <returns>The sort order.</returns>
    public int NextSortOrder(Guid parent)
    {
        var next = _lastSortOrder.TryGetValue(parent, out var last) ? last + 1 : 0;
        _lastSortOrder[parent] = next;
        return next;
    }

    /// <summary>Adds an item the importer creates itself (e.g. a missing archive folder) to what the folder holds.</summary>
    /// <param name="node">The item.</param>
    public void Add(USyncContentNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        _byKey[node.Key] = node;
        TakenPaths.Add(node.Path);
        NoteSortOrder(node.ParentKey ?? Guid.Empty, node.SortOrder);
        if (node.ContentType == HistoryAliases.ContentTypes.ArchivalDocument)
        {
            foreach (var alias in new[] { P.RecordId, P.ArchiveUrl })
            {
                if (node.Values.GetValueOrDefault(alias) is { Length: > 0 } identity)
                {
                    _byIdentity.TryAdd(identity.Trim(), node);
                }
            }

            // A document made by hand may give only the archive address; a numeric address names the record ID.
            if (Archive.ArchiveRis.RecordIdOf(node.Values.GetValueOrDefault(P.ArchiveUrl)) is { } recordId)
            {
                _byIdentity.TryAdd(recordId, node);
            }
        }
    }

    private void NoteSortOrder(Guid parent, int sortOrder)
    {
        if (!_lastSortOrder.TryGetValue(parent, out var last) || sortOrder > last)
        {
            _lastSortOrder[parent] = sortOrder;
        }
    }
}
