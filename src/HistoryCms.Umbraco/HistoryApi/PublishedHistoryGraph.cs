using HistoryCms.Core.Content;
using HistoryCms.Core.Delivery;
using HistoryCms.Umbraco.ContentLookup;
using Umbraco.Cms.Core.Models.PublishedContent;
using Umbraco.Cms.Core.PublishedCache;
using Umbraco.Cms.Core.Services;
using Umbraco.Cms.Core.Services.Navigation;
using R = HistoryCms.Core.HistoryAliases.RelationTypes;
using T = HistoryCms.Core.HistoryAliases.DocumentTypes;

namespace HistoryCms.Umbraco.HistoryApi;

/// <summary>
/// The History API's links in an Umbraco site: published content from the cache, backlinks from the package's relations
/// (post cites document, post by author, in program), projects from the document tree. Orders as the delivery server does
/// (<see cref="HistoryOrdering"/>).
/// </summary>
/// <param name="lookup">Published content as Core content items.</param>
/// <param name="cache">The published content cache (integer ids of relation ends).</param>
/// <param name="navigation">The document tree.</param>
/// <param name="relations">Umbraco's relations.</param>
public sealed class PublishedHistoryGraph(
    UmbracoContentLookup lookup,
    IPublishedContentCache cache,
    IDocumentNavigationQueryService navigation,
    IRelationService relations) : IHistoryGraph
{
    private IContentLookup Content => lookup.Published;

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
        HistoryOrdering.NewestFirst(Parents(documentKey, R.PostCitesDocument, T.BlogPost));

    /// <inheritdoc/>
    public IReadOnlyList<ContentItem> PostsBy(Guid authorKey) =>
        HistoryOrdering.NewestFirst(Parents(authorKey, R.PostAuthor, T.BlogPost));

    /// <inheritdoc/>
    public IReadOnlyList<ContentItem> ProgramPosts(Guid programKey, bool includeProjects) =>
        HistoryOrdering.NewestFirst(Members(programKey, includeProjects, T.BlogPost));

    /// <inheritdoc/>
    public IReadOnlyList<ContentItem> ProgramDocuments(Guid programKey, bool includeProjects) =>
        HistoryOrdering.ByDocumentDate(Members(programKey, includeProjects, T.ArchivalDocument));

    private IEnumerable<ContentItem> Members(Guid programKey, bool includeProjects, string contentType)
    {
        if (cache.GetById(programKey) is not { } program || program.ContentType.Alias != T.Program)
        {
            return [];
        }

        IEnumerable<Guid> programs = [programKey];
        if (includeProjects && navigation.TryGetDescendantsKeysOfType(programKey, T.Program, out var projects))
        {
            programs = programs.Concat(projects);
        }

        return programs.SelectMany(p => Parents(p, R.InProgram, contentType)).DistinctBy(i => i.Key);
    }

    private IEnumerable<ContentItem> Parents(Guid childKey, string relationType, string contentType)
    {
        if (cache.GetById(childKey) is not { } child)
        {
            return [];
        }

        return relations.GetByChildId(child.Id, relationType)
            .Select(r => cache.GetById(r.ParentId))
            .OfType<IPublishedContent>()
            .Where(p => p.ContentType.Alias == contentType)
            .Select(lookup.ToContentItem);
    }
}
