using HistoryCms.Core.Delivery;
using Umbraco.Cms.Core.DeliveryApi;

namespace HistoryCms.Umbraco.DeliveryApi;

/// <summary>
/// Hands one of the package's Delivery API filters (defined in <see cref="HistoryQueryFields"/>) to Umbraco's query: parsing is
/// Core's <see cref="HistoryQueryParser"/>, shared with the delivery server. A filter that does not parse matches nothing.
/// </summary>
/// <remarks>
/// Umbraco's query builder (src/Umbraco.Cms.Api.Delivery/Services/QueryBuilders/ApiContentQueryFilterBuilder.cs) adds no
/// clause at all for a value a date field cannot parse (<c>DateTime.TryParse</c>), which would match everything; so a filter
/// that does not parse asks for a random key in a key field (a raw string field, always queried as given), as Umbraco's own
/// fallback value does.
/// </remarks>
/// <param name="name">The filter's query name in <see cref="HistoryQueryFields.Filters"/>.</param>
public abstract class HistoryFilterHandler(string name) : IFilterHandler
{
    private readonly HistoryFilterDefinition _definition = HistoryQueryFields.Filters.Single(f => f.Name == name);

    /// <inheritdoc/>
    public bool CanHandle(string query) =>
        query is not null
        && query.Length > _definition.Name.Length
        && query.StartsWith(_definition.Name, StringComparison.OrdinalIgnoreCase)
        && query[_definition.Name.Length] is ':' or '<' or '>';

    /// <inheritdoc/>
    public FilterOption BuildFilterOption(string filter)
    {
        if (!HistoryQueryParser.TryParseFilter(filter, out var parsed, out _) || parsed is null)
        {
            var keyField = _definition.Kind == DeliveryFieldKind.Keys ? _definition.FieldName : HistoryQueryFields.CitedDocumentIds;
            return new FilterOption { FieldName = keyField, Values = [Guid.NewGuid().ToString("D")], Operator = FilterOperation.Is };
        }

        return new FilterOption
        {
            FieldName = parsed.FieldName,
            Values = [.. parsed.Values],
            Operator = parsed.Operator switch
            {
                DeliveryFilterOperator.IsNot => FilterOperation.IsNot,
                DeliveryFilterOperator.LessThan => FilterOperation.LessThan,
                DeliveryFilterOperator.LessThanOrEqual => FilterOperation.LessThanOrEqual,
                DeliveryFilterOperator.GreaterThan => FilterOperation.GreaterThan,
                DeliveryFilterOperator.GreaterThanOrEqual => FilterOperation.GreaterThanOrEqual,
                _ => FilterOperation.Is,
            },
        };
    }
}

/// <summary><c>author:&lt;key&gt;[,&lt;key&gt;]</c> (or <c>author:!</c>): posts by any of these authors.</summary>
public sealed class AuthorFilterHandler() : HistoryFilterHandler("author");

/// <summary><c>program:&lt;key&gt;[,&lt;key&gt;]</c>: posts and documents of any of these programs or projects.</summary>
public sealed class ProgramFilterHandler() : HistoryFilterHandler("program");

/// <summary><c>citesDocument:&lt;key&gt;[,&lt;key&gt;]</c>: posts citing any of these archival documents.</summary>
public sealed class CitesDocumentFilterHandler() : HistoryFilterHandler("citesDocument");

/// <summary><c>documentDate&gt;1947-10-01</c> (also <c>&gt;:</c>, <c>&lt;</c>, <c>&lt;:</c>): archival documents by the earliest day their date denotes.</summary>
public sealed class DocumentDateFilterHandler() : HistoryFilterHandler("documentDate");

/// <summary><c>publishDate&gt;2024</c> (also <c>&gt;:</c>, <c>&lt;</c>, <c>&lt;:</c>): posts by publish date (creation date when none is set).</summary>
public sealed class PublishDateFilterHandler() : HistoryFilterHandler("publishDate");
