using HistoryCms.Core.Content;
using HistoryCms.Core.Delivery;
using T = HistoryCms.Core.HistoryAliases.ContentTypes;

namespace HistoryCms.Web.Tests.HistoryApi;

/// <summary>A test double of the graph over a list of items (what the server and the Umbraco adapter implement for real).</summary>
internal sealed class InMemoryHistoryGraph(IReadOnlyList<ContentItem> items) : IHistoryGraph
{
    public ContentItem? Find(Guid key) => items.FirstOrDefault(i => i.Key == key);

    public IEnumerable<ContentItem> ChildrenOf(Guid key) => items.Where(i => i.ParentKey == key);

    public IEnumerable<ContentItem> OfType(string contentType) => items.Where(i => i.ContentType == contentType);

    public IReadOnlyList<ContentItem> DocumentsCitedBy(Guid postKey) =>
        Find(postKey) is { } post ? [.. HistoryOrdering.Entry(post).CitedDocumentIds.Select(Find).OfType<ContentItem>()] : [];

    public IReadOnlyList<ContentItem> PostsCiting(Guid documentKey) =>
        HistoryOrdering.NewestFirst(OfType(T.BlogPost).Where(p => HistoryOrdering.Entry(p).CitedDocumentIds.Contains(documentKey)));

    public IReadOnlyList<ContentItem> PostsBy(Guid authorKey) =>
        HistoryOrdering.NewestFirst(OfType(T.BlogPost).Where(p => HistoryOrdering.Entry(p).AuthorIds.Contains(authorKey)));

    public IReadOnlyList<ContentItem> ProgramPosts(Guid programKey, bool includeProjects) =>
        HistoryOrdering.NewestFirst(OfType(T.BlogPost).Where(p => InProgram(p, programKey, includeProjects)));

    public IReadOnlyList<ContentItem> ProgramDocuments(Guid programKey, bool includeProjects) =>
        HistoryOrdering.ByDocumentDate(OfType(T.ArchivalDocument).Where(d => InProgram(d, programKey, includeProjects)));

    private bool InProgram(ContentItem item, Guid program, bool includeProjects)
    {
        var programs = includeProjects ? [program, .. ChildrenOf(program).Select(c => c.Key)] : new[] { program };
        return HistoryOrdering.Entry(item).ProgramIds.Any(programs.Contains);
    }
}
