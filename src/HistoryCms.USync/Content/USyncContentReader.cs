using HistoryCms.Core.Content;
using HistoryCms.USync.Naming;

namespace HistoryCms.USync.Content;

/// <summary>The published content read from a uSync content folder, and every problem met on the way.</summary>
/// <param name="Items">The published items, in tree order (parents before children, siblings by sort order).</param>
/// <param name="Problems">Files or items that could not be used, each with its file and line; empty when all is well.</param>
public sealed record ContentReadResult(IReadOnlyList<ContentItem> Items, IReadOnlyList<USyncProblem> Problems)
{
    /// <summary>Whether every file was read and placed without a problem.</summary>
    public bool IsClean => Problems.Count == 0;
}

/// <summary>
/// Reads <c>uSync/v17/Content/*.config</c> into <see cref="ContentItem"/>s with their levels and routes.
/// A broken file (not XML, no key, ...) becomes a <see cref="USyncProblem"/> with its path and line; the rest is still read.
/// </summary>
/// <remarks>
/// Route rules (Umbraco's defaults, top-level node hidden from paths): a root item's route is <c>/</c>; each item below
/// it adds its URL segment (<see cref="UmbracoNames.UrlSegment"/> of its name) and a slash, e.g.
/// <c>/posts/failed-diplomacy-soviet-american-relations-and-the-division-of-korea/</c>. Unpublished and trashed items, and
/// everything beneath them, are left out. uSync files carry no update date, so an item's update date is its create date.
/// </remarks>
public static class USyncContentReader
{
    /// <summary>Reads every <c>.config</c> file in a content folder (and its subfolders).</summary>
    /// <param name="contentFolder">The folder, e.g. <c>&lt;repo&gt;/uSync/v17/Content</c>.</param>
    /// <returns>The items and the problems.</returns>
    public static ContentReadResult ReadFolder(string contentFolder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(contentFolder);
        if (!Directory.Exists(contentFolder))
        {
            return new ContentReadResult([], [new USyncProblem(contentFolder, 0, 0, "The content folder does not exist.")]);
        }

        var nodes = new List<USyncContentNode>();
        var problems = new List<USyncProblem>();
        foreach (var path in Directory.EnumerateFiles(contentFolder, "*" + USyncFile.Extension, SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            try
            {
                nodes.Add(USyncContentFile.Read(path));
            }
            catch (USyncFormatException e)
            {
                problems.Add(e.Problem);
            }
        }

        var tree = Build(nodes);
        return new ContentReadResult(tree.Items, [.. problems, .. tree.Problems]);
    }

    /// <summary>Places read nodes in a tree: levels, routes, and problems for duplicate keys, missing parents and route clashes.</summary>
    /// <param name="nodes">The nodes read from the files.</param>
    /// <returns>The published items in tree order, and the problems.</returns>
    public static ContentReadResult Build(IEnumerable<USyncContentNode> nodes)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        var problems = new List<USyncProblem>();
        var byKey = new Dictionary<Guid, USyncContentNode>();
        foreach (var node in nodes)
        {
            if (!byKey.TryAdd(node.Key, node))
            {
                problems.Add(new USyncProblem(node.Path, node.Line, 1, $"The key {node.Key} is also used by {byKey[node.Key].Path}; this file is ignored."));
            }
        }

        var children = byKey.Values
            .Where(n => n.ParentKey is { } parent && byKey.ContainsKey(parent))
            .ToLookup(n => n.ParentKey!.Value);
        var items = new List<ContentItem>();
        var placed = new HashSet<Guid>();
        foreach (var root in Siblings(byKey.Values.Where(n => n.ParentKey is null)))
        {
            Place(root, parent: null, children, items, placed, problems);
        }

        foreach (var node in byKey.Values.Where(n => !placed.Contains(n.Key)).OrderBy(n => n.Path, StringComparer.Ordinal))
        {
            var message = WhyUnplaced(node, byKey);
            problems.Add(new USyncProblem(node.Path, node.Line, 1, message));
        }

        return new ContentReadResult(items, problems);
    }

    private static string WhyUnplaced(USyncContentNode node, Dictionary<Guid, USyncContentNode> byKey)
    {
        var seen = new HashSet<Guid>();
        var top = node;
        while (top.ParentKey is { } parentKey && byKey.TryGetValue(parentKey, out var parent))
        {
            if (!seen.Add(top.Key))
            {
                return $"\"{node.Name}\" is not below any root: its parents refer to each other in a loop. The item is left out.";
            }

            top = parent;
        }

        return top == node
            ? $"The parent {node.ParentKey} of \"{node.Name}\" is not in the content folder; the item is left out."
            : $"\"{node.Name}\" is below \"{top.Name}\", whose parent {top.ParentKey} is not in the content folder; the item is left out.";
    }

    private static void Place(
        USyncContentNode node, ContentItem? parent, ILookup<Guid, USyncContentNode> children, List<ContentItem> items, HashSet<Guid> placed, List<USyncProblem> problems)
    {
        placed.Add(node.Key);
        if (!node.Published || node.Trashed)
        {
            MarkPlaced(node, children, placed);
            return;
        }

        var route = parent is null ? "/" : parent.RoutePath + UmbracoNames.UrlSegment(node.Name) + "/";
        var item = new ContentItem(
            node.Key, node.ContentType, node.Name, parent?.Key, node.SortOrder, (parent?.Level ?? 0) + 1,
            node.CreateDate, node.CreateDate, route, node.Values);
        items.Add(item);

        var routes = new Dictionary<string, USyncContentNode>(StringComparer.Ordinal);
        foreach (var child in Siblings(children[node.Key]))
        {
            if (child.Published && !child.Trashed && !routes.TryAdd(UmbracoNames.UrlSegment(child.Name), child))
            {
                var other = routes[UmbracoNames.UrlSegment(child.Name)];
                problems.Add(new USyncProblem(child.Path, child.Line, 1,
                    $"\"{child.Name}\" has the same URL as its sibling \"{other.Name}\" ({other.Path}); rename one of them. It is left out."));
                MarkPlaced(child, children, placed);
                continue;
            }

            Place(child, item, children, items, placed, problems);
        }
    }

    private static void MarkPlaced(USyncContentNode node, ILookup<Guid, USyncContentNode> children, HashSet<Guid> placed)
    {
        placed.Add(node.Key);
        foreach (var child in children[node.Key])
        {
            if (!placed.Contains(child.Key))
            {
                MarkPlaced(child, children, placed);
            }
        }
    }

    private static IOrderedEnumerable<USyncContentNode> Siblings(IEnumerable<USyncContentNode> nodes) =>
        nodes.OrderBy(n => n.SortOrder).ThenBy(n => n.Name, StringComparer.Ordinal).ThenBy(n => n.Key);
}
