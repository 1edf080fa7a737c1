using HistoryCms.Core;
using HistoryCms.Core.Content;
using C = HistoryCms.Search.Contributors.SearchContributionContext;

namespace HistoryCms.Search.Contributors;

/// <summary>Authors: the biography is the body; job title and affiliation are searchable and faceted.</summary>
public sealed class AuthorContributor : ISearchContributor
{
    /// <inheritdoc />
    public string ContentType => HistoryAliases.ContentTypes.Author;

    /// <inheritdoc />
    public SearchDocument? Contribute(ContentItem item, SearchContributionContext context) =>
        context?.Reader.ReadAuthor(item) is not { } author ? null : new SearchDocument
        {
            Id = author.Key,
            Type = author.ContentType,
            Title = author.Name,
            Route = author.RoutePath,
            Body = C.PlainText(author.LongBio) is { Length: > 0 } bio ? bio : C.PlainText(author.ShortBio),
            Extra = C.NonBlank(author.JobTitle, C.PlainText(author.ShortBio)),
            TextLanguage = "en",
            Programs = author.Affiliation is { } affiliation ? context.ProgramsWithAncestors([affiliation]) : [],
            Ancestors = context.Ancestors(item),
        };
}
