using System.Globalization;
using HistoryCms.Core.Content;
using HistoryCms.Core.Delivery;
using P = HistoryCms.Core.HistoryAliases.Properties;
using T = HistoryCms.Core.HistoryAliases.ContentTypes;

namespace HistoryCms.Web.HistoryApi;

/// <summary>One item in a History API list: enough for a card or a link.</summary>
/// <param name="Id">The item's key.</param>
/// <param name="ContentType">Its document type alias.</param>
/// <param name="Name">Its name (a post's or document's title, a person's name).</param>
/// <param name="Path">Its route path, e.g. <c>/posts/failed-diplomacy/</c>.</param>
/// <param name="Date">A post's publish date (<c>yyyy-MM-dd</c>) or a document's stored date (EDTF, e.g. <c>1947-10</c>); otherwise <c>null</c>.</param>
public sealed record HistoryItemSummary(Guid Id, string ContentType, string Name, string Path, string? Date)
{
    /// <summary>The summary of an item.</summary>
    /// <param name="item">The item.</param>
    /// <returns>Its summary.</returns>
    public static HistoryItemSummary From(ContentItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var date = item.ContentType switch
        {
            T.BlogPost => HistoryOrdering.Entry(item).PublishDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            T.ArchivalDocument => item.Value(P.DocumentDate)?.Trim(),
            _ => null,
        };
        return new HistoryItemSummary(item.Key, item.ContentType, item.Name, item.RoutePath, date);
    }
}

/// <summary>A page of a History API list.</summary>
/// <param name="Total">How many items the list holds in all.</param>
/// <param name="Items">The items of this page.</param>
public sealed record HistoryItemList(long Total, IReadOnlyList<HistoryItemSummary> Items)
{
    /// <summary>A page of <paramref name="items"/>.</summary>
    /// <param name="items">The whole list.</param>
    /// <param name="paging">Which page.</param>
    /// <returns>The page.</returns>
    public static HistoryItemList Page(IReadOnlyList<ContentItem> items, Paging paging)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(paging);
        return new HistoryItemList(items.Count, [.. items.Skip(paging.Skip).Take(paging.Take).Select(HistoryItemSummary.From)]);
    }
}
