using System.Globalization;
using HistoryCms.Core.Content;

namespace HistoryCms.Web.Rendering;

/// <summary>How to cite a blog post itself (Chicago notes-bibliography, blog post): note and bibliography forms.</summary>
public static class PostCitation
{
    /// <summary>The note form: <c>Charles Kraus, “Title,” Site (blog), November 24, 2026, URL.</c></summary>
    /// <param name="post">The post.</param>
    /// <param name="authors">Its authors, in byline order.</param>
    /// <param name="siteName">The site's name.</param>
    /// <param name="url">The post's absolute URL, or <c>null</c>.</param>
    /// <returns>The note.</returns>
    public static string Note(BlogPost post, IReadOnlyList<string> authors, string siteName, string? url)
    {
        ArgumentNullException.ThrowIfNull(post);
        ArgumentNullException.ThrowIfNull(authors);
        var lead = authors.Count > 0 ? JoinNames(authors) + ", " : string.Empty;
        return $"{lead}“{post.Title},” {siteName} (blog), {Date(post.DisplayDate)}" + (url is null ? "." : $", {url}.");
    }

    /// <summary>The bibliography form: <c>Kraus, Charles. “Title.” Site (blog), November 24, 2026. URL.</c></summary>
    /// <param name="post">The post.</param>
    /// <param name="authors">Its authors, in byline order.</param>
    /// <param name="siteName">The site's name.</param>
    /// <param name="url">The post's absolute URL, or <c>null</c>.</param>
    /// <returns>The bibliography entry.</returns>
    public static string Bibliography(BlogPost post, IReadOnlyList<string> authors, string siteName, string? url)
    {
        ArgumentNullException.ThrowIfNull(post);
        ArgumentNullException.ThrowIfNull(authors);
        var names = authors.Select((name, i) => i == 0 ? Inverted(name) : name).ToList();
        var lead = names.Count > 0 ? JoinNames(names) + ". " : string.Empty;
        return $"{lead}“{post.Title}.” {siteName} (blog), {Date(post.DisplayDate)}." + (url is null ? string.Empty : $" {url}.");
    }

    private static string Date(DateOnly date) => date.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture);

    private static string JoinNames(IReadOnlyList<string> names) => names.Count switch
    {
        1 => names[0],
        2 => $"{names[0]} and {names[1]}",
        _ => string.Join(", ", names.Take(names.Count - 1)) + ", and " + names[^1],
    };

    private static string Inverted(string name)
    {
        var space = name.Trim().LastIndexOf(' ');
        return space <= 0 ? name.Trim() : $"{name.Trim()[(space + 1)..]}, {name.Trim()[..space]}";
    }
}
