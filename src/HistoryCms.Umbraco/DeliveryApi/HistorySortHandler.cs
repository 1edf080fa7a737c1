using HistoryCms.Core.Delivery;
using Umbraco.Cms.Core;
using Umbraco.Cms.Core.DeliveryApi;

namespace HistoryCms.Umbraco.DeliveryApi;

/// <summary>Hands one of the package's Delivery API sorts (<see cref="HistoryQueryFields.Sorts"/>) to Umbraco's query.</summary>
/// <param name="name">The sort's query name.</param>
public abstract class HistorySortHandler(string name) : ISortHandler
{
    private readonly HistorySortDefinition _definition = HistoryQueryFields.Sorts.Single(s => s.Name == name);

    /// <inheritdoc/>
    public bool CanHandle(string query) =>
        query is not null && query.StartsWith(_definition.Name + ":", StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc/>
    public SortOption BuildSortOption(string sort)
    {
        var descending = HistoryQueryParser.TryParseSort(sort, out var parsed, out _) && parsed!.Descending;
        return new SortOption { FieldName = _definition.FieldName, Direction = descending ? Direction.Descending : Direction.Ascending };
    }
}

/// <summary><c>documentDate:asc|desc</c>: archival documents by the earliest day their date denotes.</summary>
public sealed class DocumentDateSortHandler() : HistorySortHandler("documentDate");

/// <summary><c>publishDate:asc|desc</c>: posts by publish date.</summary>
public sealed class PublishDateSortHandler() : HistorySortHandler("publishDate");
