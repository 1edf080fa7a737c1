namespace HistoryCms.Core.Content;

/// <summary>
/// A neutral content item: what both Umbraco (published content) and the uSync content snapshot provide.
/// Property values are the raw stored values (as Umbraco stores them and uSync writes them), keyed by property alias.
/// </summary>
/// <param name="Key">The item's key.</param>
/// <param name="ContentType">The document type alias.</param>
/// <param name="Name">The node name.</param>
/// <param name="ParentKey">The parent's key, or <c>null</c> at the root.</param>
/// <param name="SortOrder">Position among its siblings.</param>
/// <param name="Level">Depth in the tree (1 at the root).</param>
/// <param name="CreateDate">When it was created.</param>
/// <param name="UpdateDate">When it was last changed.</param>
/// <param name="RoutePath">Its URL path, e.g. <c>/posts/failed-diplomacy/</c>.</param>
/// <param name="Values">Raw stored property values by alias.</param>
public sealed record ContentItem(
    Guid Key,
    string ContentType,
    string Name,
    Guid? ParentKey,
    int SortOrder,
    int Level,
    DateTimeOffset CreateDate,
    DateTimeOffset UpdateDate,
    string RoutePath,
    IReadOnlyDictionary<string, string?> Values)
{
    /// <summary>The raw stored value of a property, or <c>null</c> when it is absent or blank.</summary>
    /// <param name="alias">The property alias.</param>
    /// <returns>The value, or <c>null</c>.</returns>
    public string? Value(string alias) =>
        Values.TryGetValue(alias, out var value) && !string.IsNullOrWhiteSpace(value) ? value : null;
}

/// <summary>Finds content items by key and walks the tree. Implemented over Umbraco's published cache and over the uSync snapshot.</summary>
public interface IContentLookup
{
    /// <summary>The item with this key, or <c>null</c> when there is none (or it is not published).</summary>
    /// <param name="key">The item's key.</param>
    /// <returns>The item, or <c>null</c>.</returns>
    ContentItem? Find(Guid key);

    /// <summary>The children of an item, in sort order.</summary>
    /// <param name="key">The parent's key.</param>
    /// <returns>The children.</returns>
    IEnumerable<ContentItem> ChildrenOf(Guid key);

    /// <summary>Every item of a document type.</summary>
    /// <param name="contentType">The document type alias.</param>
    /// <returns>The items.</returns>
    IEnumerable<ContentItem> OfType(string contentType);
}
