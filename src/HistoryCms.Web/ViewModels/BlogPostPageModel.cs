using HistoryCms.Core.Content;

namespace HistoryCms.Web.ViewModels;

/// <summary>A blog post page (<c>Views/HistoryCms/BlogPost.cshtml</c>).</summary>
/// <param name="Meta">Title, description and path.</param>
/// <param name="Post">The post as Core reads it.</param>
/// <param name="Byline">Authors and date.</param>
/// <param name="Hero">The hero image with caption and credit, or <c>null</c>.</param>
/// <param name="Body">The sanitized body cut at its citation markers.</param>
/// <param name="Footnotes">The numbered footnotes.</param>
/// <param name="CiteBox">"Cite this post".</param>
/// <param name="Programs">The programs the post belongs to, with their "about" text.</param>
/// <param name="RelatedPosts">Related posts.</param>
public sealed record BlogPostPageModel(
    PageMeta Meta,
    BlogPost Post,
    BylineModel Byline,
    HeroImageModel? Hero,
    RichTextModel Body,
    FootnoteListModel Footnotes,
    CiteBoxModel CiteBox,
    IReadOnlyList<ProgramSummary> Programs,
    IReadOnlyList<PostSummary> RelatedPosts) : HistoryPageModel(Meta)
{
    /// <summary>The view.</summary>
    public const string View = "/Views/HistoryCms/BlogPost.cshtml";

    /// <inheritdoc />
    public override string ViewPath => View;
}

/// <summary>A post's byline (<c>_Byline</c>).</summary>
/// <param name="Authors">The authors, in order.</param>
/// <param name="Date">The post's publish date, or <c>null</c> when it has none (no date is shown then: its creation date is not a publication date).</param>
public sealed record BylineModel(IReadOnlyList<BylineAuthor> Authors, DateOnly? Date);

/// <summary>One author in a byline.</summary>
/// <param name="Link">The author's page.</param>
/// <param name="JobTitle">The job title, or <c>null</c>.</param>
/// <param name="Photo">The portrait, or <c>null</c>.</param>
public sealed record BylineAuthor(ContentLink Link, string? JobTitle, ImageModel? Photo);

/// <summary>A hero image (<c>_HeroImage</c>).</summary>
/// <param name="Image">The image.</param>
/// <param name="Caption">The caption, or <c>null</c>.</param>
/// <param name="Credit">The credit, or <c>null</c>.</param>
public sealed record HeroImageModel(ImageModel Image, string? Caption, string? Credit);
