using HistoryCms.Server.Snapshot;

namespace HistoryCms.Server.Delivery;

/// <summary>The <c>fetch</c> selectors: <c>children:</c>, <c>descendants:</c> and <c>ancestors:</c>, each followed by an id or a path.</summary>
public static class DeliverySelector
{
    private static readonly string[] Prefixes = ["children:", "descendants:", "ancestors:"];

    /// <summary>Whether the text starts with one of the selectors.</summary>
    /// <param name="fetch">The <c>fetch</c> value.</param>
    /// <returns><c>true</c> when it does.</returns>
    public static bool IsSelector(string fetch) => Prefixes.Any(p => fetch.StartsWith(p, StringComparison.OrdinalIgnoreCase));

    /// <summary>The selected items in tree order (ancestors root first); empty when the id or path names nothing.</summary>
    /// <param name="snapshot">The snapshot.</param>
    /// <param name="fetch">The <c>fetch</c> value.</param>
    /// <param name="startItem">The <c>Start-Item</c> root paths are resolved under, or <c>null</c>.</param>
    /// <returns>The items.</returns>
    public static IEnumerable<ContentNode> Select(ContentSnapshot snapshot, string fetch, ContentNode? startItem)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(fetch);
        var colon = fetch.IndexOf(':', StringComparison.Ordinal);
        var kind = fetch[..colon];
        var target = fetch[(colon + 1)..].Trim();
        var node = target.Length == 0 ? null
            : Guid.TryParse(target, out var key) ? snapshot.Node(key)
            : snapshot.NodeAt(target, startItem);
        if (node is null)
        {
            return [];
        }

        return kind.ToLowerInvariant() switch
        {
            "children" => node.Children,
            "descendants" => snapshot.Range(node.Ordinal + 1, node.SubtreeEnd),
            _ => node.Ancestors().Reverse(),
        };
    }
}
