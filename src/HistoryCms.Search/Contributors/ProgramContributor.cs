using HistoryCms.Core;
using HistoryCms.Core.Content;
using C = HistoryCms.Search.Contributors.SearchContributionContext;

namespace HistoryCms.Search.Contributors;

/// <summary>Programs and projects: the description is the body; a project counts for its parent programs.</summary>
public sealed class ProgramContributor : ISearchContributor
{
    /// <inheritdoc />
    public string ContentType => HistoryAliases.ContentTypes.Program;

    /// <inheritdoc />
    public SearchDocument? Contribute(ContentItem item, SearchContributionContext context) =>
        context?.Reader.ReadProgram(item) is not { } program ? null : new SearchDocument
        {
            Id = program.Key,
            Type = program.ContentType,
            Title = program.Name,
            Route = program.RoutePath,
            Body = C.PlainText(program.ShortDescription),
            Extra = C.NonBlank(program.CollectionName),
            TextLanguage = "en",
            Programs = context.ProgramsWithAncestors([ContentLink.From(item)]),
            Ancestors = context.Ancestors(item),
        };
}
