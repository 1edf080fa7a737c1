using HistoryCms.Core.Content;
using HistoryCms.Core.Delivery;
using HistoryCms.Umbraco.ContentLookup;
using Umbraco.Cms.Core.Models.PublishedContent;
using Umbraco.Cms.Core.PublishedCache;
using Umbraco.Cms.Core.Services;
using Umbraco.Cms.Core.Services.Navigation;
using R = HistoryCms.Core.HistoryAliases.RelationTypes;
using T = HistoryCms.Core.HistoryAliases.ContentTypes;

namespace HistoryCms.Umbraco.HistoryApi;

/// <summary>
/// The History API's links in an Umbraco site: published content from the cache, backlinks from the package's relations
/// (post cites document, post by author, in program), projects from the document tree. Orders as the delivery server does
/// (<see cref="HistoryOrdering"/>).
/// </summary>
/// <remarks>
/// The History API is public: it serves what any visitor may see (<see cref="UmbracoContentLookup.Public"/>), published and
/// not member-protected, in every request. The cache is always read with an explicit <c>preview: false</c>: the overloads
/// without the flag follow the request's preview cookie (<c>GetPreview()</c> in
/// src/Umbraco.PublishedCache.HybridCache/Services/DocumentCacheService.cs), so a preview request would list drafts. A
/// backlink is listed only when the post's published value still names the item: Umbraco writes the automatic
/// "post cites document" relation on every save, drafts included (<c>ContentSavedNotification</c> in
/// src/Umbraco.Infrastructure/Persistence/Relations/ContentRelationsUpdate.cs).
/// </remarks>
/// <param name="lookup">Published content as Core content items; the public part of it is served.</param>
/// <param name="cache">The published content cache (integer ids of relation ends).</param>
/// <param name="navigation">The document tree.</param>
/// <param name="relations">Umbraco's relations.</param>
public sealed class PublishedHistoryGraph(
    UmbracoContentLookup lookup,
    IPublishedContentCache cache,
    IDocumentNavigationQueryService navigation,
    IRelationService relations) : IHistoryGraph
{
    private IContentLookup Content => lookup.Public;

    /// <inheritdoc/>
    public ContentItem? Find(Guid key) => Content.Find(key);

    /// <inheritdoc/>
    public IEnumerable<ContentItem> ChildrenOf(Guid key) => Content.ChildrenOf(key);

    /// <inheritdoc/>
    public IEnumerable<ContentItem> OfType(string contentType) => Content.OfType(contentType);

    /// <inheritdoc/>
    public IReadOnlyList<ContentItem> DocumentsCitedBy(Guid postKey) =>
        Find(postKey) is { ContentType: T.BlogPost } post
            ? [.. HistoryOrdering.Entry(post).CitedDocumentIds.Select(Find).OfType<ContentItem>().Where(d => d.ContentType == T.ArchivalDocument)]
            : [];

    /// <inheritdoc/>
    public IReadOnlyList<ContentItem> PostsCiting(Guid documentKey) =>
        HistoryOrdering.NewestFirst(Parents(documentKey, R.PostCitesDocument, T.BlogPost).Where(p => HistoryOrdering.Entry(p).CitedDocumentIds.Contains(documentKey)));

    /// <inheritdoc/>
    public IReadOnlyList<ContentItem> PostsBy(Guid authorKey) =>
        HistoryOrdering.NewestFirst(Parents(authorKey, R.PostAuthor, T.BlogPost).Where(p => HistoryOrdering.Entry(p).AuthorIds.Contains(authorKey)));

    /// <inheritdoc/>
    public IReadOnlyList<ContentItem> ProgramPosts(Guid programKey, bool includeProjects) =>
        HistoryOrdering.NewestFirst(Members(programKey, includeProjects, T.BlogPost));

    /// <inheritdoc/>
    public IReadOnlyList<ContentItem> ProgramDocuments(Guid programKey, bool includeProjects) =>
        HistoryOrdering.ByDocumentDate(Members(programKey, includeProjects, T.ArchivalDocument));

    private IEnumerable<ContentItem> Members(Guid programKey, bool includeProjects, string contentType)
    {
        if (Content.Find(programKey) is not { ContentType: T.Program })
        {
            return [];
        }

        IEnumerable<Guid> programs = [programKey];
        if (includeProjects && navigation.TryGetDescendantsKeysOfType(programKey, T.Program, out var projects))
        {
            programs = programs.Concat(projects);
        }

        return programs.SelectMany(p => Parents(p, R.InProgram, contentType).Where(i => HistoryOrdering.Entry(i).ProgramIds.Contains(p))).DistinctBy(i => i.Key);
    }

    private IEnumerable<ContentItem> Parents(Guid childKey, string relationType, string contentType)
    {
        if (cache.GetById(false, childKey) is not { } child || lookup.IsProtected(child))
        {
            return [];
        }

        return relations.GetByChildId(child.Id, relationType)
            .Select(r => cache.GetById(false, r.ParentId))
            .OfType<IPublishedContent>()
            .Where(p => p.ContentType.Alias == contentType && !lookup.IsProtected(p))
            .Select(lookup.ToContentItem);
    }
}
