using HistoryCms.Core.Content;
using HistoryCms.Web.ViewModels;
using Microsoft.AspNetCore.Http;

namespace HistoryCms.Web.Rendering;

/// <summary>
/// Builds the view models of the package's pages from Core's typed records. The server's page endpoints call it; an
/// Umbraco site calls it from a thin view (<c>@inject IHistoryPageModelBuilder Pages</c>) and renders the package's view
/// or partials with the model.
/// </summary>
public interface IHistoryPageModelBuilder
{
    /// <summary>The page at a URL path: the home page for <c>/</c>, else the post, author, program or document there.</summary>
    /// <param name="path">The URL path.</param>
    /// <returns>The page, or <c>null</c> when nothing the package renders lives there.</returns>
    HistoryPageModel? BuildForRoute(string path);

    /// <summary>
    /// The page of a content item of one of the four page types, or the listing page of a posts, people, programs or
    /// archive folder (the page number is the current request's <c>page</c> query value).
    /// </summary>
    /// <param name="item">The item.</param>
    /// <returns>The page, or <c>null</c> for any other type (or a folder page number past the last).</returns>
    HistoryPageModel? BuildForItem(ContentItem item);

    /// <summary>The home page: programs and recent posts.</summary>
    /// <returns>The page.</returns>
    HomePageModel BuildHome();

    /// <summary>The page shown when nothing lives at a path.</summary>
    /// <param name="detail">What was not found.</param>
    /// <returns>The page.</returns>
    NotFoundPageModel BuildNotFound(string detail);

    /// <summary>The search results page for a query string (<c>q</c>, filters named as the facets, <c>from</c>, <c>to</c>, <c>sort</c>, <c>page</c>).</summary>
    /// <param name="query">The query string.</param>
    /// <param name="cancellationToken">Cancels the search.</param>
    /// <returns>The page; its <see cref="SearchPageModel.Error"/> says why a search could not run.</returns>
    Task<SearchPageModel> BuildSearchAsync(IQueryCollection query, CancellationToken cancellationToken = default);
}
