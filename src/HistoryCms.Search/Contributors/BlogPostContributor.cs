using System.Globalization;
using HistoryCms.Core;
using HistoryCms.Core.Content;
using C = HistoryCms.Search.Contributors.SearchContributionContext;

namespace HistoryCms.Search.Contributors;

/// <summary>Blog posts: body, standfirst and caption; authors, programs, topics and places as facets.</summary>
public sealed class BlogPostContributor : ISearchContributor
{
    /// <inheritdoc />
    public string ContentType => HistoryAliases.ContentTypes.BlogPost;

    /// <inheritdoc />
    public SearchDocument? Contribute(ContentItem item, SearchContributionContext context) =>
        context?.Reader.ReadBlogPost(item) is not { } post ? null : new SearchDocument
        {
            Id = post.Key,
            Type = post.ContentType,
            Title = post.Title,
            Route = post.RoutePath,
            Body = C.PlainText(post.Body),
            Extra = C.NonBlank(post.Standfirst, post.HeroCaption),
            TextLanguage = "en",
            Date = new SearchDate(post.DisplayDate, post.DisplayDate, post.DisplayDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            Programs = context.ProgramsWithAncestors(post.Programs),
            Authors = [.. post.Authors.Select(a => C.Label(a.Key, a.Name))],
            Subjects = post.Topics,
            Places = post.Places,
            Ancestors = context.Ancestors(item),
        };
}
