using HistoryCms.Core.Content;
using A = HistoryCms.Core.HistoryAliases.ContentTypes;
using P = HistoryCms.Core.HistoryAliases.Properties;

namespace HistoryCms.Core.ProgramBlocks.Delivery;

/// <summary>
/// Builds the cards of picked items for delivery. Each returns <c>null</c> when the item does not exist (or is not
/// published) or is not of the expected type, so a block drops it instead of failing. Public for a site's own kinds.
/// </summary>
public static class ContentCards
{
    /// <summary>A link to any content item.</summary>
    /// <param name="key">The item's key.</param>
    /// <param name="context">The mapping context.</param>
    /// <param name="contentType">The document type it must have, or <c>null</c> for any.</param>
    /// <returns>The link, or <c>null</c>.</returns>
    public static ContentLink? Link(Guid key, ProgramBlockMappingContext context, string? contentType = null) =>
        Find(key, context, contentType) is { } item ? Link(item) : null;

    /// <summary>A link to <paramref name="item"/>.</summary>
    /// <param name="item">The item.</param>
    /// <returns>The link.</returns>
    public static ContentLink Link(ContentItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return new ContentLink(item.Key, item.Name, item.ContentType, new ContentRoute(item.RoutePath));
    }

    /// <summary>The card of an archival document.</summary>
    /// <param name="key">The document's key.</param>
    /// <param name="context">The mapping context.</param>
    /// <returns>The card, or <c>null</c>.</returns>
    public static DocumentCard? Document(Guid key, ProgramBlockMappingContext context) =>
        Find(key, context, A.ArchivalDocument) is { } item && Reader(context).ReadArchivalDocument(item) is { } document
            ? new DocumentCard(item.Key, item.Name, item.ContentType, new ContentRoute(item.RoutePath),
                document.PrintedDate, document.Genre, document.Summary)
            : null;

    /// <summary>The card of a program or project.</summary>
    /// <param name="key">The program's key.</param>
    /// <param name="context">The mapping context.</param>
    /// <returns>The card, or <c>null</c>.</returns>
    public static ProgramCard? Program(Guid key, ProgramBlockMappingContext context) =>
        Find(key, context, A.Program) is { } item && Reader(context).ReadProgram(item) is { } program
            ? new ProgramCard(item.Key, item.Name, item.ContentType, new ContentRoute(item.RoutePath), program.ShortDescription)
            : null;

    /// <summary>The card of a person.</summary>
    /// <param name="key">The author's key.</param>
    /// <param name="context">The mapping context.</param>
    /// <returns>The card, or <c>null</c>.</returns>
    public static PersonCard? Person(Guid key, ProgramBlockMappingContext context) =>
        Find(key, context, A.Author) is { } item && Reader(context).ReadAuthor(item) is { } author
            ? new PersonCard(item.Key, item.Name, item.ContentType, new ContentRoute(item.RoutePath), author.JobTitle,
                author.Photo is { } photo ? new MediaLink(photo.MediaKey) : null)
            : null;

    /// <summary>The card of a blog post.</summary>
    /// <param name="post">The post.</param>
    /// <param name="context">The mapping context.</param>
    /// <returns>The card.</returns>
    public static PostCard Post(ContentItem post, ProgramBlockMappingContext context)
    {
        ArgumentNullException.ThrowIfNull(post);
        ArgumentNullException.ThrowIfNull(context);
        var authors = StoredValues.Keys(post.Value(P.Authors)).Select(k => Link(k, context, A.Author)).OfType<ContentLink>().ToList();
        return new PostCard(post.Key, post.Name, post.ContentType, new ContentRoute(post.RoutePath), PostDate(post), post.Value(P.Standfirst), authors);
    }

    /// <summary>The date a post is listed by: its publish date (midnight UTC), or when it was created.</summary>
    /// <param name="post">The post.</param>
    /// <returns>The date.</returns>
    public static DateTimeOffset PostDate(ContentItem post)
    {
        ArgumentNullException.ThrowIfNull(post);
        return StoredValues.Date(post.Value(P.PublishDate)) is { } date
            ? new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)
            : post.CreateDate;
    }

    /// <summary>The programs a post (or document) belongs to.</summary>
    /// <param name="item">The post.</param>
    /// <returns>The program keys.</returns>
    public static IReadOnlyList<Guid> ProgramsOf(ContentItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return StoredValues.Keys(item.Value(P.Programs));
    }

    private static HistoryContentReader Reader(ProgramBlockMappingContext context) => new(context.Content);

    private static ContentItem? Find(Guid key, ProgramBlockMappingContext context, string? contentType)
    {
        ArgumentNullException.ThrowIfNull(context);
        var item = context.Content.Find(key);
        return item is not null && (contentType is null || string.Equals(item.ContentType, contentType, StringComparison.Ordinal)) ? item : null;
    }
}
