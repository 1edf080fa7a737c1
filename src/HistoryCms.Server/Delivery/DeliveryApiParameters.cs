using HistoryCms.Web.HistoryApi;

namespace HistoryCms.Server.Delivery;

/// <summary>
/// The query parameters and headers of the Delivery API endpoints, which read them from the request themselves, for the
/// OpenAPI document. Names, types and repeatability follow Umbraco's own Delivery API v2 document
/// (tests/fixtures/delivery-api/delivery-api-openapi.contract.json); <c>Accept-Segment</c>, <c>Api-Key</c> and
/// <c>Preview</c> are left out because this server has no segments, no protected content and no drafts.
/// </summary>
public static class DeliveryApiParameters
{
    private const string Q = DocumentedParameter.Query;
    private const string H = DocumentedParameter.Header;

    /// <summary><c>Start-Item</c>: the root the path or query is taken under.</summary>
    public static DocumentedParameter StartItem { get; } = new(
        "Start-Item", H, "The root content item (its id or URL segment) that a path or a fetch is resolved under; not set: the first root.");

    /// <summary><c>Accept-Language</c>: accepted as Umbraco's Delivery API accepts it.</summary>
    public static DocumentedParameter AcceptLanguage { get; } = new(
        "Accept-Language", H, "Accepted as Umbraco's Delivery API accepts it; the content served here is invariant, so it does not change the answer.");

    /// <summary><c>expand</c> and <c>fields</c>, read by every content endpoint.</summary>
    public static IReadOnlyList<DocumentedParameter> Selection { get; } =
    [
        new("expand", Q, "Which picked items to deliver with their properties: properties[$all] or properties[alias,alias], nested as properties[alias[properties[...]]]."),
        new("fields", Q, "Which properties to deliver: properties[$all] or properties[alias,alias], nested as for expand."),
    ];

    /// <summary>The parameters of <c>GET content</c>.</summary>
    public static IReadOnlyList<DocumentedParameter> Query { get; } =
    [
        new("fetch", Q, "children:, descendants: or ancestors: followed by an item's id or path; not set: every item."),
        new("filter", Q,
            "Repeatable, AND-ed: contentType:alias[,alias] or contentType:!alias; name:text or name:!text; createDate, updateDate, publishDate, "
            + "documentDate followed by >, >:, < or <: and a date (yyyy, yyyy-MM, yyyy-MM-dd); author:, program:, citesDocument: followed by "
            + "ids (or :! to exclude).", Repeatable: true),
        new("sort", Q,
            "Repeatable: name, createDate, updateDate, sortOrder, level, path, publishDate or documentDate, followed by :asc or :desc.", Repeatable: true),
        new("skip", Q, "How many items to skip (0 or more).", "integer", Format: "int32", Default: "0"),
        new("take", Q, "How many items to return (0 to the server's MaxTake, 1000 unless configured).", "integer", Format: "int32", Default: "10"),
        .. Selection,
        StartItem,
        AcceptLanguage,
    ];

    /// <summary>The parameters of <c>GET content/items</c>.</summary>
    public static IReadOnlyList<DocumentedParameter> Items { get; } =
    [
        new("id", Q, $"Repeatable: the ids of the items, at most {DeliveryEndpoints.MaxIds}; unknown ids are left out.", Repeatable: true, Format: "uuid"),
        .. Selection,
        AcceptLanguage,
    ];

    /// <summary>The parameters of <c>GET content/item/{path}</c>.</summary>
    public static IReadOnlyList<DocumentedParameter> ItemByPath { get; } = [.. Selection, StartItem, AcceptLanguage];

    /// <summary>The parameters of <c>GET content/item/{id}</c>.</summary>
    public static IReadOnlyList<DocumentedParameter> ItemById { get; } = [.. Selection, AcceptLanguage];
}
