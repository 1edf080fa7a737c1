using HistoryCms.Search.Querying;

namespace HistoryCms.Search.Tests.Querying;

public sealed class QueryTextTests
{
    [Theory]
    [InlineData("treaty", "treaty")]
    [InlineData("grain famine", "all(grain famine)")]
    [InlineData("grain AND famine", "all(grain famine)")]
    [InlineData("grain OR famine", "any(grain famine)")]
    [InlineData("grain || famine", "any(grain famine)")]
    [InlineData("grain -famine", "all(grain not(famine))")]
    [InlineData("grain NOT famine", "all(grain not(famine))")]
    [InlineData("+grain", "grain")]
    [InlineData("\"minister of foreign affairs\"", "\"minister of foreign affairs\"")]
    [InlineData("«Вышинский сказал»", "\"Вышинский сказал\"")]
    [InlineData("(a OR b) c", "all(any(a b) c)")]
    [InlineData("Vyshin*", "Vyshin*")]
    [InlineData("A/C.1/218", "A/C.1/218")]
    [InlineData("title:treaty", "all(title treaty)")]
    [InlineData("who was Vyshinsky?", "all(who was Vyshinsky?)")]
    public void Valid_text_parses_as_typed(string text, string expected)
    {
        var notices = new List<string>();

        Assert.Equal(expected, Describe(QueryText.Parse(text, notices)));
        Assert.Empty(notices);
    }

    [Theory]
    [InlineData("\"minister of", "\"minister of\"", "quotation mark")]
    [InlineData("(a OR b", "any(a b)", "parenthesis")]
    [InlineData("a ) b", "all(a b)", "parenthesis")]
    [InlineData("treaty\u0000\u0007 text", "all(treaty text)", "control")]
    [InlineData("bad\uD800surrogate", "all(bad surrogate)", "invalid")]
    [InlineData("grain OR", "grain", "OR")]
    [InlineData("grain NOT", "grain", "NOT")]
    public void Broken_text_is_repaired_and_says_how(string text, string expected, string notice)
    {
        var notices = new List<string>();

        Assert.Equal(expected, Describe(QueryText.Parse(text, notices)));
        Assert.Contains(notices, n => n.Contains(notice, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("*insky", "cannot start with a wildcard")]
    [InlineData("?", null)]
    [InlineData("vy*sky", "can only end a word")]
    [InlineData("a*", "at least two letters")]
    [InlineData("((((((((((deep))))))))))", "parentheses")]
    public void Wildcards_and_nesting_it_cannot_answer_are_rejected_or_ignored(string text, string? message)
    {
        if (message is null)
        {
            Assert.Null(QueryText.Parse(text, []));
            return;
        }

        var error = Assert.Throws<SearchQueryException>(() => QueryText.Parse(text, []));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Equal("q", error.Parameter);
    }

    [Fact]
    public void Huge_text_is_rejected_with_its_length_and_the_limit()
    {
        var error = Assert.Throws<SearchQueryException>(() => QueryText.Parse(new string('a', 5000), []));

        Assert.Contains("5,000", error.Message, StringComparison.Ordinal);
        Assert.Contains("1,000", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Too_many_words_are_rejected() =>
        Assert.Throws<SearchQueryException>(() => QueryText.Parse(string.Join(' ', Enumerable.Range(0, 40).Select(i => $"w{i}")), []));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\"\"")]
    [InlineData("()")]
    public void Empty_text_searches_nothing_in_particular(string? text) => Assert.Null(QueryText.Parse(text, []));

    private static string Describe(QueryNode? node) => node switch
    {
        null => "",
        WordNode word => word.Text + (word.Prefix ? "*" : ""),
        PhraseNode phrase => $"\"{phrase.Text}\"",
        AllNode all => $"all({string.Join(' ', all.Parts.Select(Describe))})",
        AnyNode any => $"any({string.Join(' ', any.Parts.Select(Describe))})",
        NotNode not => $"not({Describe(not.Part)})",
        _ => "?",
    };
}
