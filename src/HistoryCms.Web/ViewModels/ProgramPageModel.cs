using HistoryCms.Core.Content;

namespace HistoryCms.Web.ViewModels;

/// <summary>A program or project page (<c>Views/HistoryCms/Program.cshtml</c>).</summary>
/// <param name="Meta">Title, description and path.</param>
/// <param name="Program">The program as Core reads it.</param>
/// <param name="Logo">The logo, or <c>null</c>.</param>
/// <param name="Blocks">The program's blocks, delivered, each with the partial that renders it.</param>
/// <param name="Projects">Its projects.</param>
/// <param name="Staff">Its staff.</param>
/// <param name="LatestPosts">Its newest posts (its projects' included).</param>
/// <param name="Documents">Its first archival documents, earliest first, leaving out those a featured-documents block on the page shows.</param>
/// <param name="DocumentCount">How many archival documents it has in all.</param>
/// <param name="DocumentsSearchUrl">The search page listing all its documents.</param>
public sealed record ProgramPageModel(
    PageMeta Meta,
    ResearchProgram Program,
    ImageModel? Logo,
    IReadOnlyList<ProgramBlockModel> Blocks,
    IReadOnlyList<ProgramSummary> Projects,
    IReadOnlyList<PersonSummary> Staff,
    IReadOnlyList<PostSummary> LatestPosts,
    IReadOnlyList<DocumentSummary> Documents,
    int DocumentCount,
    string DocumentsSearchUrl) : HistoryPageModel(Meta)
{
    /// <summary>The view.</summary>
    public const string View = "/Views/HistoryCms/Program.cshtml";

    /// <inheritdoc />
    public override string ViewPath => View;

    /// <summary>Whether a block of <paramref name="kind"/> is on the page (the page then leaves out its own section of the same content).</summary>
    /// <param name="kind">The kind alias.</param>
    /// <returns><c>true</c> when such a block is shown.</returns>
    public bool HasBlock(string kind) => Blocks.Any(b => string.Equals(b.Block.Kind, kind, StringComparison.Ordinal));
}
