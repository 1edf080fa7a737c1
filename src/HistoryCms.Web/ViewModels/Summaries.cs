using HistoryCms.Core.Content;

namespace HistoryCms.Web.ViewModels;

/// <summary>A post in a list (card): link, date, standfirst and authors.</summary>
/// <param name="Link">The post.</param>
/// <param name="Date">The post's publish date, or <c>null</c> when it has none (no date is shown then: its creation date is not a publication date).</param>
/// <param name="Standfirst">The summary, or <c>null</c>.</param>
/// <param name="Authors">The authors, in byline order.</param>
public sealed record PostSummary(ContentLink Link, DateOnly? Date, string? Standfirst, IReadOnlyList<ContentLink> Authors);

/// <summary>An archival document in a list (card).</summary>
/// <param name="Link">The document.</param>
/// <param name="Date">The date as printed ("September 18, 1947"), or <c>null</c>.</param>
/// <param name="Genre">The genre ("Speech"), or <c>null</c>.</param>
/// <param name="Summary">The summary, or <c>null</c>.</param>
public sealed record DocumentSummary(ContentLink Link, string? Date, string? Genre, string? Summary);

/// <summary>A program or project in a list (card), with its "about" text.</summary>
/// <param name="Link">The program.</param>
/// <param name="Text">The text to show (a blurb, or the short description), or <c>null</c>.</param>
/// <param name="Projects">Its projects, when the list shows them.</param>
public sealed record ProgramSummary(ContentLink Link, string? Text, IReadOnlyList<ProgramSummary> Projects)
{
    /// <summary>A program without projects.</summary>
    /// <param name="link">The program.</param>
    /// <param name="text">The text to show.</param>
    /// <returns>The summary.</returns>
    public static ProgramSummary Of(ContentLink link, string? text) => new(link, text, []);
}

/// <summary>A person in a list (card): name, role or job title, portrait.</summary>
/// <param name="Link">The person's page.</param>
/// <param name="Role">The role or job title, or <c>null</c>.</param>
/// <param name="Photo">The portrait, or <c>null</c>.</param>
public sealed record PersonSummary(ContentLink Link, string? Role, ImageModel? Photo);

/// <summary>An image that can be shown: its URL and alternative text.</summary>
/// <param name="Url">The image URL.</param>
/// <param name="Alt">The alternative text (empty for a decorative image).</param>
public sealed record ImageModel(string Url, string Alt);

/// <summary>A link whose URL was checked (http, https, mailto or a site path), for links an editor typed.</summary>
/// <param name="Text">The link text.</param>
/// <param name="Url">The URL.</param>
/// <param name="External">Whether it leaves the site.</param>
public sealed record SafeLink(string Text, string Url, bool External);
