using HistoryCms.Core.Content;

namespace HistoryCms.Core.Citations;

/// <summary>
/// A blog post as a work to cite (the "Cite this post" box and its RIS / CSL-JSON downloads): its own authors, title,
/// publish date, the site it appears on and its URL. It is the post itself, not the documents it cites.
/// </summary>
/// <param name="Key">The post's key.</param>
/// <param name="Title">The post's title.</param>
/// <param name="Authors">Its authors' names in byline order, as written ("Charles Kraus").</param>
/// <param name="PublishDate">The date the editor set as the post's publish date; <c>null</c> when there is none (a citation then prints no date: the creation date is not a publication date).</param>
/// <param name="SiteName">The name of the site (the blog) the post appears on.</param>
/// <param name="Url">The post's absolute URL, or <c>null</c> when the site's address is not known.</param>
/// <param name="Summary">The standfirst, or <c>null</c>.</param>
public sealed record CitedPost(Guid Key, string Title, IReadOnlyList<string> Authors, DateOnly? PublishDate, string SiteName, string? Url, string? Summary)
{
    /// <summary>The post's citation data over any content.</summary>
    /// <param name="lookup">The content (the post's authors and site root are read from it).</param>
    /// <param name="item">The blog post.</param>
    /// <param name="settings">The site's citation settings (the post's URL is the one every output prints).</param>
    /// <param name="siteName">The site's name when the host configures one; otherwise the name of the post's site root.</param>
    /// <returns>The post to cite, or <c>null</c> when <paramref name="item"/> is not a blog post.</returns>
    public static CitedPost? From(IContentLookup lookup, ContentItem item, CitationSettings settings, string? siteName = null)
    {
        ArgumentNullException.ThrowIfNull(lookup);
        ArgumentNullException.ThrowIfNull(settings);
        var reader = new HistoryContentReader(lookup);
        if (reader.ReadBlogPost(item) is not { } post)
        {
            return null;
        }

        var authors = reader.ReadLinked<Author>(post.Authors).Select(a => a.Name).Where(n => !string.IsNullOrWhiteSpace(n)).ToList();
        var site = string.IsNullOrWhiteSpace(siteName) ? SiteRootName(lookup, item) : siteName.Trim();
        return new CitedPost(post.Key, post.Title, authors, post.PublishDate, site, settings.UrlOf(item), post.Standfirst);
    }

    private static string SiteRootName(IContentLookup lookup, ContentItem item)
    {
        var root = item;
        for (var depth = 0; depth < 64 && root.ParentKey is { } parent && lookup.Find(parent) is { } next; depth++)
        {
            root = next;
        }

        return root.ContentType == HistoryAliases.ContentTypes.SiteRoot && !string.IsNullOrWhiteSpace(root.Name) ? root.Name.Trim() : string.Empty;
    }
}
