using HistoryCms.Core.Content;
using A = HistoryCms.Core.HistoryAliases.DocumentTypes;
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
        Find(key, context, A.ArchivalDocument) is { } item
            ? new DocumentCard(item.Key, item.Name, item.ContentType, new ContentRoute(item.RoutePath),
                item.Value(P.DocumentDate), RawValues.FirstOption(item.Value(P.DocumentType)), item.Value(P.Summary))
            : null;

    /// <summary>The card of a program or project.</summary>
    /// <param name="key">The program's key.</param>
    /// <param name="context">The mapping context.</param>
    /// <returns>The card, or <c>null</c>.</returns>
    public static ProgramCard? Program(Guid key, ProgramBlockMappingContext context) =>
        Find(key, context, A.Program) is { } item
            ? new ProgramCard(item.Key, item.Name, item.ContentType, new ContentRoute(item.RoutePath), item.Value(P.ShortDescription))
            : null;

    /// <summary>The card of a person.</summary>
    /// <param name="key">The author's key.</param>
    /// <param name="context">The mapping context.</param>
    /// <returns>The card, or <c>null</c>.</returns>
    public static PersonCard? Person(Guid key, ProgramBlockMappingContext context) =>
        Find(key, context, A.Author) is { } item
            ? new PersonCard(item.Key, item.Name, item.ContentType, new ContentRoute(item.RoutePath), item.Value(P.JobTitle),
                RawValues.FirstMediaKey(item.Value(P.Photo)) is { } media ? new MediaLink(media) : null)
            : null;

    /// <summary>The card of a blog post.</summary>
    /// <param name="post">The post.</param>
    /// <param name="context">The mapping context.</param>
    /// <returns>The card.</returns>
    public static PostCard Post(ContentItem post, ProgramBlockMappingContext context)
    {
        ArgumentNullException.ThrowIfNull(post);
        ArgumentNullException.ThrowIfNull(context);
        var authors = RawValues.Keys(post.Value(P.Authors)).Select(k => Link(k, context, A.Author)).OfType<ContentLink>().ToList();
        return new PostCard(post.Key, post.Name, post.ContentType, new ContentRoute(post.RoutePath), PostDate(post), post.Value(P.Standfirst), authors);
    }

    /// <summary>The date a post is listed by: its publish date, or when it was created.</summary>
    /// <param name="post">The post.</param>
    /// <returns>The date.</returns>
    public static DateTimeOffset PostDate(ContentItem post)
    {
        ArgumentNullException.ThrowIfNull(post);
        return RawValues.Date(post.Value(P.PublishDate)) ?? post.CreateDate;
    }

    /// <summary>The programs a post (or document) belongs to.</summary>
    /// <param name="item">The post.</param>
    /// <returns>The program keys.</returns>
    public static IReadOnlyList<Guid> ProgramsOf(ContentItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return RawValues.Keys(item.Value(P.Programs));
    }

    private static ContentItem? Find(Guid key, ProgramBlockMappingContext context, string? contentType)
    {
        ArgumentNullException.ThrowIfNull(context);
        var item = context.Content.Find(key);
        return item is not null && (contentType is null || string.Equals(item.ContentType, contentType, StringComparison.Ordinal)) ? item : null;
    }
}
