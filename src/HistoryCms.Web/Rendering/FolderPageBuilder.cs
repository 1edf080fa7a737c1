using System.Globalization;
using HistoryCms.Core.Content;
using HistoryCms.Core.Delivery;
using HistoryCms.Web.ViewModels;
using A = HistoryCms.Core.HistoryAliases.ContentTypes;

namespace HistoryCms.Web.Rendering;

/// <summary>
/// Builds the listing page of a posts, people, programs or archive folder: the items of the folder's kind under it (the
/// programs folder lists its top-level programs, each with its projects), newest first (posts by publish date, else
/// creation date; the others by creation date), <see cref="HistoryPagesOptions.FolderPageSize"/> to a page.
/// </summary>
internal sealed class FolderPageBuilder(PageParts parts)
{
    /// <summary>The query parameter of the page number (from 1).</summary>
    public const string PageParameter = "page";

    /// <summary>The listing page, or <c>null</c> when the item is not one of the four folders or the page does not exist.</summary>
    /// <param name="folder">The folder.</param>
    /// <param name="page">The page number, from 1.</param>
    /// <returns>The page, or <c>null</c>.</returns>
    public FolderPageModel? Build(ContentItem folder, int page)
    {
        var (kind, type, deep) = folder.ContentType switch
        {
            A.PostsFolder => (FolderPageModel.Posts, A.BlogPost, true),
            A.PeopleFolder => (FolderPageModel.People, A.Author, true),
            A.ProgramsFolder => (FolderPageModel.Programs, A.Program, false),
            A.ArchiveFolder => (FolderPageModel.Documents, A.ArchivalDocument, true),
            _ => (null, null, false),
        };
        if (kind is null || type is null)
        {
            return null;
        }

        var items = HistoryOrdering.NewestFirst(Under(folder.Key, type, deep));
        var size = Math.Max(1, parts.Options.FolderPageSize);
        var pages = Math.Max(1, (items.Count + size - 1) / size);
        if (page < 1 || page > pages)
        {
            return null;
        }

        var shown = items.Skip((page - 1) * size).Take(size).ToList();
        return new FolderPageModel(
            new PageMeta(page == 1 ? folder.Name : string.Create(CultureInfo.InvariantCulture, $"{folder.Name} (page {page})"), null, folder.RoutePath),
            kind,
            items.Count,
            kind == FolderPageModel.Posts ? parts.Posts(shown, size) : [],
            kind == FolderPageModel.People ? [.. shown.Select(parts.Reader.ReadAuthor).OfType<Author>().Select(a => parts.Person(a))] : [],
            kind == FolderPageModel.Programs ? [.. shown.Select(parts.Reader.ReadProgram).OfType<ResearchProgram>().Select(p => parts.Program(p, withProjects: true))] : [],
            kind == FolderPageModel.Documents ? parts.Documents(shown, size) : [],
            Pager(folder.RoutePath, page, pages));
    }

    /// <summary>Reads the page number of a query string value: absent is 1; anything but a whole number from 1 is no page.</summary>
    /// <param name="value">The <c>page</c> query value.</param>
    /// <returns>The page, or 0 when the value names none.</returns>
    public static int PageOf(string? value) =>
        string.IsNullOrEmpty(value) ? 1
        : int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page >= 1 ? page
        : 0;

    private IEnumerable<ContentItem> Under(Guid key, string type, bool deep)
    {
        foreach (var child in parts.Graph.ChildrenOf(key))
        {
            if (child.ContentType == type)
            {
                yield return child;
            }

            if (deep && child.ContentType != type)
            {
                foreach (var item in Under(child.Key, type, deep))
                {
                    yield return item;
                }
            }
        }
    }

    private static PagerModel Pager(string path, int page, int pages)
    {
        string Url(int p) => p == 1 ? path : string.Create(CultureInfo.InvariantCulture, $"{path}?{PageParameter}={p}");
        var first = Math.Max(1, page - 3);
        var last = Math.Min(pages, page + 3);
        return new PagerModel(
            page,
            pages,
            [.. Enumerable.Range(first, last - first + 1).Select(p => new PagerLink(p, Url(p), p == page))],
            page > 1 ? Url(page - 1) : null,
            page < pages ? Url(page + 1) : null);
    }
}
