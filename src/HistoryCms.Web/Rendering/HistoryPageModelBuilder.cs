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
    private readonly IContentRoutes _routes;
    private readonly PageParts _parts;
    private readonly BlogPostPageBuilder _posts;
    private readonly AuthorPageBuilder _authors;
    private readonly ProgramPageBuilder _programs;
    private readonly ArchivalDocumentPageBuilder _documents;
    private readonly SearchPageBuilder _search;
    private readonly FolderPageBuilder _folders;
    private readonly IHttpContextAccessor _http;

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
        _routes = routes;
        _http = http;
        CitationSettings Citations(ContentItem item) => citations.Resolve(graph, item.Key);

        var richText = new RichTextRenderer(sanitizer);
        _parts = new PageParts(graph, media, options.Value);
        _posts = new BlogPostPageBuilder(_parts, richText, Citations);
        _authors = new AuthorPageBuilder(_parts, richText);
        _programs = new ProgramPageBuilder(_parts, kinds, (CoreSanitizer)sanitizer, time);
        _documents = new ArchivalDocumentPageBuilder(_parts, richText, Citations);
        _search = new SearchPageBuilder(_parts, sanitizer, searches?.FirstOrDefault());
        _folders = new FolderPageBuilder(_parts);
    }

    /// <inheritdoc />
    public HistoryPageModel? BuildForRoute(string path) =>
        ScanningContentRoutes.Normalize(path) == "/" ? BuildHome()
        : _routes.FindByRoute(path) is { } item ? BuildForItem(item)
        : null;

    /// <summary>Gives a page the site's name.</summary>
    private T Named<T>(T? page)
        where T : HistoryPageModel => page! with { SiteName = _parts.SiteName };

    /// <inheritdoc />
    public HistoryPageModel? BuildForItem(ContentItem item) => item?.ContentType switch
    {
        A.BlogPost => _posts.Build(item) is { } post ? Named(post) : null,
        A.Author => _authors.Build(item) is { } author ? Named(author) : null,
        A.Program => _programs.Build(item) is { } program ? Named(program) : null,
        A.ArchivalDocument => _documents.Build(item) is { } document ? Named(document) : null,
        A.SiteRoot => BuildHome(),
        A.PostsFolder or A.PeopleFolder or A.ProgramsFolder or A.ArchiveFolder =>
            _folders.Build(item, FolderPageBuilder.PageOf(_http.HttpContext?.Request.Query[FolderPageBuilder.PageParameter].ToString())) is { } folder ? Named(folder) : null,
        _ => null,
    };

    /// <inheritdoc />
    public HomePageModel BuildHome() => Named(new HomePageBuilder(_parts).Build());

    /// <inheritdoc />
    public NotFoundPageModel BuildNotFound(string detail) => Named(new NotFoundPageModel(new PageMeta("Page not found"), detail));

    /// <inheritdoc />
    public async Task<SearchPageModel> BuildSearchAsync(IQueryCollection query, CancellationToken cancellationToken = default) =>
        Named(await _search.BuildAsync(query, cancellationToken).ConfigureAwait(false));
}
