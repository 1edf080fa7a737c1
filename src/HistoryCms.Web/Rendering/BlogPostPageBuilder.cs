using System.Globalization;
using HistoryCms.Core.Citations;
using HistoryCms.Core.Content;
using HistoryCms.Core.Delivery;
using HistoryCms.Web.ViewModels;

namespace HistoryCms.Web.Rendering;

/// <summary>Builds a blog post page: byline, hero, body with numbered markers, notes, cite box, programs, related posts.</summary>
internal sealed class BlogPostPageBuilder(PageParts parts, RichTextRenderer richText, Func<ContentItem, CitationSettings> citationSettings)
{
    private const int RelatedCount = 3;

    public BlogPostPageModel? Build(ContentItem item)
    {
        if (parts.Reader.ReadBlogPost(item) is not { } post)
        {
            return null;
        }

        var authors = parts.Reader.ReadLinked<Author>(post.Authors);
        var byline = new BylineModel([.. authors.Select(a => new BylineAuthor(PageParts.Link(a), a.JobTitle, parts.Image(a.Photo, a.Name)))], post.PublishDate);
        var hero = parts.Image(post.HeroImage, post.HeroCaption) is { } image ? new HeroImageModel(image, post.HeroCaption, post.HeroCredit) : null;

        var style = citationSettings(item);
        var citations = PostCitationReader.Citations(item, style);
        var numbers = new Dictionary<Guid, int>();
        foreach (var citation in citations)
        {
            if (CitationKeys.TryParse(citation.Key, out var key))
            {
                numbers.TryAdd(key, citation.Number);
            }
        }

        var body = richText.WithMarkers(post.Body, numbers);
        var notes = new FootnoteListModel([.. citations.Select(c => new FootnoteModel(
            c, RichTextRenderer.FootnoteId(c.Number), c.IsReferenced ? RichTextRenderer.RefId(c.Number) : null))]);

        var programs = parts.Reader.ReadLinked<ResearchProgram>(post.Programs).Select(p => parts.Program(p, withProjects: false)).ToList();
        return new BlogPostPageModel(
            new PageMeta(post.Title, post.Standfirst, post.RoutePath),
            post,
            byline,
            hero,
            body,
            notes,
            CiteBox(item, style),
            programs,
            Related(post));
    }

    private CiteBoxModel CiteBox(ContentItem item, CitationSettings citations)
    {
        var post = CitedPost.From(parts.Graph, item, citations, parts.Options.SiteName)!;
        var forms = new List<CiteForm>
        {
            new("Chicago (note)", ChicagoPostCitation.Note(post)),
            new("Chicago (bibliography)", ChicagoPostCitation.Bibliography(post)),
        };
        return new CiteBoxModel("Cite this post", "cite-this-post", forms, Downloads(parts.Options.PostRisUrl, parts.Options.PostCslJsonUrl), Downloads(parts.Options.PostSourcesRisUrl, parts.Options.PostSourcesCslJsonUrl));

        List<CiteDownload> Downloads(string risUrl, string cslJsonUrl)
        {
            var id = post.Key.ToString("D", CultureInfo.InvariantCulture);
            return
            [
                new("RIS (Zotero, EndNote)", risUrl.Replace("{id}", id, StringComparison.Ordinal), RisExport.MediaType),
                new("CSL-JSON", cslJsonUrl.Replace("{id}", id, StringComparison.Ordinal), CslJsonExport.MediaType),
            ];
        }
    }

    /// <summary>The related posts the editor picked, else the newest other posts of the same programs.</summary>
    private IReadOnlyList<PostSummary> Related(BlogPost post)
    {
        if (post.RelatedPosts.Count > 0)
        {
            return parts.Posts(post.RelatedPosts);
        }

        var others = post.Programs
            .SelectMany(p => parts.Graph.ProgramPosts(p.Key, includeProjects: false))
            .Where(p => p.Key != post.Key)
            .DistinctBy(p => p.Key)
            .OrderByDescending(p => parts.Reader.ReadBlogPost(p)?.DisplayDate);
        return parts.Posts(others, RelatedCount);
    }
}
