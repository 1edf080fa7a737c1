namespace HistoryCms.Search.Tests;

/// <summary>Whatever is typed, the search answers or says what is wrong: no other exception escapes.</summary>
public sealed class HostileQueryTests
{
    public static TheoryData<string> Texts() =>
    [
        "\"unbalanced", "((((", "))))", "*", "**", "?*?", "-", "- - -", "NOT", "OR OR OR", "AND", "\"\"\"", "\\", "\\\"",
        "a:b:c", "title:", "[1945 TO 1953]", "{x}", "~2", "^3", "treaty~", "treaty^10", "<script>alert(1)</script>",
        "'; DROP TABLE", "\u0000", "\uFFFF\uFFFE", "\uD83D", "\uD83D\uDE00 emoji", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "ﬁ ligature", "Ⅻ",
        new string('x', 300), new string('я', 999), string.Join(' ', Enumerable.Repeat("the", 30)), "%00", "../../etc/passwd",
        "NOT (treaty OR -treaty)", "+-+-treaty", "\u202Etreaty", "\t\r\n", "a/b/c/d/e/f", "1945-05-09",
    ];

    [Theory]
    [MemberData(nameof(Texts))]
    public async Task Any_text_is_answered_or_rejected_with_a_message(string text)
    {
        var (index, search) = await Docs.InMemory(Docs.Make("Treaty", "treaty text", date: SearchDate.OfYear(1945)));
        using var _ = index;

        try
        {
            var response = search.Find(text);
            Assert.InRange(response.Total, 0, 1);
        }
        catch (SearchQueryException error)
        {
            Assert.False(string.IsNullOrWhiteSpace(error.Message));
        }
    }

    [Fact]
    public async Task Only_common_words_give_no_results_and_a_notice()
    {
        var (index, search) = await Docs.InMemory(Docs.Make("The", "the and of"));
        using var _ = index;

        var response = search.Find("the and of");

        Assert.Equal(0, response.Total);
        Assert.Contains(response.Notices, n => n.Contains("common words", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(0, 10, "page")]
    [InlineData(1, 0, "pageSize")]
    [InlineData(1, 101, "pageSize")]
    [InlineData(500, 100, "page")]
    public async Task Paging_out_of_range_is_rejected(int page, int pageSize, string parameter)
    {
        var (index, search) = await Docs.InMemory(Docs.Make("Treaty", "treaty"));
        using var _ = index;

        var error = Assert.Throws<SearchQueryException>(() => search.Find("treaty", r => r with { Page = page, PageSize = pageSize }));

        Assert.Equal(parameter, error.Parameter);
    }

    [Fact]
    public async Task Unknown_filters_and_facets_are_rejected_by_name()
    {
        var (index, search) = await Docs.InMemory(Docs.Make("Treaty", "treaty"));
        using var _ = index;

        var filter = Assert.Throws<SearchQueryException>(() => search.Find(null, r => r with
        {
            Filters = new Dictionary<string, IReadOnlyList<string>> { ["colour"] = ["red"] },
        }));
        var facet = Assert.Throws<SearchQueryException>(() => search.Find(null, r => r with { Facets = ["colour"] }));

        Assert.Contains("colour", filter.Message, StringComparison.Ordinal);
        Assert.Equal("facets", facet.Parameter);
    }

    // Issue 14: these used to answer an empty result with no word of why.
    [Theory]
    [InlineData("type", "bogus", "'type' takes a document type: historyArchivalDocument, historyAuthor, historyBlogPost, historyProgram, siteEvent; 'bogus' is not one.")]
    [InlineData("program", "notaguid", "'program' takes a program's key (a GUID); 'notaguid' is not one.")]
    [InlineData("author", "42", "'author' takes an author's key (a GUID); '42' is not one.")]
    [InlineData("decade", "1950", "'decade' takes a decade such as 1940s; '1950' is not one.")]
    [InlineData("year", "53", "'year' takes a year such as 1953; '53' is not one.")]
    public async Task A_filter_value_that_can_never_match_is_rejected_naming_what_is_accepted(string field, string value, string message)
    {
        var (index, search) = await Docs.InMemory(Docs.Make("Treaty", "treaty"), Docs.Make("Fair", "fair", type: "siteEvent"));
        using var _ = index;

        var error = Assert.Throws<SearchQueryException>(() => search.Find(null, r => r with
        {
            Filters = new Dictionary<string, IReadOnlyList<string>> { [field] = [value] },
        }));

        Assert.Equal((field, message), (error.Parameter, error.Message));
    }

    [Fact]
    public async Task A_site_type_in_the_index_and_a_key_in_any_GUID_format_are_accepted()
    {
        var program = Guid.NewGuid();
        var (index, search) = await Docs.InMemory(
            Docs.Make("Fair", "fair", type: "siteEvent") with { Programs = [new SearchLabel(program.ToString("D"), "Program")] });
        using var _ = index;

        var response = search.Find(null, r => r with
        {
            Filters = new Dictionary<string, IReadOnlyList<string>> { ["type"] = ["SiteEvent"], ["program"] = [program.ToString("N")] },
        });

        Assert.Equal(["Fair"], response.Titles());
    }

    [Theory]
    [InlineData("title:[* TO")]
    [InlineData("!!!")]
    [InlineData("- - -")]
    public async Task Text_with_nothing_searchable_finds_nothing_and_says_so(string text)
    {
        var (index, search) = await Docs.InMemory(Docs.Make("Treaty", "treaty"));
        using var _ = index;

        var response = search.Find(text);

        Assert.Equal(0, response.Total);
        Assert.Contains(LuceneSiteSearch.NothingToSearchNotice, response.Notices);
    }
}
