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
    [InlineData("who was Vyshinsky?", "all(who was Vyshinsky?)")]
    [InlineData("Korea: a history", "all(Korea a history)")]
    [InlineData("12:30", "all(12 30)")]
    [InlineData("[sic] Korea", "all([sic] Korea)")]
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

    // Issue 14: Lucene syntax the search does not support used to be searched as words and answer nothing, silently.
    [Theory]
    [InlineData("title:korea", "korea", "Searching one field, as in 'title:korea'")]
    [InlineData("title:\"korea war\"", "\"korea war\"", "Searching one field")]
    [InlineData("korea^10", "korea", "Boosts such as 'korea^10'")]
    [InlineData("\"korea war\"^2", "\"korea war\"", "Boosts")]
    [InlineData("korea~2", "korea", "Fuzzy and proximity searches such as 'korea~2'")]
    [InlineData("\"korea war\"~3", "\"korea war\"", "Fuzzy and proximity searches such as '~3'")]
    [InlineData("?orea", "orea", "'?' is not a wildcard here: '?orea'")]
    [InlineData("k?rea", "krea", "'?' is not a wildcard")]
    [InlineData("[1945 TO 1950] korea", "korea", "Range searches such as '[1945 TO 1950]'")]
    [InlineData("korea {a TO b}", "korea", "Range searches")]
    [InlineData("title:[* TO", "", "Range searches such as '[* TO'")]
    public void Unsupported_syntax_is_searched_without_it_and_named_in_a_notice(string text, string expected, string notice)
    {
        var notices = new List<string>();

        Assert.Equal(expected, Describe(QueryText.Parse(text, notices)));
        Assert.Contains(notices, n => n.StartsWith(notice, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("title:a author:b c^2 d^3 e~ f~1 ?g ?h", 4)]
    [InlineData("grain NOT ) NOT ) NOT", 2)]
    [InlineData("\u0001a \u0002b", 1)]
    public void Each_notice_is_given_once(string text, int expected)
    {
        var notices = new List<string>();

        QueryText.Parse(text, notices);

        Assert.Equal(expected, notices.Count);
        Assert.Equal(notices.Count, notices.Distinct().Count());
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
