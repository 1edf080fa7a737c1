namespace HistoryCms.Search.Tests.Querying;

public sealed class DateRangeTests
{
    private static SearchDocument[] Corpus() =>
    [
        Docs.Make("Day", "cable", date: SearchDate.OfDay(new DateOnly(1945, 5, 9))),
        Docs.Make("Month", "cable", date: SearchDate.OfMonth(1945, 6)),
        Docs.Make("Year", "cable", date: SearchDate.OfYear(1946)),
        Docs.Make("Range", "cable", date: new SearchDate(new DateOnly(1950, 6, 25), new DateOnly(1953, 7, 27), "1950–1953")),
        Docs.Make("Undated", "cable"),
    ];

    [Theory]
    [InlineData("1945", "1945", "Day,Month")]
    [InlineData("1945-05", "1945-05", "Day")]
    [InlineData("1945-06-15", "1945-06-15", "Month")]
    [InlineData("1946-03-01", null, "Year,Range")]
    [InlineData(null, "1945-05-08", "")]
    [InlineData("1952", "1952", "Range")]
    [InlineData("1954", null, "")]
    [InlineData(null, "1946-01-01", "Day,Month,Year")]
    public async Task A_range_keeps_items_whose_partial_date_overlaps_it(string? from, string? to, string expected)
    {
        var (index, search) = await Docs.InMemory(Corpus());
        using var _ = index;

        var response = search.Find(null, r => r with { From = from, To = to, Sort = SiteSearchSort.Oldest });

        Assert.Equal(expected, string.Join(',', response.Titles()));
    }

    [Theory]
    [InlineData("45", null, "from")]
    [InlineData("1945-13", null, "from")]
    [InlineData(null, "1945-02-30", "to")]
    [InlineData("1945/05", null, "from")]
    [InlineData("1950", "1940", "from")]
    [InlineData("<script>", null, "from")]
    public async Task An_unusable_date_is_rejected_naming_the_parameter(string? from, string? to, string parameter)
    {
        var (index, search) = await Docs.InMemory(Corpus());
        using var _ = index;

        var error = Assert.Throws<SearchQueryException>(() => search.Find(null, r => r with { From = from, To = to }));

        Assert.Equal(parameter, error.Parameter);
        Assert.Contains(parameter, error.Message, StringComparison.Ordinal);
    }
}
