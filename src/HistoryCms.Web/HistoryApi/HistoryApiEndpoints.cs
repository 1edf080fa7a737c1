using HistoryCms.Core.Citations;
using HistoryCms.Core.Content;
using HistoryCms.Core.Delivery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using T = HistoryCms.Core.HistoryAliases.DocumentTypes;

namespace HistoryCms.Web.HistoryApi;

/// <summary>
/// The History API (<c>/history/api/v1/</c>): citations both ways, an author's posts, a program's posts and documents. It
/// serves whatever <see cref="IHistoryGraph"/> the host registers: the delivery server's snapshot or, in a site, the
/// Umbraco adapter's published content.
/// </summary>
public static class HistoryApiEndpoints
{
    /// <summary>The route prefix of the History API.</summary>
    public const string Prefix = "/history/api/v1";

    /// <summary>The OpenAPI tag of its endpoints.</summary>
    public const string Tag = "History";

    /// <summary>Maps the History API's endpoints.</summary>
    /// <param name="endpoints">The app's endpoints.</param>
    /// <returns>The route group, for hosts that add conventions (authorization, caching).</returns>
    public static RouteGroupBuilder MapHistoryApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(Prefix).WithTags(Tag);

        group.MapGet("/posts/{id:guid}/documents", (Guid id, HttpRequest request, IHistoryGraph graph) =>
                List(request, graph, id, T.BlogPost, "post", g => g.DocumentsCitedBy(id)))
            .WithName("GetDocumentsCitedByPost")
            .WithSummary("The archival documents a post cites")
            .WithDescription("In the order the post's citations list them. Paged with skip and take.");

        group.MapGet("/documents/{id:guid}/posts", (Guid id, HttpRequest request, IHistoryGraph graph) =>
                List(request, graph, id, T.ArchivalDocument, "archival document", g => g.PostsCiting(id)))
            .WithName("GetPostsCitingDocument")
            .WithSummary("The posts citing an archival document (backlinks)")
            .WithDescription("Newest first. Paged with skip and take.");

        group.MapGet("/authors/{id:guid}/posts", (Guid id, HttpRequest request, IHistoryGraph graph) =>
                List(request, graph, id, T.Author, "author", g => g.PostsBy(id)))
            .WithName("GetPostsByAuthor")
            .WithSummary("An author's posts")
            .WithDescription("Newest first. Paged with skip and take.");

        group.MapGet("/programs/{id:guid}/posts", (Guid id, HttpRequest request, IHistoryGraph graph) =>
                ProgramList(request, graph, id, (g, projects) => g.ProgramPosts(id, projects)))
            .WithName("GetProgramPosts")
            .WithSummary("A program's posts, including its projects' unless includeProjects=false")
            .WithDescription("Newest first. Paged with skip and take.");

        group.MapGet("/programs/{id:guid}/documents", (Guid id, HttpRequest request, IHistoryGraph graph) =>
                ProgramList(request, graph, id, (g, projects) => g.ProgramDocuments(id, projects)))
            .WithName("GetProgramDocuments")
            .WithSummary("A program's archival documents, including its projects' unless includeProjects=false")
            .WithDescription("Earliest document date first, undated last. Paged with skip and take.");

        group.MapGet("/posts/{id:guid}/citations", (Guid id, HttpRequest request, IHistoryGraph graph) =>
                Post(graph, id) is { } post
                    ? Results.Json(new { items = PostCitations.Notes(graph, post, Options(graph, post, request)) })
                    : ProblemResults.NotFound($"There is no post with the id {id}."))
            .WithName("GetPostCitations")
            .WithSummary("A post's citations, numbered in body order, with the formatted notes (Chicago full and short note, bibliography, digital archive)")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/posts/{id:guid}/citations.ris", (Guid id, HttpRequest request, IHistoryGraph graph) =>
                Post(graph, id) is { } post
                    ? (IResult)Export(new RisExport(Options(graph, post, request)).Write(PostCitations.ExportItems(graph, post, Options(graph, post, request))), RisExport.MediaType, post, "ris")
                    : ProblemResults.NotFound($"There is no post with the id {id}."))
            .WithName("GetPostCitationsRis")
            .WithSummary("The documents a post cites, as RIS (for reference managers)")
            .Produces(StatusCodes.Status200OK, contentType: RisExport.MediaType)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/posts/{id:guid}/citations.csl.json", (Guid id, HttpRequest request, IHistoryGraph graph) =>
                Post(graph, id) is { } post
                    ? (IResult)Export(new CslJsonExport(Options(graph, post, request)).Write(PostCitations.ExportItems(graph, post, Options(graph, post, request))), CslJsonExport.MediaType, post, "csl.json")
                    : ProblemResults.NotFound($"There is no post with the id {id}."))
            .WithName("GetPostCitationsCslJson")
            .WithSummary("The documents a post cites, as CSL-JSON")
            .Produces(StatusCodes.Status200OK, contentType: CslJsonExport.MediaType)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/documents/{id:guid}/citation.ris", (Guid id, HttpRequest request, IHistoryGraph graph) =>
                DocumentExport(graph, id, request) is { } export
                    ? (IResult)Export(new RisExport(export.Options).Write([export.Item]), RisExport.MediaType, $"document-{id:N}.ris")
                    : ProblemResults.NotFound($"There is no archival document with the id {id}."))
            .WithName("GetDocumentCitationRis")
            .WithSummary("An archival document as RIS (for reference managers), as its page's cite box offers it")
            .Produces(StatusCodes.Status200OK, contentType: RisExport.MediaType)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/documents/{id:guid}/citation.csl.json", (Guid id, HttpRequest request, IHistoryGraph graph) =>
                DocumentExport(graph, id, request) is { } export
                    ? (IResult)Export(new CslJsonExport(export.Options).Write([export.Item]), CslJsonExport.MediaType, $"document-{id:N}.csl.json")
                    : ProblemResults.NotFound($"There is no archival document with the id {id}."))
            .WithName("GetDocumentCitationCslJson")
            .WithSummary("An archival document as CSL-JSON")
            .Produces(StatusCodes.Status200OK, contentType: CslJsonExport.MediaType)
            .ProducesProblem(StatusCodes.Status404NotFound);

        return group;
    }

    // One archival document as an export record, with the citation settings of its site.
    private static (CitationExportItem Item, CitationStyleOptions Options)? DocumentExport(IHistoryGraph graph, Guid id, HttpRequest request)
    {
        if (graph.Find(id) is not { ContentType: T.ArchivalDocument } item)
        {
            return null;
        }

        var options = Options(graph, item, request);
        return PostCitations.Documents(graph, options).Find(id) is { } document
            ? (new CitationExportItem(id.ToString("D"), document), options)
            : null;
    }

    private static ContentItem? Post(IHistoryGraph graph, Guid id) =>
        graph.Find(id) is { ContentType: T.BlogPost } post ? post : null;

    private static CitationStyleOptions Options(IHistoryGraph graph, ContentItem item, HttpRequest request) =>
        PostCitations.OptionsFor(graph, item, new Uri($"{request.Scheme}://{request.Host}{request.PathBase}/"));

    private static Attachment Export(string text, string mediaType, ContentItem post, string extension) =>
        Export(text, mediaType, $"citations-{post.Key:N}.{extension}");

    private static Attachment Export(string text, string mediaType, string fileName) =>
        new(Results.Text(text, mediaType + "; charset=utf-8", System.Text.Encoding.UTF8), fileName);

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
            return ProblemResults.BadRequest($"'includeProjects' must be true or false, not '{Paging.Shorten(flag.ToString())}'.");
        }

        return List(request, graph, id, T.Program, "program", g => items(g, includeProjects));
    }
}
