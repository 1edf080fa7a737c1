using System.Globalization;
using HistoryCms.Core.Citations;

namespace HistoryCms.Web.Rendering;

/// <summary>
/// How to cite a blog post itself (Chicago notes-bibliography, blog post): note and bibliography forms of the same
/// <see cref="CitedPost"/> the RIS and CSL-JSON downloads write. A post without a publish date prints "n.d." (CMOS 18
/// 14.44; the official Chicago CSL style prints the same for our CSL-JSON item), never the day the item was created. The
/// blog's name is followed by "(blog)" (CMOS 18 14.105), which the official style leaves out.
/// </summary>
public static class ChicagoPostCitation
{
    /// <summary>The note form: <c>Charles Kraus, “Title,” Site (blog), November 24, 2026, URL.</c></summary>
    /// <param name="post">The post to cite.</param>
    /// <returns>The note.</returns>
    public static string Note(CitedPost post)
    {
        ArgumentNullException.ThrowIfNull(post);
        var lead = post.Authors.Count > 0 ? JoinNames(post.Authors) + ", " : string.Empty;
        var source = new[] { Blog(post.SiteName), Date(post.PublishDate), post.Url }.OfType<string>();
        return Sentence($"{lead}“{post.Title},” {string.Join(", ", source)}");
    }

    /// <summary>The bibliography form: <c>Kraus, Charles. “Title.” Site (blog), November 24, 2026. URL.</c></summary>
    /// <param name="post">The post to cite.</param>
    /// <returns>The bibliography entry.</returns>
    public static string Bibliography(CitedPost post)
    {
        ArgumentNullException.ThrowIfNull(post);
        var names = post.Authors.Select((name, i) => i == 0 ? CreditName.Parse(name).Inverted() : name).ToList();
        var sentences = new List<string>();
        if (names.Count > 0)
        {
            // The first name inverted is followed by a comma before "and" (CMOS 18 14.76): "Kraus, Charles, and Ludwig van Beethoven."
            sentences.Add((names.Count == 2 ? $"{names[0]}, and {names[1]}" : JoinNames(names)) + ".");
        }

        sentences.Add($"“{post.Title}.”");
        var source = string.Join(", ", new[] { Blog(post.SiteName), Date(post.PublishDate) }.OfType<string>());
        sentences.Add(Sentence(char.ToUpperInvariant(source[0]) + source[1..]));
        if (post.Url is not null)
        {
            sentences.Add(post.Url + ".");
        }

        return string.Join(' ', sentences);
    }

    private static string Sentence(string text) => text.EndsWith('.') ? text : text + ".";

    private static string? Blog(string siteName) => string.IsNullOrWhiteSpace(siteName) ? null : $"{siteName.Trim()} (blog)";

    private static string Date(DateOnly? date) => date?.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture) ?? "n.d.";

    private static string JoinNames(IReadOnlyList<string> names) => names.Count switch
    {
        1 => names[0],
        2 => $"{names[0]} and {names[1]}",
        _ => string.Join(", ", names.Take(names.Count - 1)) + ", and " + names[^1],
    };
}
