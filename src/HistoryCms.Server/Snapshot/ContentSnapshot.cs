using System.Collections.Frozen;
using HistoryCms.Core.Content;
using HistoryCms.Core.Delivery;
using HistoryCms.USync.Naming;
using HistoryCms.Web.Rendering;
using T = HistoryCms.Core.HistoryAliases.ContentTypes;

namespace HistoryCms.Server.Snapshot;

/// <summary>
/// An immutable view of all content: items in tree order, indexes by key, path, type and parent, and the reverse indexes the
/// History API reads (citations, authors, programs). A reload builds a new one and swaps it in whole.
/// </summary>
public sealed class ContentSnapshot : IHistoryGraph, IContentRoutes
{
    private static long _sequence;
    private readonly FrozenDictionary<Guid, ContentNode> _byKey;
    private readonly Dictionary<Guid, Dictionary<string, ContentNode>> _byPath;
    private readonly FrozenDictionary<string, ContentNode[]> _byType;
    private readonly FrozenDictionary<Guid, ContentNode[]> _citedBy;
    private readonly FrozenDictionary<Guid, ContentNode[]> _byAuthor;
    private readonly FrozenDictionary<Guid, ContentNode[]> _byProgram;
    private readonly Lazy<int[]> _nameRank;

    /// <summary>Builds a snapshot of <paramref name="items"/>.</summary>
    /// <param name="items">The items; duplicates of a key after the first, and items in parent cycles, are left out and reported.</param>
    public ContentSnapshot(IEnumerable<ContentItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        Version = Interlocked.Increment(ref _sequence);
        ETag = $"W/\"{Environment.ProcessId:x}-{DateTime.UtcNow.Ticks:x}-{Version}\"";
        LoadedAt = DateTimeOffset.UtcNow;

        var problems = new List<ContentLoadProblem>();
        var nodes = new Dictionary<Guid, ContentNode>();
        foreach (var item in items)
        {
            if (!nodes.TryAdd(item.Key, new ContentNode(item, HistoryOrdering.Entry(item))))
            {
                problems.Add(new ContentLoadProblem(item.Name, null, $"Another item already has the key {item.Key}; this one is left out."));
            }
        }

        var roots = new List<ContentNode>();
        foreach (var node in nodes.Values)
        {
            if (node.Item.ParentKey is { } parentKey && nodes.TryGetValue(parentKey, out var parent))
            {
                node.Parent = parent;
                parent.ChildList.Add(node);
            }
            else
            {
                roots.Add(node);
            }
        }

        var ordered = new List<ContentNode>(nodes.Count);
        Sort(roots);
        foreach (var root in roots)
        {
            root.RootSegment = UmbracoNames.UrlSegment(root.Item.Name);
            Visit(root, root, 1, ordered);
        }

        foreach (var lost in nodes.Values.Where(n => n.Root is null))
        {
            problems.Add(new ContentLoadProblem(lost.Item.Name, null, "The item's parents form a cycle, so it has no place in the tree; it is left out."));
        }

        Nodes = ordered;
        Roots = roots;
        Problems = problems;
        _byKey = ordered.ToFrozenDictionary(n => n.Key);
        _byPath = [];
        foreach (var node in ordered)
        {
            if (!_byPath.TryGetValue(node.Root.Key, out var paths))
            {
                _byPath[node.Root.Key] = paths = new Dictionary<string, ContentNode>(StringComparer.OrdinalIgnoreCase);
            }

            paths.TryAdd(node.Path, node);
        }

        _byType = ordered.GroupBy(n => n.Item.ContentType, StringComparer.Ordinal).ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        _citedBy = Reverse(ordered, n => n.Index.CitedDocumentIds);
        _byAuthor = Reverse(ordered, n => n.Index.AuthorIds);
        _byProgram = Reverse(ordered, n => n.Index.ProgramIds);
        _nameRank = new Lazy<int[]>(RankByName);
        SortKeys = new SortKeyIndex(this);
        Ordinals = new OrdinalIndex(ordered);
    }

    /// <summary>An empty snapshot.</summary>
    public static ContentSnapshot Empty { get; } = new([]);

    /// <summary>Increases with every snapshot built in this process.</summary>
    public long Version { get; }

    /// <summary>The weak ETag of every response rendered from this snapshot.</summary>
    public string ETag { get; }

    /// <summary>When it was built.</summary>
    public DateTimeOffset LoadedAt { get; }

    /// <summary>Every item in tree order.</summary>
    public IReadOnlyList<ContentNode> Nodes { get; }

    /// <summary>The root items in sort order.</summary>
    public IReadOnlyList<ContentNode> Roots { get; }

    /// <summary>The sort keys and orders of the Delivery API's sorts, built on first use.</summary>
    public SortKeyIndex SortKeys { get; }

    /// <summary>What queries read per item, as arrays by ordinal (content types, index lists as ordinals and bits).</summary>
    public OrdinalIndex Ordinals { get; }

    /// <summary>Items left out while building (duplicate keys, parent cycles).</summary>
    public IReadOnlyList<ContentLoadProblem> Problems { get; }

    /// <summary>The number of items of each document type.</summary>
    public IReadOnlyDictionary<string, int> CountsByType => _byType.ToDictionary(p => p.Key, p => p.Value.Length, StringComparer.Ordinal);

    /// <summary>Normalises a route path: leading and trailing slash, no doubled slashes; empty is <c>/</c>.</summary>
    /// <param name="path">The path.</param>
    /// <returns>The normalised path.</returns>
    public static string NormalizePath(string? path)
    {
        var trimmed = (path ?? string.Empty).Trim().Trim('/');
        while (trimmed.Contains("//", StringComparison.Ordinal))
        {
            trimmed = trimmed.Replace("//", "/", StringComparison.Ordinal);
        }

        return trimmed.Length == 0 ? "/" : "/" + trimmed + "/";
    }

    /// <summary>The node with this key.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The node, or <c>null</c>.</returns>
    public ContentNode? Node(Guid key) => _byKey.GetValueOrDefault(key);

    /// <summary>The node at a route path under a root (the first root when none is given).</summary>
    /// <param name="path">The route path.</param>
    /// <param name="root">The start item, or <c>null</c>.</param>
    /// <returns>The node, or <c>null</c>.</returns>
    public ContentNode? NodeAt(string path, ContentNode? root = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        root ??= Roots.Count > 0 ? Roots[0] : null;
        if (root is null || !_byPath.TryGetValue(root.Key, out var paths))
        {
            return null;
        }

        // The common case, a plain path, is looked up without allocating: "posts/x" is tried as "/posts/x/".
        var trimmed = path.AsSpan().Trim().Trim('/');
        if (trimmed.Length < 256 && !trimmed.Contains("//", StringComparison.Ordinal))
        {
            Span<char> buffer = stackalloc char[trimmed.Length + 2];
            buffer[0] = '/';
            trimmed.CopyTo(buffer[1..]);
            buffer[^1] = '/';
            var key = trimmed.IsEmpty ? buffer[..1] : buffer;
            return paths.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key, out var node) ? node : null;
        }

        return paths.GetValueOrDefault(NormalizePath(path));
    }

    /// <inheritdoc />
    public ContentItem? FindByRoute(string path) => NodeAt(path)?.Item;

    /// <summary>Finds a root by key or URL segment (the <c>Start-Item</c> header).</summary>
    /// <param name="keyOrSegment">A root's key or URL segment.</param>
    /// <returns>The root, or <c>null</c>.</returns>
    public ContentNode? RootBy(string keyOrSegment)
    {
        if (Guid.TryParse(keyOrSegment, out var key))
        {
            return Roots.FirstOrDefault(r => r.Key == key);
        }

        var segment = keyOrSegment.Trim().Trim('/');
        return Roots.FirstOrDefault(r => string.Equals(r.RootSegment, segment, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The items of a document type, in tree order.</summary>
    /// <param name="contentType">The alias.</param>
    /// <returns>The nodes.</returns>
    public IReadOnlyList<ContentNode> NodesOfType(string contentType) => _byType.GetValueOrDefault(contentType) ?? [];

    /// <summary>The items whose key field holds <paramref name="key"/>, in tree order (a reverse index).</summary>
    /// <param name="fieldName">A key field of <see cref="HistoryQueryFields"/>.</param>
    /// <param name="key">The key.</param>
    /// <returns>The nodes.</returns>
    public IReadOnlyList<ContentNode> NodesReferencing(string fieldName, Guid key)
    {
        var index = fieldName switch
        {
            HistoryQueryFields.AuthorIds => _byAuthor,
            HistoryQueryFields.ProgramIds => _byProgram,
            HistoryQueryFields.CitedDocumentIds => _citedBy,
            _ => null,
        };
        return index?.GetValueOrDefault(key) ?? [];
    }

    /// <summary>The items between two tree-order positions (a node's descendants are <c>Ordinal + 1 .. SubtreeEnd</c>).</summary>
    /// <param name="start">The first ordinal.</param>
    /// <param name="end">The ordinal after the last.</param>
    /// <returns>The nodes.</returns>
    public IEnumerable<ContentNode> Range(int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            yield return Nodes[i];
        }
    }

    /// <summary>The rank of a node when all are ordered by name (case-insensitive, culture-aware; equal names rank equal), computed once.</summary>
    /// <param name="node">The node.</param>
    /// <returns>Its rank.</returns>
    public int NameRank(ContentNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return _nameRank.Value[node.Ordinal];
    }

    /// <inheritdoc/>
    public ContentItem? Find(Guid key) => Node(key)?.Item;

    /// <inheritdoc/>
    public IEnumerable<ContentItem> ChildrenOf(Guid key) => Node(key)?.Children.Select(c => c.Item) ?? [];

    /// <inheritdoc/>
    public IEnumerable<ContentItem> OfType(string contentType) => NodesOfType(contentType).Select(n => n.Item);

    /// <inheritdoc/>
    public IReadOnlyList<ContentItem> DocumentsCitedBy(Guid postKey) =>
        Node(postKey) is { } post
            ? [.. post.Index.CitedDocumentIds.Select(Node).OfType<ContentNode>().Where(n => n.Item.ContentType == T.ArchivalDocument).Select(n => n.Item)]
            : [];

    /// <inheritdoc/>
    public IReadOnlyList<ContentItem> PostsCiting(Guid documentKey) => HistoryOrdering.NewestFirst(Posts(_citedBy.GetValueOrDefault(documentKey)));

    /// <inheritdoc/>
    public IReadOnlyList<ContentItem> PostsBy(Guid authorKey) => HistoryOrdering.NewestFirst(Posts(_byAuthor.GetValueOrDefault(authorKey)));

    /// <inheritdoc/>
    public IReadOnlyList<ContentItem> ProgramPosts(Guid programKey, bool includeProjects) =>
        HistoryOrdering.NewestFirst(ProgramMembers(programKey, includeProjects, T.BlogPost));

    /// <inheritdoc/>
    public IReadOnlyList<ContentItem> ProgramDocuments(Guid programKey, bool includeProjects) =>
        HistoryOrdering.ByDocumentDate(ProgramMembers(programKey, includeProjects, T.ArchivalDocument));

    private static IEnumerable<ContentItem> Posts(ContentNode[]? nodes) =>
        (nodes ?? []).Where(n => n.Item.ContentType == T.BlogPost).Select(n => n.Item);

    private IEnumerable<ContentItem> ProgramMembers(Guid programKey, bool includeProjects, string contentType)
    {
        if (Node(programKey) is not { } program || program.Item.ContentType != T.Program)
        {
            return [];
        }

        var programs = includeProjects
            ? Range(program.Ordinal, program.SubtreeEnd).Where(n => n.Item.ContentType == T.Program).Select(n => n.Key)
            : [program.Key];
        return programs
            .SelectMany(p => _byProgram.GetValueOrDefault(p) ?? [])
            .Where(n => n.Item.ContentType == contentType)
            .Distinct()
            .Select(n => n.Item);
    }

    private static void Sort(List<ContentNode> siblings) =>
        siblings.Sort((a, b) =>
        {
            var order = a.Item.SortOrder.CompareTo(b.Item.SortOrder);
            return order != 0 ? order : string.CompareOrdinal(a.Item.Name, b.Item.Name);
        });

    private static void Visit(ContentNode node, ContentNode root, int level, List<ContentNode> ordered)
    {
        var stack = new Stack<(ContentNode Node, int Level, bool Exit)>();
        stack.Push((node, level, false));
        while (stack.Count > 0)
        {
            var (current, depth, exit) = stack.Pop();
            if (exit)
            {
                current.SubtreeEnd = ordered.Count;
                continue;
            }

            current.Root = root;
            current.RootSegment = root.RootSegment;
            current.Level = depth;
            current.Ordinal = ordered.Count;
            ordered.Add(current);
            Sort(current.ChildList);
            stack.Push((current, depth, true));
            for (var i = current.ChildList.Count - 1; i >= 0; i--)
            {
                stack.Push((current.ChildList[i], depth + 1, false));
            }
        }
    }

    private static FrozenDictionary<Guid, ContentNode[]> Reverse(List<ContentNode> nodes, Func<ContentNode, IReadOnlyList<Guid>> keys)
    {
        var index = new Dictionary<Guid, List<ContentNode>>();
        foreach (var node in nodes)
        {
            foreach (var key in keys(node))
            {
                if (!index.TryGetValue(key, out var list))
                {
                    index[key] = list = [];
                }

                list.Add(node);
            }
        }

        return index.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray());
    }

    private int[] RankByName()
    {
        // Equal names share a rank, so tree order breaks their tie in either direction (name:desc too).
        var comparer = StringComparer.InvariantCultureIgnoreCase;
        var ordered = Nodes.OrderBy(n => n.Item.Name, comparer).ToArray();
        var ranks = new int[ordered.Length];
        for (var i = 0; i < ordered.Length; i++)
        {
            ranks[ordered[i].Ordinal] = i > 0 && comparer.Equals(ordered[i].Item.Name, ordered[i - 1].Item.Name) ? ranks[ordered[i - 1].Ordinal] : i;
        }

        return ranks;
    }
}
