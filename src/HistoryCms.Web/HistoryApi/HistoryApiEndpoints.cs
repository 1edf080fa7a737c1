using HistoryCms.Core.Citations;
using HistoryCms.Core.Content;
using HistoryCms.Core.Delivery;
using HistoryCms.Core.Validation;
using HistoryCms.Web.Citations;
using HistoryCms.Web.Rendering;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using T = HistoryCms.Core.HistoryAliases.ContentTypes;

namespace HistoryCms.Web.HistoryApi;

/// <summary>
/// The History API (<c>/history/api/v1/</c>): citations both ways, an author's posts, a program's posts and documents. It
/// serves whatever <see cref="IHistoryGraph"/> the host registers: the delivery server's snapshot or, in a site, the
/// Umbraco adapter's published content.
/// </summary>
public static class HistoryApiEndpoints
{
    /// <summary>The route prefix of the History API.</summary>
    public const string Prefix = "/" + RelativePrefix;

    /// <summary>The route prefix without its leading slash (for attribute routes).</summary>
    public const string RelativePrefix = "history/api/v1";

    /// <summary>The OpenAPI tag of its endpoints.</summary>
    public const string Tag = "History";

    /// <summary>Maps the History API's endpoints.</summary>
    /// <param name="endpoints">The app's endpoints.</param>
    /// <returns>The route group, for hosts that add conventions (authorization, caching).</returns>
    public static RouteGroupBuilder MapHistoryApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(Prefix).WithTags(Tag)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

        MapList(
            group,
            "/posts/{id}/documents",
            "GetDocumentsCitedByPost",
            "The archival documents a post cites",
            "In the order the post's citations list them.",
            (Guid id, HttpRequest request, IHistoryGraph graph) => List(request, graph, id, T.BlogPost, "post", g => g.DocumentsCitedBy(id)));
        MapList(
            group,
            "/documents/{id}/posts",
            "GetPostsCitingDocument",
            "The posts citing an archival document (backlinks)",
            "Newest first.",
            (Guid id, HttpRequest request, IHistoryGraph graph) => List(request, graph, id, T.ArchivalDocument, "archival document", g => g.PostsCiting(id)));
        MapList(
            group,
            "/authors/{id}/posts",
            "GetPostsByAuthor",
            "An author's posts",
            "Newest first.",
            (Guid id, HttpRequest request, IHistoryGraph graph) => List(request, graph, id, T.Author, "author", g => g.PostsBy(id)));
        MapList(
            group,
            "/programs/{id}/posts",
            "GetProgramPosts",
            "A program's posts, including its projects' unless includeProjects=false",
            "Newest first.",
            (Guid id, HttpRequest request, IHistoryGraph graph) => ProgramList(request, graph, id, (g, projects) => g.ProgramPosts(id, projects)),
            IncludeProjects);
        MapList(
            group,
            "/programs/{id}/documents",
            "GetProgramDocuments",
            "A program's archival documents, including its projects' unless includeProjects=false",
            "Earliest document date first, undated last.",
            (Guid id, HttpRequest request, IHistoryGraph graph) => ProgramList(request, graph, id, (g, projects) => g.ProgramDocuments(id, projects)),
            IncludeProjects);

        group.MapGet("/posts/{id}/citations", (Guid id, HttpRequest request, IHistoryGraph graph) =>
                Post(graph, id) is { } post
                    ? Results.Json(new { items = PostCitationReader.Citations(post, Settings(graph, post, request)) })
                    : ProblemResults.NotFound($"There is no post with the id {id}."))
            .WithName("GetPostCitations")
            .WithSummary("A post's citations, numbered in body order, with the formatted notes (Chicago full and short note, bibliography, digital archive)")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status404NotFound);

        MapExports(
            group,
            "/posts/{id}/citation",
            "GetPostCitation",
            "The post itself, to cite it (a blog post: authors, title, publish date, site, URL)",
            (graph, id, request) => Post(graph, id) is { } post
                && CitedPost.From(graph, post, Settings(graph, post, request), SiteName(request)) is { } cited
                    ? new ExportSource(format => format.WritePost(cited), $"post-{post.Key:N}")
                    : null,
            id => $"There is no post with the id {id}.");
        MapExports(
            group,
            "/posts/{id}/sources",
            "GetPostSources",
            "The archival documents a post cites (its sources), once each in note order",
            (graph, id, request) => Post(graph, id) is { } post && Settings(graph, post, request) is var settings
                ? Documents(PostCitationReader.ExportItems(post, settings), settings.Style, $"sources-{post.Key:N}")
                : null,
            id => $"There is no post with the id {id}.");
        MapExports(
            group,
            "/documents/{id}/citation",
            "GetDocumentCitation",
            "An archival document (its page's cite box offers the downloads)",
            DocumentExport,
            id => $"There is no archival document with the id {id}.");

        return group;
    }

    private static readonly DocumentedParameter IncludeProjects = new(
        "includeProjects", DocumentedParameter.Query, "Whether the program's projects' items are included.", "boolean", Default: "true");

    // A paged list of items of one item: skip and take (and any further query parameters) are documented, the order is described.
    private static void MapList(
        RouteGroupBuilder group,
        string route,
        string name,
        string summary,
        string order,
        Func<Guid, HttpRequest, IHistoryGraph, Results<Ok<HistoryItemList>, ProblemHttpResult>> handler,
        params DocumentedParameter[] parameters) =>
        group.MapGet(route, handler)
            .WithName(name)
            .WithMetadata([.. DocumentedParameter.Paging, .. parameters])
            .WithSummary(summary)
            .WithDescription($"{order} Paged with skip and take.");

    // RIS and CSL-JSON downloads of the same records: ROUTE.ris and ROUTE.csl.json.
    private static void MapExports(
        RouteGroupBuilder group, string route, string name, string what, Func<IHistoryGraph, Guid, HttpRequest, ExportSource?> read, Func<Guid, string> notFound)
    {
        foreach (var format in ExportFormats)
        {
            group.MapGet($"{route}.{format.Extension}", (Guid id, HttpRequest request, IHistoryGraph graph) =>
                    read(graph, id, request) is { } source
                        ? (IResult)new Attachment(
                            Results.Text(source.Write(format), format.MediaType + "; charset=utf-8", System.Text.Encoding.UTF8),
                            $"{source.FileStem}.{format.Extension}")
                        : ProblemResults.NotFound(notFound(id)))
                .WithName(name + format.NameSuffix)
                .WithSummary($"{what}, as {format.Label}")
                .Produces(StatusCodes.Status200OK, contentType: format.MediaType)
                .ProducesProblem(StatusCodes.Status404NotFound);
        }
    }

    // One archival document as an export record, with the citation settings of its site.
    private static ExportSource? DocumentExport(IHistoryGraph graph, Guid id, HttpRequest request)
    {
        if (graph.Find(id) is not { ContentType: T.ArchivalDocument } item)
        {
            return null;
        }

        var settings = Settings(graph, item, request);
        return settings.Documents.Find(id) is { } document
            ? Documents([new CitationExportItem(id.ToString("D"), document)], settings.Style, $"document-{id:N}")
            : null;
    }

    private static ContentItem? Post(IHistoryGraph graph, Guid id) =>
        graph.Find(id) is { ContentType: T.BlogPost } post ? post : null;

    // The host's one citation settings resolver; a bare host that registers none gets the route-based one over the request.
    private static CitationSettings Settings(IHistoryGraph graph, ContentItem item, HttpRequest request)
    {
        var services = request.HttpContext.RequestServices;
        var resolver = services.GetService<ICitationSettingsResolver>()
            ?? SiteRouteCitationSettings.ForRequest(request.HttpContext, services.GetService<CitationStyleOptions>());
        return resolver.Resolve(graph, item.Key);
    }

    // The site's name for "cite this post" when the host's page settings give one (else the post's site root names it).
    private static string? SiteName(HttpRequest request) =>
        request.HttpContext.RequestServices.GetService<IOptions<HistoryPagesOptions>>()?.Value.SiteName;

    private static ExportSource Documents(IReadOnlyList<CitationExportItem> items, CitationStyleOptions options, string fileStem) =>
        new(format => format.WriteDocuments(options, items), fileStem);

    private static readonly ExportFormat[] ExportFormats =
    [
        new("ris", RisExport.MediaType, "Ris", "RIS (for reference managers)", (options, items) => new RisExport(options).Write(items), RisExport.Write),
        new("csl.json", CslJsonExport.MediaType, "CslJson", "CSL-JSON", (options, items) => new CslJsonExport(options).Write(items), CslJsonExport.Write),
    ];

    /// <summary>What one download writes, in a given format, and the file name without extension.</summary>
    private sealed record ExportSource(Func<ExportFormat, string> Write, string FileStem);

    /// <summary>A download format: how it writes archival documents and how it writes a post itself.</summary>
    private sealed record ExportFormat(
        string Extension,
        string MediaType,
        string NameSuffix,
        string Label,
        Func<CitationStyleOptions, IReadOnlyList<CitationExportItem>, string> WriteDocuments,
        Func<CitedPost, string> WritePost);

    /// <summary>Sends a result as a download with a file name.</summary>
    private sealed class Attachment(IResult inner, string fileName) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
            return inner.ExecuteAsync(httpContext);
        }
    }

    private static Results<Ok<HistoryItemList>, ProblemHttpResult> List(
        HttpRequest request, IHistoryGraph graph, Guid id, string contentType, string what, Func<IHistoryGraph, IReadOnlyList<ContentItem>> items)
    {
        if (!Paging.TryRead(request.Query, out var paging, out var error))
        {
            return ProblemResults.BadRequest(error!);
        }

        var item = graph.Find(id);
        if (item is null || !string.Equals(item.ContentType, contentType, StringComparison.Ordinal))
        {
            return ProblemResults.NotFound($"There is no {what} with the id {id}.");
        }

        return TypedResults.Ok(HistoryItemList.Page(items(graph), paging!));
    }

    private static Results<Ok<HistoryItemList>, ProblemHttpResult> ProgramList(
        HttpRequest request, IHistoryGraph graph, Guid id, Func<IHistoryGraph, bool, IReadOnlyList<ContentItem>> items)
    {
        var flag = request.Query["includeProjects"];
        var includeProjects = true;
        if (flag.Count > 1 || (flag.Count == 1 && !bool.TryParse(flag[0], out includeProjects)))
        {
            return ProblemResults.BadRequest($"'includeProjects' must be true or false, not '{QuotedText.Shorten(flag.ToString())}'.");
        }

        return List(request, graph, id, T.Program, "program", g => items(g, includeProjects));
    }
}
