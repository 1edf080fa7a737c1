using AngleSharp.Html.Dom;
using static HistoryCms.Web.Tests.TestSupport.PageAssert;

namespace HistoryCms.Web.Tests.Security;

/// <summary>Every OWASP cheat-sheet vector, typed into every field, reaches no page as script, event handler or script URL.</summary>
public sealed class XssTests(HostileSite site) : IClassFixture<HostileSite>
{
    private static readonly string[] UrlAttributes =
        ["href", "src", "action", "formaction", "data", "background", "dynsrc", "lowsrc", "srcset", "poster", "xlink:href", "ping", "cite"];

    [Theory]
    [MemberData(nameof(XssVectors.Indexes), MemberType = typeof(XssVectors))]
    public async Task A_vector_in_post_body_quote_and_note_is_never_active(int i)
    {
        var page = await site.Host.PageAsync($"/posts/xss-{i}/");
        HasNoActiveContent(page);
        var vector = Normalize(XssVectors.All[i]);
        Assert.Equal(vector, Text(page.QuerySelector("h1")));
        Assert.Equal(vector, Text(page.QuerySelector(".history-note blockquote")));
        Assert.Equal(vector, Text(page.QuerySelector(".history-note__comment")));
        Assert.False(page.QuerySelector(".history-note blockquote")!.HasAttribute("lang"), "A language tag that is not one is left out.");
    }

    [Theory]
    [MemberData(nameof(XssVectors.Indexes), MemberType = typeof(XssVectors))]
    public async Task A_vector_in_program_blocks_is_never_active(int i)
    {
        var page = await site.Host.PageAsync($"/programs/xss-{i}/");
        HasNoActiveContent(page);
        Assert.Equal(Normalize(XssVectors.All[i]), Text(page.QuerySelector(".history-block h2")));
    }

    [Theory]
    [MemberData(nameof(XssVectors.Indexes), MemberType = typeof(XssVectors))]
    public async Task A_vector_in_document_and_author_fields_is_never_active(int i)
    {
        var document = await site.Host.PageAsync($"/archive/xss-{i}/");
        HasNoActiveContent(document);
        Assert.Equal(Normalize(XssVectors.All[i]), Text(document.QuerySelector(".history-document__original-title")));
        Assert.Equal(Normalize(XssVectors.All[i]), Rows(document.QuerySelector("section[aria-labelledby='document-metadata'] dl")!)["Funding"]);
        HasNoActiveContent(await site.Host.PageAsync($"/people/xss-{i}/"));
    }

    private static void HasNoActiveContent(IHtmlDocument page)
    {
        Assert.Empty(page.QuerySelectorAll("script, iframe, frame, frameset, object, embed, applet, base, form:not(.history-site-search), input:not(#site-search-q), button:not([type=submit]), textarea, style, svg, math, template, isindex, bgsound, meta[http-equiv]"));
        // The layout's own two: the stylesheet and the icon. Nothing a vector brought in.
        Assert.Equal(["icon", "stylesheet"], page.QuerySelectorAll("link").Select(l => l.GetAttribute("rel") ?? string.Empty).Order());
        foreach (var element in page.All)
        {
            foreach (var attribute in element.Attributes)
            {
                var name = attribute.Name.ToLowerInvariant();
                Assert.False(name.StartsWith("on", StringComparison.Ordinal), $"<{element.LocalName} {name}> reached the page.");
                Assert.NotEqual("style", name);
                if (UrlAttributes.Contains(name))
                {
                    var value = new string(attribute.Value.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray()).ToLowerInvariant();
                    Assert.False(
                        value.StartsWith("javascript:", StringComparison.Ordinal) || value.StartsWith("vbscript:", StringComparison.Ordinal) || value.StartsWith("data:", StringComparison.Ordinal)
                        || value.Contains("javascript:", StringComparison.Ordinal) && name == "srcset",
                        $"<{element.LocalName} {name}=\"{attribute.Value}\"> reached the page.");
                }
            }
        }
    }
}
