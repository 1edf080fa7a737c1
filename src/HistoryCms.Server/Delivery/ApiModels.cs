namespace HistoryCms.Server.Delivery;

#pragma warning disable CA1812 // Described in the OpenAPI document only; responses are written by DeliveryJsonWriter.

/// <summary>A content item (the Delivery API's <c>ApiContentResponseModel</c>).</summary>
internal sealed record ApiContentResponseModel(
    string ContentType,
    string Name,
    DateTime CreateDate,
    DateTime UpdateDate,
    ApiContentRouteModel Route,
    Guid Id,
    IDictionary<string, object?> Properties,
    IDictionary<string, ApiContentRouteModel> Cultures);

/// <summary>An item's route (<c>ApiContentRouteModel</c>).</summary>
internal sealed record ApiContentRouteModel(string Path, ApiContentStartItemModel StartItem);

/// <summary>The root an item lives under (<c>ApiContentStartItemModel</c>).</summary>
internal sealed record ApiContentStartItemModel(Guid Id, string Path);

/// <summary>A page of query results (<c>PagedIApiContentResponseModel</c>).</summary>
internal sealed record PagedIApiContentResponseModel(long Total, IReadOnlyList<ApiContentResponseModel> Items);

#pragma warning restore CA1812
