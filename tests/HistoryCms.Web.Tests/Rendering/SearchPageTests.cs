using System.Net;
using HistoryCms.Core.Search;
using HistoryCms.Web.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using static HistoryCms.Web.Tests.TestSupport.PageAssert;

namespace HistoryCms.Web.Tests.Rendering;

public sealed class SearchPageTests
{
    private readonly FakeSiteSearch _search = new();

    [Fact]
    public async Task Results_show_type_date_and_a_snippet_that_keeps_only_the_marks()
    {
        await using var host = await Start();
        var page = await host.PageAsync("/search?q=Vyshinsky");

        IsWellFormedPage(page);
        Assert.Equal("Search results for “Vyshinsky”", Text(page.QuerySelector("h1")));
        Assert.Equal("45 results", Text(page.QuerySelector("#search-results")));
        var results = page.QuerySelectorAll(".history-result").ToList();
        Assert.Equal(2, results.Count);
        var snippet = results[0].QuerySelector(".history-result__snippet")!;
        Assert.Equal("Vyshinsky", Text(snippet.QuerySelector("mark")));
        Assert.Empty(snippet.QuerySelectorAll("script, b"));
        Assert.Contains("bold", Text(snippet), StringComparison.Ordinal);
        Assert.Equal("Archival document · September 18, 1947", Text(results[1].QuerySelector(".history-result__meta")));
        Assert.Equal("1947-09-18", results[1].QuerySelector(".history-result__meta time")?.GetAttribute("datetime"));
        Assert.Equal("#", results[1].QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Facets_link_to_the_search_with_the_filter_and_filters_in_use_can_be_removed()
    {
        await using var host = await Start();
        var page = await host.PageAsync("/search?q=Korea&type=historyBlogPost&sort=newest");

        Assert.Equal(["historyBlogPost"], _search.LastRequest!.Filters[SiteSearchFields.Type]);
        Assert.Equal(SiteSearchSort.Newest, _search.LastRequest.Sort);
        var facets = page.QuerySelectorAll(".history-facet").ToList();
        Assert.Equal(["Type", "Program", "Original language"], facets.Select(f => Text(f.QuerySelector("h3"))));
        var post = facets[0].QuerySelectorAll("a")[0];
        Assert.Equal("true", post.GetAttribute("aria-current"));
        Assert.Equal("/search?q=Korea&sort=newest", post.GetAttribute("href"));
        Assert.StartsWith("Archival document (15)", Text(facets[0].QuerySelectorAll("a")[1]), StringComparison.Ordinal);
        Assert.Equal("/search?q=Korea&type=historyBlogPost&program=" + SampleSite.Happ + "&sort=newest", facets[1].QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("historyBlogPost", page.QuerySelector("form.history-search-form input[type=hidden][name=type]")!.GetAttribute("value"));
        Assert.Equal("/search?q=Korea&sort=newest", page.QuerySelector(".history-active-filters a")!.GetAttribute("href"));
        Assert.True(page.QuerySelector("#search-sort option[value=newest]")!.HasAttribute("selected"));
    }

    [Fact]
    public async Task The_pager_links_the_neighbouring_pages()
    {
        await using var host = await Start();
        var page = await host.PageAsync("/search?q=Korea&page=2");

        Assert.Equal(2, _search.LastRequest!.Page);
        var links = page.QuerySelectorAll(".history-pager a").ToList();
        Assert.Equal(["/search?q=Korea", "/search?q=Korea", "/search?q=Korea&page=2", "/search?q=Korea&page=3", "/search?q=Korea&page=3"], links.Select(a => a.GetAttribute("href")));
        Assert.Equal("page", links[2].GetAttribute("aria-current"));
    }

    [Theory]
    [InlineData("/search?q=%22broken", "The quotation mark before \"broken\" is never closed.")]
    [InlineData("/search?page=two", "'page' must be a whole number from 1; 'two' is not.")]
    [InlineData("/search?sort=sideways", "'sort' must be relevance, newest or oldest; 'sideways' is none of these.")]
    public async Task A_bad_search_is_a_400_page_that_says_what_is_wrong(string url, string message)
    {
        await using var host = await Start();
        var page = await host.PageAsync(url, HttpStatusCode.BadRequest);

        Assert.Equal(message, Text(page.QuerySelector("[role=alert]")));
        Assert.Empty(page.QuerySelectorAll(".history-result"));
    }

    [Fact]
    public async Task Without_a_search_the_page_says_so_with_a_503()
    {
        await using var host = await PageHost.SampleAsync();
        var page = await host.PageAsync("/search?q=Korea", HttpStatusCode.ServiceUnavailable);
        Assert.Equal("Search is not available on this site.", Text(page.QuerySelector("[role=alert]")));
    }

    private Task<PageHost> Start() => PageHost.StartAsync(SampleSite.Items, configure: s => s.AddSingleton<ISiteSearch>(_search));
}
