using HistoryCms.Core.Values;

namespace HistoryCms.Core.Tests.Values;

public class HtmlTextTests
{
    [Theory]
    [InlineData("<p>Soviet&nbsp;&amp; American</p>", "Soviet & American")]
    [InlineData("<p>one</p><p>two</p>", "one two")]
    [InlineData("<script>alert('x')</script><style>p{}</style>visible", "visible")]
    [InlineData("before<!-- a comment -->after", "before after")]
    [InlineData("<SCRIPT src=x>never closed", "")]
    [InlineData("text <b unclosed", "text")]
    [InlineData("a &lt; b &gt; c", "a < b > c")]
    [InlineData(null, "")]
    [InlineData("   ", "")]
    public void Plain_text_drops_markup_scripts_and_comments(string? html, string expected) =>
        Assert.Equal(expected, HtmlText.ToPlainText(html));

    [Fact]
    public void Hostile_markup_of_a_million_characters_is_read_without_error()
    {
        var html = string.Concat(Enumerable.Repeat("<script><<!--<style x='", 50_000));

        Assert.Equal(string.Empty, HtmlText.ToPlainText(html));
    }
}
