using HistoryCms.Core;
using HistoryCms.Core.Content;
using HistoryCms.Core.Delivery;
using HistoryCms.Web.ViewModels;

namespace HistoryCms.Web.Rendering;

/// <summary>What every page builder shares: the content, the typed reader, images and the cards of lists.</summary>
/// <param name="graph">The content and its links.</param>
/// <param name="media">Image URLs.</param>
/// <param name="options">Page settings.</param>
internal sealed class PageParts(IHistoryGraph graph, IMediaUrlResolver media, HistoryPagesOptions options)
{
    public IHistoryGraph Graph => graph;

    public HistoryContentReader Reader { get; } = new(graph);

    public HistoryPagesOptions Options => options;

    /// <summary>The site's name: the configured one, else the site root's name.</summary>
    public string SiteName =>
        !string.IsNullOrWhiteSpace(options.SiteName) ? options.SiteName
        : graph.OfType(HistoryAliases.ContentTypes.SiteRoot).FirstOrDefault()?.Name ?? "HistoryCms";

    public static ContentLink Link(IHistoryRecord record) => new(record.Key, record.Name, record.ContentType, record.RoutePath);

    public PostSummary? Post(ContentItem item) =>
        Reader.ReadBlogPost(item) is { } post ? new PostSummary(Link(post), post.PublishDate, post.Standfirst, post.Authors) : null;

    public IReadOnlyList<PostSummary> Posts(IEnumerable<ContentItem> items, int max) =>
        [.. items.Select(Post).OfType<PostSummary>().Take(max)];

    public DocumentSummary? Document(ContentItem item) =>
        Reader.ReadArchivalDocument(item) is { } document
            ? new DocumentSummary(Link(document), document.PrintedDate, document.Genre, document.Summary)
            : null;

    public IReadOnlyList<DocumentSummary> Documents(IEnumerable<ContentItem> items, int max) =>
        [.. items.Select(Document).OfType<DocumentSummary>().Take(max)];

    public IReadOnlyList<DocumentSummary> Documents(IEnumerable<ContentLink> links) =>
        Documents(links.Select(l => graph.Find(l.Key)).OfType<ContentItem>(), int.MaxValue);

    public IReadOnlyList<PostSummary> Posts(IEnumerable<ContentLink> links) =>
        Posts(links.Select(l => graph.Find(l.Key)).OfType<ContentItem>(), int.MaxValue);

    public ProgramSummary Program(ResearchProgram program, bool withProjects) => new(
        Link(program),
        program.ShortDescription,
        withProjects ? [.. Reader.ReadLinked<ResearchProgram>(program.Projects).Select(p => Program(p, withProjects: false))] : []);

    public PersonSummary Person(Author author, string? role = null) => new(Link(author), role ?? author.JobTitle, Image(author.Photo, author.Name));

    public ImageModel? Image(ImageReference? image, string? alt) =>
        image is not null && SafeUrls.Check(media.UrlOf(image.MediaKey)) is { } url ? new ImageModel(url, image.Alt ?? alt ?? string.Empty) : null;

    public string SearchUrl(params (string Name, string Value)[] query) =>
        options.SearchPath + "?" + string.Join("&", query.Select(q => Uri.EscapeDataString(q.Name) + "=" + Uri.EscapeDataString(q.Value)));
}
