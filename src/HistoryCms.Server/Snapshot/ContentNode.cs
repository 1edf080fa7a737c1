using HistoryCms.Core.Content;
using HistoryCms.Core.Delivery;

namespace HistoryCms.Server.Snapshot;

/// <summary>An item of a <see cref="ContentSnapshot"/> with its place in the tree and what the filters read.</summary>
public sealed class ContentNode
{
    private RenderedJson? _json;

    internal ContentNode(ContentItem item, HistoryIndexEntry index)
    {
        Item = item with { ContentType = string.Intern(item.ContentType), Values = Utf8ValueDictionary.From(item.Values) };
        Index = index;
        CreateDate = item.CreateDate.UtcDateTime;
        UpdateDate = item.UpdateDate.UtcDateTime;
        var path = ContentSnapshot.NormalizePath(item.RoutePath);
        Path = string.Equals(path, item.RoutePath, StringComparison.Ordinal) ? item.RoutePath : path;
    }

    /// <summary>The item.</summary>
    public ContentItem Item { get; }

    /// <summary>What the package's filters and sorts read.</summary>
    public HistoryIndexEntry Index { get; }

    /// <summary>The item's key.</summary>
    public Guid Key => Item.Key;

    /// <summary>Its route path, normalised (<c>/a/b/</c>, root <c>/</c>).</summary>
    public string Path { get; }

    /// <summary>Creation date (UTC).</summary>
    public DateTime CreateDate { get; }

    /// <summary>Update date (UTC).</summary>
    public DateTime UpdateDate { get; }

    /// <summary>Position in tree order (depth first, siblings by sort order).</summary>
    public int Ordinal { get; internal set; }

    /// <summary>The ordinal just after its last descendant: its descendants are the tree-order items from <see cref="Ordinal"/> + 1 up to this.</summary>
    public int SubtreeEnd { get; internal set; }

    /// <summary>Depth in the tree, 1 at the root.</summary>
    public int Level { get; internal set; }

    /// <summary>The parent, or <c>null</c> at the root.</summary>
    public ContentNode? Parent { get; internal set; }

    /// <summary>The root this item lives under (itself at the root).</summary>
    public ContentNode Root { get; internal set; } = null!;

    /// <summary>The children in sort order.</summary>
    public IReadOnlyList<ContentNode> Children => ChildList;

    /// <summary>The root's URL segment (the start item path).</summary>
    public string RootSegment { get; internal set; } = string.Empty;

    internal List<ContentNode> ChildList { get; } = [];

    /// <summary>
    /// The item's default Delivery API JSON, once rendered, with the site address its citation URLs were written for (the
    /// snapshot never changes; the address changes only with the request's when none is configured).
    /// </summary>
    internal RenderedJson? Json
    {
        get => Volatile.Read(ref _json);
        set => Volatile.Write(ref _json, value);
    }

    /// <summary>The ancestors, nearest first.</summary>
    /// <returns>The ancestors.</returns>
    public IEnumerable<ContentNode> Ancestors()
    {
        for (var node = Parent; node is not null; node = node.Parent)
        {
            yield return node;
        }
    }

}

/// <summary>An item's rendered Delivery API JSON and the site address it was written for.</summary>
/// <param name="SiteBaseUrl">The site address of the citation URLs in it, or <c>null</c> for none.</param>
/// <param name="Utf8">The UTF-8 JSON.</param>
internal sealed record RenderedJson(Uri? SiteBaseUrl, byte[] Utf8);
