namespace HistoryCms.Core.Content;

/// <summary>A picked (or related) content item, resolved: enough to link to it and show its name.</summary>
/// <param name="Key">The item's key.</param>
/// <param name="Name">Its node name (title).</param>
/// <param name="ContentType">Its document type alias.</param>
/// <param name="RoutePath">Its URL path, e.g. <c>/people/charles-kraus/</c>.</param>
public sealed record ContentLink(Guid Key, string Name, string ContentType, string RoutePath)
{
    /// <summary>The link to a content item.</summary>
    /// <param name="item">The item.</param>
    /// <returns>The link.</returns>
    public static ContentLink From(ContentItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return new ContentLink(item.Key, item.Name, item.ContentType, item.RoutePath);
    }
}
