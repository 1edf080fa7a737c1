using HistoryCms.Core.Content;

namespace HistoryCms.Core.Delivery;

/// <summary>
/// The links between the package's content that the History API serves: citations both ways, authors' posts, programs'
/// posts and documents. Implemented by the delivery server over its content snapshot and, in a site, by the Umbraco adapter
/// over the published content cache and Umbraco's relations.
/// </summary>
public interface IHistoryGraph : IContentLookup
{
    /// <summary>The archival documents a post cites, in the order its citations list them (each once).</summary>
    /// <param name="postKey">The post's key.</param>
    /// <returns>The documents that exist; empty when there are none.</returns>
    IReadOnlyList<ContentItem> DocumentsCitedBy(Guid postKey);

    /// <summary>The posts citing an archival document (its backlinks), newest first.</summary>
    /// <param name="documentKey">The document's key.</param>
    /// <returns>The posts.</returns>
    IReadOnlyList<ContentItem> PostsCiting(Guid documentKey);

    /// <summary>An author's posts, newest first.</summary>
    /// <param name="authorKey">The author's key.</param>
    /// <returns>The posts.</returns>
    IReadOnlyList<ContentItem> PostsBy(Guid authorKey);

    /// <summary>The posts of a program, newest first.</summary>
    /// <param name="programKey">The program's key.</param>
    /// <param name="includeProjects">Whether posts of its projects (programs below it, at any depth) count too.</param>
    /// <returns>The posts, each once.</returns>
    IReadOnlyList<ContentItem> ProgramPosts(Guid programKey, bool includeProjects);

    /// <summary>The archival documents of a program, earliest document date first (undated last).</summary>
    /// <param name="programKey">The program's key.</param>
    /// <param name="includeProjects">Whether documents of its projects count too.</param>
    /// <returns>The documents, each once.</returns>
    IReadOnlyList<ContentItem> ProgramDocuments(Guid programKey, bool includeProjects);
}
