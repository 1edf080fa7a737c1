using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace HistoryCms.Web.Tests.TestSupport;

/// <summary>Structural checks every page must pass.</summary>
internal static class PageAssert
{
    /// <summary>Landmarks (banner, navigation, main, contentinfo), one h1, and headings that never skip a level.</summary>
    public static void IsWellFormedPage(IHtmlDocument page)
    {
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.NotEmpty(page.Title ?? string.Empty);
        Assert.Single(page.QuerySelectorAll("body > header"));
        Assert.Single(page.QuerySelectorAll("main#main"));
        Assert.Single(page.QuerySelectorAll("body > footer"));
        Assert.NotEmpty(page.QuerySelectorAll("nav[aria-label]"));
        Assert.Single(page.QuerySelectorAll("h1"));
        var levels = page.QuerySelectorAll("main h1, main h2, main h3, main h4, main h5, main h6").Select(h => h.LocalName[1] - '0').ToList();
        Assert.Equal(1, levels[0]);
        for (var i = 1; i < levels.Count; i++)
        {
            Assert.True(levels[i] <= levels[i - 1] + 1, $"Heading level jumps from h{levels[i - 1]} to h{levels[i]} at heading {i + 1}.");
        }

        Assert.All(page.QuerySelectorAll("img"), img => Assert.True(img.HasAttribute("alt"), "Every image has alt text."));
        var ids = page.QuerySelectorAll("[id]").Select(e => e.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }

    public static string Text(IElement? element) => Normalize(element?.TextContent);

    public static string Normalize(string? text) => string.Join(' ', (text ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The rows of a description list by label; several values of one label joined with "; ".</summary>
    public static Dictionary<string, string> Rows(IElement list)
    {
        var rows = new Dictionary<string, string>();
        string? label = null;
        foreach (var child in list.Children)
        {
            if (child.LocalName == "dt")
            {
                label = Text(child);
            }
            else if (label is not null)
            {
                rows[label] = rows.TryGetValue(label, out var existing) ? existing + "; " + Text(child) : Text(child);
            }
        }

        return rows;
    }
}
