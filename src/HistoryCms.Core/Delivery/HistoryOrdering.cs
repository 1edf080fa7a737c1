using HistoryCms.Core.Content;
using T = HistoryCms.Core.HistoryAliases.ContentTypes;

namespace HistoryCms.Core.Delivery;

/// <summary>The orders the History API lists content in, shared by every <see cref="IHistoryGraph"/> implementation.</summary>
public static class HistoryOrdering
{
    /// <summary>Posts newest first (publish date, else creation date), then by name.</summary>
    /// <param name="posts">The posts.</param>
    /// <returns>The posts in order.</returns>
    public static IReadOnlyList<ContentItem> NewestFirst(IEnumerable<ContentItem> posts) =>
        [.. posts.Select(p => (Item: p, Date: p.ContentType == T.BlogPost ? HistoryIndexEntry.PublishDateOf(p.Value, p.CreateDate.UtcDateTime) : p.CreateDate.UtcDateTime))
            .OrderByDescending(p => p.Date)
            .ThenBy(p => p.Item.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(p => p.Item.Key)
            .Select(p => p.Item)];

    /// <summary>Documents by earliest document date, undated last, then by name.</summary>
    /// <param name="documents">The documents.</param>
    /// <returns>The documents in order.</returns>
    public static IReadOnlyList<ContentItem> ByDocumentDate(IEnumerable<ContentItem> documents) =>
        [.. documents.Select(d => (Item: d, Date: d.ContentType == T.ArchivalDocument ? HistoryIndexEntry.DocumentDateOf(d.Value) : null))
            .OrderBy(d => d.Date is null)
            .ThenBy(d => d.Date)
            .ThenBy(d => d.Item.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(d => d.Item.Key)
            .Select(d => d.Item)];

    /// <summary>The filter and sort entry of an item.</summary>
    /// <param name="item">The item.</param>
    /// <returns>Its entry.</returns>
    public static HistoryIndexEntry Entry(ContentItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item.ContentType is T.BlogPost or T.ArchivalDocument
            ? HistoryIndexEntry.For(item.ContentType, item.Value, item.CreateDate.UtcDateTime)
            : HistoryIndexEntry.Empty;
    }
}
