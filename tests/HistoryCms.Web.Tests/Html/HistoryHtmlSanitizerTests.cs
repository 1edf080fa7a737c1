using HistoryCms.Web.Html;

namespace HistoryCms.Web.Tests.Html;

public sealed class HistoryHtmlSanitizerTests
{
    [Theory]
    [InlineData("<p>Text<sup data-citation=\"k1\"></sup></p>", "<p>Text<sup data-citation=\"k1\"></sup></p>")]
    [InlineData("<p onclick=\"x()\">Hi</p><script>alert(1)</script>", "<p>Hi</p>")]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>", "<a>x</a>")]
    [InlineData("", "")]
    public void Editor_html_keeps_markup_and_citation_markers_and_loses_scripts(string html, string expected)
    {
        Assert.Equal(expected, new HistoryHtmlSanitizer().Sanitize(html));
    }
}
