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

        return group;
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
