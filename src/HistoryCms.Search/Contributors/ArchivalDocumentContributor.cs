using HistoryCms.Core;
using HistoryCms.Core.Content;
using C = HistoryCms.Search.Contributors.SearchContributionContext;

namespace HistoryCms.Search.Contributors;

/// <summary>
/// Archival documents: the translation is the body; titles, summary, source, numbers, funding credit and donors are
/// searchable too. The document's authors and the participants of the event it records count as its people (searchable
/// and in the people facet) after the indexed people and organizations. The archive URL is not indexed.
/// </summary>
public sealed class ArchivalDocumentContributor : ISearchContributor
{
    /// <inheritdoc />
    public string ContentType => HistoryAliases.ContentTypes.ArchivalDocument;

    /// <inheritdoc />
    public SearchDocument? Contribute(ContentItem item, SearchContributionContext context) =>
        context?.Reader.ReadArchivalDocument(item) is not { } document ? null : new SearchDocument
        {
            Id = document.Key,
            Type = document.ContentType,
            Title = document.Title,
            Route = document.RoutePath,
            Body = C.PlainText(document.Translation),
            Extra = C.NonBlank([document.Summary, document.OriginalTitle, document.RomanizedTitle, document.OfficialNumber, document.Source, document.FundingCredit, .. document.Donors]),
            TextLanguage = "en",
            Date = C.Date(document.Date) is { } date ? date with { Text = document.PrintedDate ?? date.Text } : null,
            Programs = context.ProgramsWithAncestors(document.Programs),
            Repository = document.Reference.Repository?.Abbreviation ?? document.Repository,
            Languages = document.OriginalLanguages,
            Genre = document.Genre,
            Subjects = document.Subjects,
            People = PeopleOf(document),
            Places = document.Places,
            Ancestors = context.Ancestors(item),
        };

    private static List<SearchPerson> PeopleOf(ArchivalDocument document)
    {
        var people = document.People.Select(p => new SearchPerson(p.Preferred, p.Variants)).ToList();
        var named = people.Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        people.AddRange(document.Authors.Concat(document.Participants).Where(named.Add).Select(name => new SearchPerson(name, [])));
        return people;
    }
}
