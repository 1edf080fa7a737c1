namespace HistoryCms.Web.ViewModels;

/// <summary>
/// A folder's listing page (<c>Views/HistoryCms/Folder.cshtml</c>): the posts, people, programs or archival documents
/// under it, newest first, one page at a time. Only the list of the folder's kind is filled.
/// </summary>
/// <param name="Meta">Title, description and path.</param>
/// <param name="Kind">What the folder holds: <see cref="Posts"/>, <see cref="People"/>, <see cref="Programs"/> or <see cref="Documents"/>.</param>
/// <param name="Total">How many items the folder holds in all.</param>
/// <param name="PostItems">The posts of this page.</param>
/// <param name="PersonItems">The people of this page.</param>
/// <param name="ProgramItems">The programs of this page, each with its projects.</param>
/// <param name="DocumentItems">The archival documents of this page.</param>
/// <param name="Pager">Links to the other pages.</param>
public sealed record FolderPageModel(
    PageMeta Meta,
    string Kind,
    int Total,
    IReadOnlyList<PostSummary> PostItems,
    IReadOnlyList<PersonSummary> PersonItems,
    IReadOnlyList<ProgramSummary> ProgramItems,
    IReadOnlyList<DocumentSummary> DocumentItems,
    PagerModel Pager) : HistoryPageModel(Meta)
{
    /// <summary>The view.</summary>
    public const string View = "/Views/HistoryCms/Folder.cshtml";

    /// <summary>A folder of blog posts.</summary>
    public const string Posts = "posts";

    /// <summary>A folder of authors.</summary>
    public const string People = "people";

    /// <summary>A folder of programs.</summary>
    public const string Programs = "programs";

    /// <summary>A folder of archival documents.</summary>
    public const string Documents = "documents";

    /// <inheritdoc />
    public override string ViewPath => View;
}
