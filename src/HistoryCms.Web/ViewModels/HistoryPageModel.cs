namespace HistoryCms.Web.ViewModels;

/// <summary>What the layout needs to know about any page: its title, description and address.</summary>
/// <param name="Title">The page title (the <c>&lt;title&gt;</c> and the <c>h1</c>).</param>
/// <param name="Description">The meta description, or <c>null</c>.</param>
/// <param name="Path">The page's URL path, or <c>null</c>.</param>
public sealed record PageMeta(string Title, string? Description = null, string? Path = null);

/// <summary>A page the package renders: the view that renders it and what the layout shows.</summary>
/// <param name="Meta">Title, description and path.</param>
public abstract record HistoryPageModel(PageMeta Meta)
{
    /// <summary>The path of the view that renders the page, e.g. <c>/Views/HistoryCms/BlogPost.cshtml</c>.</summary>
    public abstract string ViewPath { get; }

    /// <summary>The site's name (header, title).</summary>
    public string SiteName { get; init; } = "HistoryCms";
}
