namespace HistoryCms.Web.ViewModels;

/// <summary>The home page (<c>Views/HistoryCms/Home.cshtml</c>): the programs and the newest posts.</summary>
/// <param name="Meta">Title, description and path.</param>
/// <param name="Programs">The top-level programs with their projects.</param>
/// <param name="RecentPosts">The newest posts.</param>
public sealed record HomePageModel(PageMeta Meta, IReadOnlyList<ProgramSummary> Programs, IReadOnlyList<PostSummary> RecentPosts) : HistoryPageModel(Meta)
{
    /// <summary>The view.</summary>
    public const string View = "/Views/HistoryCms/Home.cshtml";

    /// <inheritdoc />
    public override string ViewPath => View;
}
