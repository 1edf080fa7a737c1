using HistoryCms.Core.Search;

namespace HistoryCms.Core.Tests.Search;

/// <summary>The one reader of the search query string (the History API's /search and the search page read through it).</summary>
public sealed class SiteSearchQueryReaderTests
{
    // Query string → the request read, as "q|filters|from|to|sort|page|pageSize|facets".
    [Theory]
    [InlineData("", "||||Relevance|1|20|")]
    [InlineData("q=treaty", "treaty||||Relevance|1|20|")]
    [InlineData("q=%20%20", "||||Relevance|1|20|")]
    [InlineData("q=%22minister%20of", "\"minister of||||Relevance|1|20|")]
    [InlineData("type=historyBlogPost&type=historyAuthor", "|type=historyBlogPost,historyAuthor|||Relevance|1|20|")]
    [InlineData("person=Kohl,%20Helmut&person=Kohl,%20Helmut", "|person=Kohl, Helmut|||Relevance|1|20|")]
    [InlineData("place=%20Bonn%20&place=&place=%01", "|place=Bonn|||Relevance|1|20|")]
    [InlineData("colour=red&utm_source=x", "||||Relevance|1|20|")]
    [InlineData("from=1945&to=%201953-06%20", "||1945|1953-06|Relevance|1|20|")]
    [InlineData("sort=newest", "||||Newest|1|20|")]
    [InlineData("sort=OLDEST", "||||Oldest|1|20|")]
    [InlineData("sort=%20relevance%20", "||||Relevance|1|20|")]
    [InlineData("sort=", "||||Relevance|1|20|")]
    [InlineData("page=3&pageSize=100", "||||Relevance|3|100|")]
    [InlineData("page=%203%20", "||||Relevance|3|20|")]
    [InlineData("facets=type,%20language&facets=year", "||||Relevance|1|20|type,language,year")]
    public void A_query_string_reads_as_a_request(string queryString, string expected) =>
        Assert.Equal(expected, Describe(SiteSearchQueryReader.Read(Values(queryString))));

    // Query string → the parameter at fault and the start of the message (the same for the API and the page).
    [Theory]
    [InlineData("sort=date", "sort", "'sort' must be relevance, newest or oldest; 'date' is none of these.")]
    [InlineData("sort=1", "sort", "'sort' must be relevance, newest or oldest; '1' is none of these.")]
    [InlineData("page=abc", "page", "'page' must be a whole number from 1; 'abc' is not.")]
    [InlineData("page=0", "page", "'page' must be a whole number from 1; '0' is not.")]
    [InlineData("page=%2B2", "page", "'page' must be a whole number from 1; '+2' is not.")]
    [InlineData("page=-1", "page", "'page' must be a whole number from 1; '-1' is not.")]
    [InlineData("page=99999999999", "page", "'page' must be a whole number from 1; '99999999999' is not.")]
    [InlineData("pageSize=0", "pageSize", "'pageSize' must be a whole number from 1 to 100; '0' is not.")]
    [InlineData("pageSize=101", "pageSize", "'pageSize' must be a whole number from 1 to 100; '101' is not.")]
    [InlineData("q=a&q=b", "q", "'q' takes one value; it was given 2.")]
    [InlineData("sort=newest&sort=oldest", "sort", "'sort' takes one value; it was given 2.")]
    public void A_value_that_cannot_be_read_names_its_parameter_and_what_is_accepted(string queryString, string parameter, string message)
    {
        var error = Assert.Throws<SearchQueryException>(() => SiteSearchQueryReader.Read(Values(queryString)));

        Assert.Equal((parameter, message), (error.Parameter, error.Message));
    }

    [Theory]
    [InlineData("")]
    [InlineData("q=Vyshinsky%20%22armistice%20terms%22")]
    [InlineData("q=treaty&type=historyArchivalDocument&person=Kohl,%20Helmut&person=Yeltsin,%20Boris&from=1945&to=1953-06")]
    [InlineData("sort=oldest&page=4&pageSize=50&facets=type,language")]
    public void What_the_reader_writes_it_reads_back_the_same(string queryString)
    {
        var request = SiteSearchQueryReader.Read(Values(queryString));

        var written = SiteSearchQueryReader.Write(request);
        var again = SiteSearchQueryReader.Read(name => [.. written.Where(p => p.Key == name).Select(p => (string?)p.Value)]);

        Assert.Equal(Describe(request), Describe(again));
    }

    [Fact]
    public void Defaults_are_left_out_of_what_is_written() =>
        Assert.Equal(["q=treaty"], SiteSearchQueryReader.Write(new SiteSearchRequest { Query = "treaty" }).Select(p => $"{p.Key}={p.Value}"));

    private static Func<string, IReadOnlyList<string?>> Values(string queryString)
    {
        var pairs = queryString.Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2))
            .Select(p => (Name: Uri.UnescapeDataString(p[0]), Value: Uri.UnescapeDataString(p.Length > 1 ? p[1] : string.Empty)))
            .ToList();
        return name => [.. pairs.Where(p => p.Name == name).Select(p => (string?)p.Value)];
    }

    private static string Describe(SiteSearchRequest request) => string.Join('|',
        request.Query,
        string.Join(';', request.Filters.Select(f => $"{f.Key}={string.Join(',', f.Value)}")),
        request.From,
        request.To,
        request.Sort,
        request.Page,
        request.PageSize,
        request.Facets is null ? string.Empty : string.Join(',', request.Facets));
}
