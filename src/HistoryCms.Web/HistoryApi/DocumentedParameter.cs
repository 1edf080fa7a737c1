namespace HistoryCms.Web.HistoryApi;

/// <summary>
/// Endpoint metadata describing a query parameter or request header that an endpoint reads itself (from
/// <c>HttpRequest.Query</c> or <c>Headers</c>) rather than through a bound handler argument, so that an OpenAPI document
/// generator can list it: the delivery server turns each one into an OpenAPI parameter.
/// </summary>
/// <param name="Name">The parameter or header name.</param>
/// <param name="Location"><see cref="Query"/> or <see cref="Header"/>.</param>
/// <param name="Description">What it does and which values it takes.</param>
/// <param name="Type">The JSON Schema type of one value: <c>string</c>, <c>integer</c> or <c>boolean</c>.</param>
/// <param name="Repeatable">Whether it may be given more than once (an array of values).</param>
/// <param name="Format">The JSON Schema format of one value (<c>uuid</c>, <c>int32</c>), or <c>null</c>.</param>
/// <param name="Default">The value used when it is absent, as JSON text (<c>10</c>, <c>true</c>), or <c>null</c>.</param>
public sealed record DocumentedParameter(
    string Name, string Location, string Description, string Type = "string", bool Repeatable = false, string? Format = null, string? Default = null)
{
    /// <summary>A query string parameter.</summary>
    public const string Query = "query";

    /// <summary>A request header.</summary>
    public const string Header = "header";

    /// <summary>The <c>skip</c> and <c>take</c> of the History API's lists (see <see cref="Paging"/>).</summary>
    public static IReadOnlyList<DocumentedParameter> Paging { get; } =
    [
        new("skip", Query, "How many items to skip (0 or more).", "integer", Format: "int32", Default: "0"),
        new("take", Query, $"How many items to return (0 to {HistoryApi.Paging.MaxTake}).", "integer", Format: "int32", Default: "10"),
    ];
}
