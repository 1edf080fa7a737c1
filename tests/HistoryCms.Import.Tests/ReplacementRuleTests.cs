namespace HistoryCms.Import.Tests;

public class ReplacementRuleTests
{
    [Theory]
    [InlineData("澳门六合彩=Wilson Center", "澳门六合彩", "Wilson Center")]
    [InlineData(" 澳门六合彩 = Wilson Center ", "澳门六合彩", "Wilson Center")]
    [InlineData("a=b=c", "a", "b=c")]
    [InlineData("spam=", "spam", "")]
    public void A_rule_is_read_as_found_equals_replacement(string text, string found, string replacement) =>
        Assert.Equal(new ReplacementRule(found, replacement), ReplacementRule.Parse(text));

    [Theory]
    [InlineData("no separator")]
    [InlineData("=Wilson Center")]
    public void A_rule_without_something_to_find_is_refused(string text) =>
        Assert.Throws<FormatException>(() => ReplacementRule.Parse(text));

    [Fact]
    public void A_rules_file_skips_comments_and_blank_lines_and_names_a_bad_line()
    {
        Assert.Equal([new ReplacementRule("澳门六合彩", "Wilson Center")], ReplacementRule.ParseLines(["# spam", "", "澳门六合彩=Wilson Center"]));
        var error = Assert.Throws<FormatException>(() => ReplacementRule.ParseLines(["a=b", "broken"]));
        Assert.StartsWith("Line 2: ", error.Message, StringComparison.Ordinal);
    }
}
