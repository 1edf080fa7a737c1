using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HistoryCms.Core.Search;
using HistoryCms.Web.Rendering;
using HistoryCms.Web.Search;
using HistoryCms.Web.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace HistoryCms.Web.Tests.Search;

/// <summary>
/// Issue 15.5: the History API's /search and the search page read the query string with one reader, so they ask the
/// search the same question and refuse the same query strings with the same message.
/// </summary>
public sealed class SearchQueryParityTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("q=Korea&type=historyBlogPost&type=historyArchivalDocument&from=1945&to=1953-06&sort=OLDEST&page=2")]
    [InlineData("person=Kohl,%20Helmut&person=Kohl,%20Helmut&place=%20Bonn%20&place=&pageSize=50&facets=type,year")]
    [InlineData("q=%20&sort=%20newest%20&page=%203%20")]
    public async Task The_page_and_the_API_ask_the_search_the_same_question(string queryString)
    {
        var search = new FakeSiteSearch();
        await using var host = await Start(search);

        await host.PageAsync("/search?" + queryString);
        var fromPage = Describe(search.LastRequest!);
        using var response = await host.Client.GetAsync(new Uri(SearchEndpoints.Route + "?" + queryString, UriKind.Relative), Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(fromPage, Describe(search.LastRequest!));
    }

    [Theory]
    [InlineData("sort=date")]
    [InlineData("sort=1")]
    [InlineData("page=%2B2")]
    [InlineData("page=0")]
    [InlineData("page=two")]
    [InlineData("pageSize=0")]
    [InlineData("q=a&q=b")]
    [InlineData("q=%22broken")]
    public async Task The_page_and_the_API_refuse_the_same_query_strings_with_the_same_message(string queryString)
    {
        await using var host = await Start(new FakeSiteSearch());

        var page = await host.PageAsync("/search?" + queryString, HttpStatusCode.BadRequest);
        using var response = await host.Client.GetAsync(new Uri(SearchEndpoints.Route + "?" + queryString, UriKind.Relative), Token);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Token);
        Assert.Equal(problem.GetProperty("detail").GetString(), page.QuerySelector("[role=alert]")?.TextContent.Trim());
    }

    private static Task<PageHost> Start(FakeSiteSearch search) => PageHost.StartAsync(
        SampleSite.Items,
        configure: s => s.AddSingleton<ISiteSearch>(search),
        map: app =>
        {
            app.MapHistoryPages();
            app.MapHistorySearch();
        });

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
