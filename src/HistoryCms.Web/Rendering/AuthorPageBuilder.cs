using HistoryCms.Core.Content;
using HistoryCms.Web.ViewModels;

namespace HistoryCms.Web.Rendering;

/// <summary>Builds an author page: photo, job title, bios, links and posts.</summary>
internal sealed class AuthorPageBuilder(PageParts parts, RichTextRenderer richText)
{
    public AuthorPageModel? Build(ContentItem item)
    {
        if (parts.Reader.ReadAuthor(item) is not { } author)
        {
            return null;
        }

        var links = author.Links
            .Select(l => SafeUrls.Check(l.Url) is { } url ? new SafeLink(string.IsNullOrWhiteSpace(l.Name) ? url : l.Name, url, SafeUrls.IsExternal(url)) : null)
            .OfType<SafeLink>()
            .ToList();
        return new AuthorPageModel(
            new PageMeta(author.Name, author.ShortBio ?? author.JobTitle, author.RoutePath),
            author,
            parts.Image(author.Photo, author.Name),
            richText.Html(author.LongBio),
            links,
            parts.Posts(parts.Graph.PostsBy(author.Key), int.MaxValue));
    }
}
