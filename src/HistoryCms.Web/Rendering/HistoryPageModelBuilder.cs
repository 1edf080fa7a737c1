using HistoryCms.Core.Citations;
using HistoryCms.Core.Content;
using HistoryCms.Core.Delivery;
using HistoryCms.Core.ProgramBlocks;
using HistoryCms.Core.Search;
using HistoryCms.Web.ViewModels;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using A = HistoryCms.Core.HistoryAliases.ContentTypes;
using CoreSanitizer = HistoryCms.Core.Content.IHtmlSanitizer;

namespace HistoryCms.Web.Rendering;

/// <summary>The page model builder over the host's <see cref="IHistoryGraph"/> (scoped: one content snapshot per request).</summary>
public sealed class HistoryPageModelBuilder : IHistoryPageModelBuilder
{
    private readonly IContentRoutes routes;
    private readonly PageParts parts;
    private readonly BlogPostPageBuilder posts;
    private readonly AuthorPageBuilder authors;
    private readonly ProgramPageBuilder programs;
    private readonly ArchivalDocumentPageBuilder documents;
    private readonly SearchPageBuilder search;
    private readonly FolderPageBuilder folders;
    private readonly IHttpContextAccessor http;

    /// <summary>Creates the builder.</summary>
    /// <param name="graph">The content and its links.</param>
    /// <param name="routes">Finds items by URL path.</param>
    /// <param name="media">Image URLs.</param>
    /// <param name="sanitizer">The package's sanitizer.</param>
    /// <param name="kinds">The program block kinds the site knows.</param>
    /// <param name="citations">The host's citation settings resolver (the one the Delivery API and the History API use).</param>
    /// <param name="options">Page settings.</param>
    /// <param name="time">The clock (latest posts leave out what is dated later).</param>
    /// <param name="searches">The site search, when the host has one.</param>
    /// <param name="http">The current request (a folder page reads its page number from the query).</param>
    public HistoryPageModelBuilder(
        IHistoryGraph graph,
        IContentRoutes routes,
        IMediaUrlResolver media,
        HistoryHtmlSanitizer sanitizer,
        ProgramBlockKindCollection kinds,
        ICitationSettingsResolver citations,
        IOptions<HistoryPagesOptions> options,
        TimeProvider time,
        IEnumerable<ISiteSearch> searches,
        IHttpContextAccessor http)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(citations);
        ArgumentNullException.ThrowIfNull(http);
        this.routes = routes;
        this.http = http;
        CitationSettings Citations(ContentItem item) => citations.Resolve(graph, item.Key);

        var richText = new RichTextRenderer(sanitizer);
        parts = new PageParts(graph, media, options.Value);
        posts = new BlogPostPageBuilder(parts, richText, Citations);
        authors = new AuthorPageBuilder(parts, richText);
        programs = new ProgramPageBuilder(parts, kinds, (CoreSanitizer)sanitizer, time);
        documents = new ArchivalDocumentPageBuilder(parts, richText, Citations);
        search = new SearchPageBuilder(parts, sanitizer, searches?.FirstOrDefault());
        folders = new FolderPageBuilder(parts);
    }

    /// <inheritdoc />
    public HistoryPageModel? BuildForRoute(string path) =>
        ScanningContentRoutes.Normalize(path) == "/" ? BuildHome()
        : routes.FindByRoute(path) is { } item ? BuildForItem(item)
        : null;

    /// <summary>Gives a page the site's name.</summary>
    private T Named<T>(T? page)
        where T : HistoryPageModel => page! with { SiteName = parts.SiteName };

    /// <inheritdoc />
    public HistoryPageModel? BuildForItem(ContentItem item) => item?.ContentType switch
    {
        A.BlogPost => posts.Build(item) is { } post ? Named(post) : null,
        A.Author => authors.Build(item) is { } author ? Named(author) : null,
        A.Program => programs.Build(item) is { } program ? Named(program) : null,
        A.ArchivalDocument => documents.Build(item) is { } document ? Named(document) : null,
        A.SiteRoot => BuildHome(),
        A.PostsFolder or A.PeopleFolder or A.ProgramsFolder or A.ArchiveFolder =>
            folders.Build(item, FolderPageBuilder.PageOf(http.HttpContext?.Request.Query[FolderPageBuilder.PageParameter].ToString())) is { } folder ? Named(folder) : null,
        _ => null,
    };

    /// <inheritdoc />
    public HomePageModel BuildHome() => Named(new HomePageBuilder(parts).Build());

    /// <inheritdoc />
    public NotFoundPageModel BuildNotFound(string detail) => Named(new NotFoundPageModel(new PageMeta("Page not found"), detail));

    /// <inheritdoc />
    public async Task<SearchPageModel> BuildSearchAsync(IQueryCollection query, CancellationToken cancellationToken = default) =>
        Named(await search.BuildAsync(query, cancellationToken).ConfigureAwait(false));
}
