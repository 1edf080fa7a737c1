using HistoryCms.Core;
using HistoryCms.Core.Content;
using C = HistoryCms.Search.Contributors.SearchContributionContext;

namespace HistoryCms.Search.Contributors;

/// <summary>Archival documents: the translation is the body; titles, summary, source and numbers are searchable too.</summary>
public sealed class ArchivalDocumentContributor : ISearchContributor
{
    /// <inheritdoc />
    public string ContentType => HistoryAliases.DocumentTypes.ArchivalDocument;

    /// <inheritdoc />
    public SearchDocument? Contribute(ContentItem item, SearchContributionContext context) =>
        context?.Reader.ReadArchivalDocument(item) is not { } document ? null : new SearchDocument
        {
            Id = document.Key,
            Type = document.ContentType,
            Title = document.Title,
            Route = document.RoutePath,
            Body = C.PlainText(document.Translation),
            Extra = C.NonBlank(document.Summary, document.OriginalTitle, document.RomanizedTitle, document.OfficialNumber, document.Source),
            TextLanguage = "en",
            Date = C.Date(document.Date) is { } date ? date with { Text = document.PrintedDate ?? date.Text } : null,
            Programs = context.ProgramsWithAncestors(document.Programs),
            Repository = document.Reference.Repository?.Abbreviation ?? document.Repository,
            Languages = document.OriginalLanguages,
            DocumentType = document.DocumentType,
            Subjects = document.Subjects,
            People = [.. document.People.Select(p => new SearchPerson(p.Preferred, p.Variants))],
            Places = document.Places,
            Ancestors = context.Ancestors(item),
        };
}
