using HistoryCms.Core.Archival;
using HistoryCms.Core.Dates;
using A = HistoryCms.Core.HistoryAliases.ContentTypes;
using P = HistoryCms.Core.HistoryAliases.Properties;

namespace HistoryCms.Core.Content;

/// <summary>
/// Maps content items to the package's typed records, parsing the raw stored values (see <see cref="StoredValues"/>) and
/// resolving pickers through <see cref="IContentLookup"/> (items that are missing, unpublished or of the wrong type are
/// left out). Missing or garbled values give empty fields; nothing throws.
/// </summary>
/// <param name="lookup">Finds picked items and walks the tree.</param>
public sealed class HistoryContentReader(IContentLookup lookup)
{
    /// <summary>The typed record of an item of one of the four types; <c>null</c> for any other type (containers, a host site's types).</summary>
    /// <param name="item">The item.</param>
    /// <returns>The record, or <c>null</c>.</returns>
    public IHistoryRecord? Read(ContentItem item) => item?.ContentType switch
    {
        A.BlogPost => ReadBlogPost(item),
        A.Author => ReadAuthor(item),
        A.Program => ReadProgram(item),
        A.ArchivalDocument => ReadArchivalDocument(item),
        _ => null,
    };

    /// <summary>The blog post, or <c>null</c> when the item is not a blog post.</summary>
    /// <param name="item">The item.</param>
    /// <returns>The post, or <c>null</c>.</returns>
    public BlogPost? ReadBlogPost(ContentItem item)
    {
        if (item?.ContentType != A.BlogPost)
        {
            return null;
        }

        var caption = item.Value(P.HeroCaption)?.Trim();
        return new BlogPost
        {
            Key = item.Key,
            Name = item.Name,
            RoutePath = item.RoutePath,
            CreateDate = item.CreateDate,
            UpdateDate = item.UpdateDate,
            Standfirst = StoredValues.Text(item.Value(P.Standfirst)),
            HeroImage = FirstOf(StoredValues.Images(item.Value(P.HeroImage), caption)),
            HeroCaption = caption,
            HeroCredit = StoredValues.Text(item.Value(P.HeroCredit)),
            Body = StoredValues.Html(item.Value(P.Body)),
            Authors = Links(item, P.Authors, A.Author),
            Programs = Links(item, P.Programs, A.Program),
            Topics = StoredValues.Strings(item.Value(P.Topics)),
            Places = StoredValues.Strings(item.Value(P.Places)),
            PublishDate = StoredValues.Date(item.Value(P.PublishDate)),
            RelatedPosts = Links(item, P.RelatedPosts, A.BlogPost),
        };
    }

    /// <summary>The author, or <c>null</c> when the item is not an author.</summary>
    /// <param name="item">The item.</param>
    /// <returns>The author, or <c>null</c>.</returns>
    public Author? ReadAuthor(ContentItem item)
    {
        if (item?.ContentType != A.Author)
        {
            return null;
        }

        return new Author
        {
            Key = item.Key,
            Name = item.Name,
            RoutePath = item.RoutePath,
            CreateDate = item.CreateDate,
            UpdateDate = item.UpdateDate,
            JobTitle = StoredValues.Text(item.Value(P.JobTitle)),
            Affiliation = FirstOf(Links(item, P.Affiliation, A.Program)),
            Photo = FirstOf(StoredValues.Images(item.Value(P.Photo), item.Name)),
            ShortBio = StoredValues.Text(item.Value(P.ShortBio)),
            LongBio = StoredValues.Html(item.Value(P.LongBio)),
            Links = StoredValues.Links(item.Value(P.Links), key => lookup.Find(key)?.RoutePath),
            Email = StoredValues.Text(item.Value(P.Email)),
        };
    }

    /// <summary>The program, or <c>null</c> when the item is not a program.</summary>
    /// <param name="item">The item.</param>
    /// <returns>The program, or <c>null</c>.</returns>
    public ResearchProgram? ReadProgram(ContentItem item)
    {
        if (item?.ContentType != A.Program)
        {
            return null;
        }

        var parent = item.ParentKey is { } parentKey ? lookup.Find(parentKey) : null;
        return new ResearchProgram
        {
            Key = item.Key,
            Name = item.Name,
            RoutePath = item.RoutePath,
            CreateDate = item.CreateDate,
            UpdateDate = item.UpdateDate,
            ShortDescription = StoredValues.Text(item.Value(P.ShortDescription)),
            Logo = FirstOf(StoredValues.Images(item.Value(P.Logo), item.Name)),
            CollectionName = StoredValues.Text(item.Value(P.CollectionName)),
            Contact = StoredValues.Text(item.Value(P.Contact)),
            BlocksJson = item.Value(P.Blocks),
            Staff = Links(item, P.Staff, A.Author),
            Parent = parent?.ContentType == A.Program ? ContentLink.From(parent) : null,
            Projects = [.. lookup.ChildrenOf(item.Key).Where(c => c.ContentType == A.Program).Select(ContentLink.From)],
        };
    }

    /// <summary>The archival document, or <c>null</c> when the item is not one.</summary>
    /// <param name="item">The item.</param>
    /// <returns>The document, or <c>null</c>.</returns>
    public ArchivalDocument? ReadArchivalDocument(ContentItem item)
    {
        if (item?.ContentType != A.ArchivalDocument)
        {
            return null;
        }

        var source = item.Value(P.Source)?.Trim() ?? string.Empty;
        var reference = ArchivalReference.Parse(source);
        var dateText = StoredValues.Text(item.Value(P.DocumentDate));
        return new ArchivalDocument
        {
            Key = item.Key,
            Name = item.Name,
            RoutePath = item.RoutePath,
            CreateDate = item.CreateDate,
            UpdateDate = item.UpdateDate,
            OriginalTitle = StoredValues.Text(item.Value(P.OriginalTitle)),
            RomanizedTitle = StoredValues.Text(item.Value(P.RomanizedTitle)),
            DateText = dateText,
            Date = dateText is not null && PartialDate.TryParse(dateText, out var date) ? date : null,
            Genre = FirstOf(StoredValues.Strings(item.Value(P.Genre))),
            Summary = StoredValues.Text(item.Value(P.Summary)),
            Translation = StoredValues.Html(item.Value(P.Translation)),
            OriginalLanguages = StoredValues.Strings(item.Value(P.OriginalLanguages)),
            Source = source,
            Reference = reference,
            RepositoryName = StoredValues.Text(item.Value(P.Repository)),
            Classification = StoredValues.Text(item.Value(P.Classification)),
            OfficialNumber = StoredValues.Text(item.Value(P.OfficialNumber)),
            RecordId = StoredValues.Text(item.Value(P.RecordId)),
            Rights = StoredValues.Text(item.Value(P.Rights)),
            Scans = StoredValues.Images(item.Value(P.Scans), item.Name),
            Translators = NamesOr(item, P.Translators, reference.Translators),
            Contributors = NamesOr(item, P.Contributors, reference.Contributors),
            ObtainedBy = NamesOr(item, P.ObtainedBy, reference.ObtainedBy),
            Transcribers = reference.Transcribers,
            Editors = reference.Editors,
            Subjects = StoredValues.Strings(item.Value(P.Subjects)),
            People = [.. StoredValues.Lines(item.Value(P.People)).Select(PersonName.Parse).OfType<PersonName>()],
            Places = StoredValues.Strings(item.Value(P.Places)),
            RelatedDocuments = Links(item, P.RelatedDocuments, A.ArchivalDocument),
            Programs = Links(item, P.Programs, A.Program),
            Authors = StoredValues.Lines(item.Value(P.DocumentAuthors)),
            Participants = StoredValues.Lines(item.Value(P.Participants)),
            FundingCredit = StoredValues.Text(item.Value(P.FundingCredit)),
            Donors = StoredValues.Lines(item.Value(P.Donors)),
            OriginalUploadDate = StoredValues.Date(item.Value(P.OriginalUploadDate)),
            ArchiveUrl = StoredValues.WebAddress(item.Value(P.ArchiveUrl)),
        };
    }

    /// <summary>The items a picker property holds, resolved, in order; missing items and items of another type are left out.</summary>
    /// <param name="item">The item holding the picker.</param>
    /// <param name="alias">The picker property's alias.</param>
    /// <param name="contentType">The document type the picked items must have.</param>
    /// <returns>The links.</returns>
    public IReadOnlyList<ContentLink> Links(ContentItem item, string alias, string contentType)
    {
        ArgumentNullException.ThrowIfNull(item);
        return
        [
            .. StoredValues.Keys(item.Value(alias))
                .Select(lookup.Find)
                .OfType<ContentItem>()
                .Where(picked => picked.ContentType == contentType)
                .Select(ContentLink.From),
        ];
    }

    /// <summary>The typed records of linked items, in order (e.g. a post's authors with their job titles and photos); links that no longer resolve are left out.</summary>
    /// <typeparam name="T">The record type, e.g. <see cref="Author"/>.</typeparam>
    /// <param name="links">The links.</param>
    /// <returns>The records.</returns>
    public IReadOnlyList<T> ReadLinked<T>(IEnumerable<ContentLink> links)
        where T : class, IHistoryRecord =>
        [.. (links ?? []).Select(l => lookup.Find(l.Key)).OfType<ContentItem>().Select(Read).OfType<T>()];

    private static T? FirstOf<T>(IReadOnlyList<T> items)
        where T : class => items.Count > 0 ? items[0] : null;

    private static IReadOnlyList<string> NamesOr(ContentItem item, string alias, IReadOnlyList<string> fallback)
    {
        var names = StoredValues.Lines(item.Value(alias));
        return names.Count > 0 ? names : fallback;
    }
}
