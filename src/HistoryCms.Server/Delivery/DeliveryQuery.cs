using HistoryCms.Core.Delivery;
using HistoryCms.Core.Validation;
using HistoryCms.Web.HistoryApi;

namespace HistoryCms.Server.Delivery;

/// <summary>
/// A parsed <c>GET /umbraco/delivery/api/v2/content</c> request: <c>fetch</c>, <c>filter</c>, <c>sort</c>, <c>skip</c>, <c>take</c>,
/// <c>fields</c>, <c>expand</c>. Parsing never throws; a bad part yields a message naming it.
/// </summary>
public sealed class DeliveryQuery
{
    private DeliveryQuery(string? fetch, IReadOnlyList<QueryFilter> filters, IReadOnlyList<QuerySort> sorts, int skip, int take, PropertySelection? fields, PropertySelection? expand)
    {
        Fetch = fetch;
        Filters = filters;
        Sorts = sorts;
        Skip = skip;
        Take = take;
        Fields = fields;
        Expand = expand;
    }

    /// <summary>The selector (<c>children:</c>, <c>descendants:</c>, <c>ancestors:</c> + id or path), or <c>null</c> for all content.</summary>
    public string? Fetch { get; }

    /// <summary>The filters, AND-ed.</summary>
    public IReadOnlyList<QueryFilter> Filters { get; }

    /// <summary>The sorts, in order; empty for tree order.</summary>
    public IReadOnlyList<QuerySort> Sorts { get; }

    /// <summary>How many items to skip.</summary>
    public int Skip { get; }

    /// <summary>How many items to return.</summary>
    public int Take { get; }

    /// <summary>The properties to output, or <c>null</c> for all.</summary>
    public PropertySelection? Fields { get; }

    /// <summary>The pickers to expand, or <c>null</c> for none.</summary>
    public PropertySelection? Expand { get; }

    /// <summary>Parses the query string.</summary>
    /// <param name="query">The query string.</param>
    /// <param name="maxTake">The largest <c>take</c> allowed.</param>
    /// <param name="result">The query, or <c>null</c> on error.</param>
    /// <param name="error">What is wrong, naming the parameter and value; <c>null</c> on success.</param>
    /// <returns><c>true</c> on success.</returns>
    public static bool TryParse(IQueryCollection query, int maxTake, out DeliveryQuery? result, out string? error)
    {
        ArgumentNullException.ThrowIfNull(query);
        result = null;
        var fetch = query["fetch"];
        if (fetch.Count > 1)
        {
            error = "Only one 'fetch' option can be given.";
            return false;
        }

        var filters = new List<QueryFilter>();
        foreach (var text in query["filter"])
        {
            if (string.IsNullOrEmpty(text))
            {
                continue;
            }

            if (!TryParseFilter(text, out var filter, out error))
            {
                return false;
            }

            filters.Add(filter!);
        }

        var sorts = new List<QuerySort>();
        foreach (var text in query["sort"])
        {
            if (string.IsNullOrEmpty(text))
            {
                continue;
            }

            if (!QuerySort.TryParse(text, out var sort, out error))
            {
                return false;
            }

            sorts.Add(sort!);
        }

        if (!Paging.TryReadNumber(query, "skip", 0, int.MaxValue, 0, out var skip, out error)
            || !Paging.TryReadNumber(query, "take", 0, maxTake, 10, out var take, out error)
            || !TryReadSelection(query, "fields", out var fields, out error)
            || !TryReadSelection(query, "expand", out var expand, out error))
        {
            return false;
        }

        var fetchText = fetch.Count == 1 && !string.IsNullOrEmpty(fetch[0]) ? fetch[0] : null;
        if (fetchText is not null && !DeliverySelector.IsSelector(fetchText))
        {
            error = $"Selector option '{QuotedText.Shorten(fetchText)}' does not exist. Use 'children:', 'descendants:' or 'ancestors:' followed by an id or a path.";
            return false;
        }

        result = new DeliveryQuery(fetchText, filters, sorts, skip, take, fields, expand);
        return true;
    }

    /// <summary>Reads a <c>fields</c> or <c>expand</c> parameter.</summary>
    /// <param name="query">The query string.</param>
    /// <param name="name">The parameter.</param>
    /// <param name="selection">The selection, or <c>null</c> when absent.</param>
    /// <param name="error">What is wrong; <c>null</c> on success.</param>
    /// <returns><c>true</c> on success.</returns>
    public static bool TryReadSelection(IQueryCollection query, string name, out PropertySelection? selection, out string? error)
    {
        ArgumentNullException.ThrowIfNull(query);
        selection = null;
        error = null;
        var values = query[name];
        if (values.Count > 1)
        {
            error = $"'{name}' is given {values.Count} times; give it once.";
            return false;
        }

        if (values.Count == 1 && !PropertySelection.TryParse(values[0], out selection, out var problem))
        {
            error = $"'{name}={QuotedText.Shorten(values[0])}' is not valid ({problem}). Use properties[$all] or properties[alias1,alias2].";
            return false;
        }

        return true;
    }

    private static bool TryParseFilter(string text, out QueryFilter? filter, out string? error)
    {
        filter = null;
        error = null;
        if (HistoryQueryParser.CanHandleFilter(text))
        {
            if (!HistoryQueryParser.TryParseFilter(text, out var parsed, out error))
            {
                return false;
            }

            var field = parsed!.FieldName;
            filter = parsed.Kind == DeliveryFieldKind.Keys ? new KeyQueryFilter(parsed) : new DateQueryFilter(parsed, QuerySort.HistoryField(field), n => n.Index.DateOf(field));
            return true;
        }

        if (TryValue(text, "contentType:", out var aliases, out var negate))
        {
            filter = new ContentTypeQueryFilter([.. aliases.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)], negate);
            return true;
        }

        if (TryValue(text, "name:", out var name, out negate))
        {
            filter = new NameQueryFilter(name, negate);
            return true;
        }

        foreach (var (prefix, date) in BuiltInDates)
        {
            if (text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && text.Length > prefix.Length && text[prefix.Length] is '<' or '>')
            {
                if (!HistoryQueryParser.TryParseDateFilter(text, new HistoryFilterDefinition(prefix, prefix, DeliveryFieldKind.Date), out var parsed, out error))
                {
                    return false;
                }

                filter = new DateQueryFilter(parsed!, QuerySort.BuiltInField(prefix), date);
                return true;
            }
        }

        error = $"Filter option '{QuotedText.Shorten(text)}' does not exist. Filter by contentType:, name:, createDate, updateDate, "
            + string.Join(", ", HistoryQueryFields.Filters.Select(f => f.Kind == DeliveryFieldKind.Keys ? f.Name + ":" : f.Name)) + ".";
        return false;
    }

    private static readonly (string Prefix, Func<Snapshot.ContentNode, DateTime?> Date)[] BuiltInDates =
    [
        ("createDate", n => n.CreateDate),
        ("updateDate", n => n.UpdateDate),
    ];

    private static bool TryValue(string text, string prefix, out string value, out bool negate)
    {
        value = string.Empty;
        negate = false;
        if (!text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        value = text[prefix.Length..];
        negate = value.StartsWith('!');
        value = negate ? value[1..] : value;
        return true;
    }
}
