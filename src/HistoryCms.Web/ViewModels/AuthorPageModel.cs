using HistoryCms.Core.Content;
using Microsoft.AspNetCore.Html;

namespace HistoryCms.Web.ViewModels;

/// <summary>An author page (<c>Views/HistoryCms/Author.cshtml</c>).</summary>
/// <param name="Meta">Title, description and path.</param>
/// <param name="Author">The author as Core reads it.</param>
/// <param name="Photo">The portrait, or <c>null</c>.</param>
/// <param name="LongBio">The sanitized long bio (empty when none).</param>
/// <param name="Links">ORCID, site and social links whose URLs are safe.</param>
/// <param name="Posts">The author's posts, newest first.</param>
public sealed record AuthorPageModel(
    PageMeta Meta,
    Author Author,
    ImageModel? Photo,
    IHtmlContent LongBio,
    IReadOnlyList<SafeLink> Links,
    IReadOnlyList<PostSummary> Posts) : HistoryPageModel(Meta)
{
    /// <summary>The view.</summary>
    public const string View = "/Views/HistoryCms/Author.cshtml";

    /// <inheritdoc />
    public override string ViewPath => View;
}
