namespace HistoryCms.Core.Delivery;

/// <summary>
/// The package's Delivery API query options, defined once: the <c>filter=</c> prefixes, the <c>sort=</c> names and the index
/// fields behind them. The delivery server evaluates them over its snapshot; in a site, the Umbraco adapter's
/// <c>IFilterHandler</c>/<c>ISortHandler</c>/<c>IContentIndexHandler</c> classes hand the same definitions to Umbraco's index.
/// </summary>
public static class HistoryQueryFields
{
    /// <summary>Index field: keys of a post's authors.</summary>
    public const string AuthorIds = "historyAuthorIds";

    /// <summary>Index field: keys of the programs (or projects) an item belongs to.</summary>
    public const string ProgramIds = "historyProgramIds";

    /// <summary>Index field: keys of the archival documents a post cites.</summary>
    public const string CitedDocumentIds = "historyCitedDocumentIds";

    /// <summary>Index field: the earliest day an archival document's (partial) date can denote.</summary>
    public const string DocumentDate = "historyDocumentDate";

    /// <summary>Index field: a post's publish date (its creation date when none is set).</summary>
    public const string PublishDate = "historyPublishDate";

    /// <summary>The filters: query prefix (before the operator), index field, and what the field holds.</summary>
    public static IReadOnlyList<HistoryFilterDefinition> Filters { get; } =
    [
        new("author", AuthorIds, DeliveryFieldKind.Keys),
        new("program", ProgramIds, DeliveryFieldKind.Keys),
        new("citesDocument", CitedDocumentIds, DeliveryFieldKind.Keys),
        new("documentDate", DocumentDate, DeliveryFieldKind.Date),
        new("publishDate", PublishDate, DeliveryFieldKind.Date),
    ];

    /// <summary>The sorts: query name and index field (both date fields).</summary>
    public static IReadOnlyList<HistorySortDefinition> Sorts { get; } =
    [
        new("documentDate", DocumentDate),
        new("publishDate", PublishDate),
    ];
}

/// <summary>A filter of the package.</summary>
/// <param name="Name">The query prefix, e.g. <c>author</c> in <c>author:&lt;guid&gt;</c>.</param>
/// <param name="FieldName">The index field.</param>
/// <param name="Kind">What the field holds: keys take <c>:</c> and <c>:!</c>; dates take <c>&gt;</c>, <c>&gt;:</c>, <c>&lt;</c>, <c>&lt;:</c>.</param>
public sealed record HistoryFilterDefinition(string Name, string FieldName, DeliveryFieldKind Kind);

/// <summary>A sort of the package.</summary>
/// <param name="Name">The query name, e.g. <c>publishDate</c> in <c>publishDate:desc</c>.</param>
/// <param name="FieldName">The index field.</param>
public sealed record HistorySortDefinition(string Name, string FieldName);
