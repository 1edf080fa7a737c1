using HistoryCms.Core.Validation;
using HistoryCms.Server.Snapshot;
using HistoryCms.Web.HistoryApi;
using Microsoft.Extensions.Options;

namespace HistoryCms.Server.Delivery;

/// <summary>The Delivery-API-compatible content endpoints under <c>/umbraco/delivery/api/v2/</c>.</summary>
public static class DeliveryEndpoints
{
    /// <summary>The route prefix.</summary>
    public const string Prefix = "/umbraco/delivery/api/v2";

    /// <summary>The most ids <c>content/items</c> accepts.</summary>
    public const int MaxIds = 1000;

    /// <summary>Maps the content endpoints.</summary>
    /// <param name="endpoints">The app's endpoints.</param>
    /// <returns>The route group.</returns>
    public static RouteGroupBuilder MapDeliveryApi(this IEndpointRouteBuilder endpoints)
    {
        // Singletons are captured once: an item request does no service lookups. Items are cached per snapshot node, so only
        // queries go through the output cache.
        var holder = endpoints.ServiceProvider.GetRequiredService<SnapshotHolder>();
        var writer = endpoints.ServiceProvider.GetRequiredService<DeliveryJsonWriter>();
        var maxTake = endpoints.ServiceProvider.GetRequiredService<IOptions<DeliveryServerOptions>>().Value.MaxTake;
        var group = endpoints.MapGroup(Prefix).WithTags("Content");

        group.MapGet("/content/item/{id:guid}", (Guid id, HttpRequest request) =>
            {
                var snapshot = holder.Current;
                return snapshot.Node(id) is { } node
                    ? Item(request, snapshot, node, writer)
                    : ProblemResults.NotFound($"There is no content item with the id {id}.");
            })
            .WithName("GetContentItemById20")
            .WithMetadata([.. DeliveryApiParameters.ItemById])
            .WithSummary("Gets a content item by id")
            .Produces<ApiContentResponseModel>(StatusCodes.Status200OK, "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/content/item/{**path}", (string? path, HttpRequest request) =>
            {
                var snapshot = holder.Current;
                if (!TryStartItem(request, snapshot, out var start, out var problem))
                {
                    return problem!;
                }

                var route = path ?? string.Empty;
                if (route.Contains('%', StringComparison.Ordinal))
                {
                    route = Uri.UnescapeDataString(route);
                }

                return snapshot.NodeAt(route, start) is { } node
                    ? Item(request, snapshot, node, writer)
                    : ProblemResults.NotFound($"There is no content item at the path '{QuotedText.Shorten(ContentSnapshot.NormalizePath(route))}'.");
            })
            .WithName("GetContentItemByPath20")
            .WithMetadata([.. DeliveryApiParameters.ItemByPath, new VaryByRequestHeaders("Start-Item")])
            .WithSummary("Gets a content item by route path")
            .Produces<ApiContentResponseModel>(StatusCodes.Status200OK, "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/content/items", (HttpRequest request) => Items(request, holder.Current, writer))
            .CacheOutput(DeliveryServerSetup.CachePolicy)
            .WithName("GetContentItems20")
            .WithMetadata([.. DeliveryApiParameters.Items])
            .WithSummary("Gets content items by id (id=...&id=...)")
            .Produces<ApiContentResponseModel[]>(StatusCodes.Status200OK, "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest);

        group.MapGet("/content", (HttpRequest request) => Query(request, holder.Current, writer, maxTake))
            .CacheOutput(DeliveryServerSetup.CachePolicy)
            .WithName("GetContent20")
            .WithMetadata([.. DeliveryApiParameters.Query, new VaryByRequestHeaders("Start-Item")])
            .WithSummary("Gets content items from a query (fetch, filter, sort, skip, take, fields, expand)")
            .WithDescription(QueryDescription)
            .Produces<PagedIApiContentResponseModel>(StatusCodes.Status200OK, "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

        return group;
    }

    private const string QueryDescription =
        "fetch: children:|descendants:|ancestors: + id or path. filter (repeatable, AND-ed): contentType:alias[,alias] or contentType:!alias, "
        + "name:text or name:!text, createDate/updateDate/publishDate/documentDate with > >: < <: and a date (yyyy, yyyy-MM, yyyy-MM-dd), "
        + "author:/program:/citesDocument: + key[,key] (or :! to exclude). sort (repeatable): name, createDate, updateDate, sortOrder, level, path, "
        + "publishDate, documentDate + :asc|:desc. skip, take. fields/expand: properties[$all] or properties[a,b].";

    private static IResult Item(HttpRequest request, ContentSnapshot snapshot, ContentNode node, DeliveryJsonWriter writer)
    {
        if (request.QueryString.HasValue)
        {
            if (!DeliveryQuery.TryReadSelection(request.Query, "fields", out var fields, out var error)
                || !DeliveryQuery.TryReadSelection(request.Query, "expand", out var expand, out error))
            {
                return ProblemResults.BadRequest(error!);
            }

            if (fields is not null || expand is not null)
            {
                return Utf8JsonResult.Render(w => writer.WriteItem(w, snapshot, node, fields, expand), snapshot.ETag);
            }
        }

        return new Utf8JsonResult(writer.ItemJson(snapshot, node), snapshot.ETag);
    }

    private static IResult Items(HttpRequest request, ContentSnapshot snapshot, DeliveryJsonWriter writer)
    {
        var ids = request.Query["id"];
        if (ids.Count > MaxIds)
        {
            return ProblemResults.BadRequest($"At most {MaxIds} ids can be asked for at once; {ids.Count} were given.");
        }

        var nodes = new List<ContentNode>(ids.Count);
        foreach (var text in ids)
        {
            if (!Guid.TryParse(text, out var id))
            {
                return ProblemResults.BadRequest($"'id={QuotedText.Shorten(text)}' is not a content item id (a GUID).");
            }

            if (snapshot.Node(id) is { } node && !nodes.Contains(node))
            {
                nodes.Add(node);
            }
        }

        if (!DeliveryQuery.TryReadSelection(request.Query, "fields", out var fields, out var error)
            || !DeliveryQuery.TryReadSelection(request.Query, "expand", out var expand, out error))
        {
            return ProblemResults.BadRequest(error!);
        }

        return Utf8JsonResult.Render(w =>
        {
            w.WriteStartArray();
            foreach (var node in nodes)
            {
                writer.WriteItem(w, snapshot, node, fields, expand);
            }

            w.WriteEndArray();
        }, snapshot.ETag);
    }

    private static IResult Query(HttpRequest request, ContentSnapshot snapshot, DeliveryJsonWriter writer, int maxTake)
    {
        if (!DeliveryQuery.TryParse(request.Query, maxTake, out var query, out var error))
        {
            return ProblemResults.BadRequest(error!);
        }

        if (!TryStartItem(request, snapshot, out var start, out var problem))
        {
            return problem!;
        }

        var (total, page) = DeliveryQueryEngine.Run(snapshot, query!, start);
        return new Utf8JsonResult(writer.Page(snapshot, total, page, query!.Fields, query.Expand), snapshot.ETag);
    }

    private static bool TryStartItem(HttpRequest request, ContentSnapshot snapshot, out ContentNode? start, out IResult? problem)
    {
        start = null;
        problem = null;
        var header = request.Headers["Start-Item"];
        if (header.Count == 0 || string.IsNullOrWhiteSpace(header[0]))
        {
            return true;
        }

        start = snapshot.RootBy(header[0]!);
        if (start is null)
        {
            problem = ProblemResults.NotFound($"Start item '{QuotedText.Shorten(header[0])}' is not a root content item (give its id or URL segment).");
            return false;
        }

        return true;
    }
}
