using System.Net;
using System.Net.Http.Headers;

namespace HistoryCms.Server.Tests.Hosting;

/// <summary>The server renders HistoryCms.Web's pages at each item's route and keeps JSON at the delivery endpoints.</summary>
public sealed class PageRouteTests : IClassFixture<ServerFactoryFixture>
{
    private readonly HttpClient _client;

    public PageRouteTests(ServerFactoryFixture fixture) => _client = fixture.Factory.CreateClient();

    [Theory]
    [InlineData("/", "<h1>History site</h1>")]
    [InlineData("/posts/failed-diplomacy/", "<h1 id=\"post-title\">Failed Diplomacy</h1>")]
    [InlineData("/people/charles-kraus/", "<h1 id=\"author-name\">Charles Kraus</h1>")]
    [InlineData("/programs/history-and-public-policy-program/", "<h1 id=\"program-name\">History and Public Policy Program</h1>")]
    [InlineData("/archive/us-draft/", "<h1 id=\"document-title\">United States Draft Resolution A/C.1/218</h1>")]
    [InlineData("/posts/failed-diplomacy", "<h1 id=\"post-title\">Failed Diplomacy</h1>")]
    public async Task Each_item_route_renders_its_page(string path, string heading)
    {
        var (status, type, html) = await Get(path, "text/html");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("text/html", type);
        Assert.Contains(heading, html, StringComparison.Ordinal);
        Assert.Contains("/_content/HistoryCms.Web/history.css", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_post_page_numbers_its_markers_and_links_the_export_endpoints_that_answer()
    {
        var (_, _, html) = await Get("/posts/failed-diplomacy/", "text/html");
        Assert.Contains("<sup class=\"history-marker\" id=\"cite-ref-1\"><a href=\"#note-1\">", html, StringComparison.Ordinal);
        foreach (var ris in new[] { $"/history/api/v1/posts/{TestSite.FailedDiplomacy}/citation.ris", $"/history/api/v1/posts/{TestSite.FailedDiplomacy}/sources.ris" })
        {
            Assert.Contains(ris, html, StringComparison.Ordinal);
            var (status, type, _) = await Get(ris, "*/*");
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Equal("application/x-research-info-systems", type);
        }
    }

    [Fact]
    public async Task Json_stays_at_the_delivery_endpoints_whatever_the_browser_accepts()
    {
        var (status, type, body) = await Get($"{Http.Api}/content/item/posts/failed-diplomacy/", "text/html,application/xhtml+xml,*/*");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("application/json", type);
        Assert.StartsWith("{", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_page_is_an_html_404_for_browsers()
    {
        var (status, type, html) = await Get("/posts/nothing-here/", "text/html");
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("text/html", type);
        Assert.Contains("Page not found", html, StringComparison.Ordinal);
    }

    private async Task<(HttpStatusCode Status, string? Type, string Body)> Get(string path, string accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse(accept.Split(',')[0]));
        using var response = await _client.SendAsync(request, TestContext.Current.CancellationToken);
        return (response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }
}
