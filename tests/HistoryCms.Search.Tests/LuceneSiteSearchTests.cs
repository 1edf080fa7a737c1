namespace HistoryCms.Search.Tests;

public sealed class LuceneSiteSearchTests
{
    [Fact]
    public async Task A_title_match_ranks_above_a_passing_mention_in_the_body()
    {
        var (index, search) = await Docs.InMemory(
            Docs.Make("Minutes of a meeting", "The delegates discussed the armistice at length, among other things."),
            Docs.Make("The armistice negotiations", "Delegates met again."),
            Docs.Make("Unrelated cable", "Weather report."));
        using var _ = index;

        var response = search.Find("armistice");

        Assert.Equal(["The armistice negotiations", "Minutes of a meeting"], response.Titles());
        Assert.True(response.Results[0].Score > response.Results[1].Score);
    }

    [Fact]
    public async Task Words_are_all_required_unless_joined_by_OR()
    {
        var (index, search) = await Docs.InMemory(
            Docs.Make("Both", "grain deliveries and famine"),
            Docs.Make("Grain only", "grain deliveries"),
            Docs.Make("Famine only", "famine relief"));
        using var _ = index;

        Assert.Equal(["Both"], search.Find("grain famine").Titles());
        Assert.Equal(3, search.Find("grain OR famine").Total);
        Assert.Equal(["Grain only"], search.Find("grain -famine").Titles());
        Assert.Equal(["Grain only"], search.Find("grain NOT famine").Titles());
        Assert.Equal(["Famine only"], search.Find("NOT grain").Titles());
    }

    [Fact]
    public async Task English_stemming_matches_other_forms_of_a_word()
    {
        var (index, search) = await Docs.InMemory(Docs.Make("Report", "The conferences were postponed."));
        using var _ = index;

        Assert.Equal(1, search.Find("conference postpone").Total);
    }

    [Fact]
    public async Task Russian_stemming_matches_inflected_Cyrillic_forms()
    {
        var (index, search) = await Docs.InMemory(Docs.Make("Запись беседы", "Обсуждались переговоры о перемирии.", language: "ru"));
        using var _ = index;

        Assert.Equal(1, search.Find("переговорами").Total);
    }

    [Fact]
    public async Task A_phrase_matches_only_words_in_that_order()
    {
        var (index, search) = await Docs.InMemory(
            Docs.Make("In order", "The Minister of Foreign Affairs arrived."),
            Docs.Make("Apart", "Foreign visitors met the Minister of Trade about affairs."));
        using var _ = index;

        Assert.Equal(["In order"], search.Find("\"minister of foreign affairs\"").Titles());
        Assert.Equal(2, search.Find("minister foreign affairs").Total);
    }

    [Fact]
    public async Task A_trailing_wildcard_matches_every_word_with_that_start()
    {
        var (index, search) = await Docs.InMemory(Docs.Make("One", "armistice"), Docs.Make("Two", "armaments"), Docs.Make("Three", "army"));
        using var _ = index;

        Assert.Equal(3, search.Find("arm*").Total);
        Assert.Equal(1, search.Find("armis*").Total);
    }

    [Fact]
    public async Task Sorting_by_date_puts_undated_items_last_both_ways()
    {
        var (index, search) = await Docs.InMemory(
            Docs.Make("Undated", "treaty"),
            Docs.Make("Early", "treaty", date: SearchDate.OfYear(1945)),
            Docs.Make("Late", "treaty", date: SearchDate.OfMonth(1953, 3)));
        using var _ = index;

        Assert.Equal(["Late", "Early", "Undated"], search.Find("treaty", r => r with { Sort = SiteSearchSort.Newest }).Titles());
        Assert.Equal(["Early", "Late", "Undated"], search.Find("treaty", r => r with { Sort = SiteSearchSort.Oldest }).Titles());
        Assert.Equal(["Late", "Early", "Undated"], search.Find(null).Titles());
    }

    [Fact]
    public async Task Pages_hold_the_requested_slice_and_the_total_counts_every_match()
    {
        var documents = Enumerable.Range(1, 25).Select(i => Docs.Make($"Cable {i:D2}", "cable", date: SearchDate.OfDay(new DateOnly(1950, 1, i)))).ToArray();
        var (index, search) = await Docs.InMemory(documents);
        using var _ = index;

        var page = search.Find("cable", r => r with { Sort = SiteSearchSort.Oldest, Page = 3, PageSize = 10 });

        Assert.Equal(25, page.Total);
        Assert.Equal(["Cable 21", "Cable 22", "Cable 23", "Cable 24", "Cable 25"], page.Titles());
    }

    [Fact]
    public async Task A_result_carries_the_stored_id_type_date_and_route()
    {
        var id = Guid.NewGuid();
        var (index, search) = await Docs.InMemory(Docs.Make("Letter", "text", type: Docs.Post, date: SearchDate.OfMonth(1945, 5), id: id));
        using var _ = index;

        var hit = Assert.Single(search.Find("letter").Results);

        Assert.Equal((id, Docs.Post, new SiteSearchDate("1945-05", "month", "May 1945"), "/archive/letter/"), (hit.Id, hit.Type, hit.Date, hit.Route));
    }

    [Theory]
    [InlineData(1947, 9, 18, 1947, 9, 18, null, "1947-09-18", "day", "September 18, 1947")]
    [InlineData(1947, 9, 18, 1947, 9, 18, "September 18, 1947", "1947-09-18", "day", "September 18, 1947")]
    [InlineData(1945, 5, 1, 1945, 5, 31, "1945-05", "1945-05", "month", "May 1945")]
    [InlineData(1958, 1, 1, 1958, 12, 31, "1958", "1958", "year", "1958")]
    [InlineData(1945, 1, 1, 1947, 12, 31, "1945/1947", "1945/1947", "year", "1945–1947")]
    [InlineData(1950, 1, 1, 1950, 12, 31, "c. 1950", "1950", "year", "c. 1950")]
    [InlineData(1945, 5, 1, 1945, 6, 30, null, "1945-05/1945-06", "month", "May–June 1945")]
    public async Task A_result_date_is_ISO_8601_with_its_precision_and_the_date_as_printed(
        int y1, int m1, int d1, int y2, int m2, int d2, string? written, string iso, string precision, string display)
    {
        var (start, end) = (new DateOnly(y1, m1, d1), new DateOnly(y2, m2, d2));
        var (index, search) = await Docs.InMemory(Docs.Make("Letter", "text", date: new SearchDate(start, end, written ?? iso)));
        using var _ = index;

        var hit = Assert.Single(search.Find("letter").Results);

        Assert.Equal(new SiteSearchDate(iso, precision, display), hit.Date);
    }

    [Fact]
    public async Task Searching_through_the_interface_gives_the_same_answer()
    {
        var (index, search) = await Docs.InMemory(Docs.Make("Letter", "text"));
        using var _ = index;
        var response = await Through(search).SearchAsync(new SiteSearchRequest { Query = "letter" }, TestContext.Current.CancellationToken);

        Assert.Equal(1, response.Total);
    }

    private static ISiteSearch Through(ISiteSearch search) => search;
}
