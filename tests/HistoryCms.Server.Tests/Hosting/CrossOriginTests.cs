using System.Net;

namespace HistoryCms.Server.Tests.Hosting;

/// <summary>CORS (Fetch standard): the public read-only APIs may be read by scripts of any origin, or of the configured ones; pages and the preview may not.</summary>
public sealed class CrossOriginTests : IClassFixture<ServerFactoryFixture>
{
    private const string Origin = "https://front.example";
    private readonly ServerFactoryFixture _fixture;

    public CrossOriginTests(ServerFactoryFixture fixture) => _fixture = fixture;

    [Theory]
    [InlineData("/umbraco/delivery/api/v2/content?filter=contentType:historyBlogPost")]
    [InlineData("/umbraco/delivery/api/v2/content/item/posts/failed-diplomacy")]
    [InlineData("/history/api/v1/authors/20000000-0000-0000-0000-000000000001/posts")]
    [InlineData("/history/api/v1/search?q=korea")]
    [InlineData("/openapi/v1.json")]
    public async Task By_default_any_origin_may_read_the_public_apis(string url)
    {
        using var client = _fixture.Factory.CreateClient();
        using var response = await Send(client, HttpMethod.Get, url, Origin);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("*", Single(response, "Access-Control-Allow-Origin"));
        Assert.Contains("ETag", Single(response, "Access-Control-Expose-Headers"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_preflight_for_a_query_with_a_Start_Item_header_is_allowed()
    {
        using var client = _fixture.Factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Options, $"{Http.Api}/content?take=1");
        request.Headers.Add("Origin", Origin);
        request.Headers.Add("Access-Control-Request-Method", "GET");
        request.Headers.Add("Access-Control-Request-Headers", "start-item,if-none-match");
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("*", Single(response, "Access-Control-Allow-Origin"));
        Assert.Contains("GET", Single(response, "Access-Control-Allow-Methods"), StringComparison.Ordinal);
        var headers = Single(response, "Access-Control-Allow-Headers");
        Assert.Contains("Start-Item", headers, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("If-None-Match", headers, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("3600", Single(response, "Access-Control-Max-Age"));
    }

    [Fact]
    public async Task A_preflight_for_a_write_is_refused()
    {
        using var client = _fixture.Factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Options, $"{Http.Api}/content");
        request.Headers.Add("Origin", Origin);
        request.Headers.Add("Access-Control-Request-Method", "DELETE");
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.False(response.Headers.Contains("Access-Control-Allow-Methods") && Single(response, "Access-Control-Allow-Methods").Contains("DELETE", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/posts/failed-diplomacy/")]
    [InlineData("/health")]
    public async Task Pages_are_not_opened_to_other_origins(string url)
    {
        using var client = _fixture.Factory.CreateClient();
        using var response = await Send(client, HttpMethod.Get, url, Origin);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task No_origin_may_call_the_citation_preview()
    {
        using var client = _fixture.Factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Options, "/history/api/v1/citations/preview");
        request.Headers.Add("Origin", Origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type");
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.False(response.Headers.Contains("Access-Control-Allow-Methods"));
    }

    [Fact]
    public async Task Configured_origins_are_the_only_ones_allowed_and_the_answer_varies_by_Origin()
    {
        using var server = new ServerFactory();
        using var factory = server.WithWebHostBuilder(b => b
            .UseSetting("HistoryCms:CorsOrigins:0", Origin)
            .UseSetting("HistoryCms:CorsOrigins:1", "https://other.example/"));
        using var client = factory.CreateClient();
        var url = $"{Http.Api}/content/item/{TestSite.Kraus}";

        using var allowed = await Send(client, HttpMethod.Get, url, Origin);
        Assert.Equal(Origin, Single(allowed, "Access-Control-Allow-Origin"));
        Assert.Contains("Origin", allowed.Headers.Vary);

        using var trailingSlashConfigured = await Send(client, HttpMethod.Get, url, "https://other.example");
        Assert.Equal("https://other.example", Single(trailingSlashConfigured, "Access-Control-Allow-Origin"));

        using var refused = await Send(client, HttpMethod.Get, url, "https://elsewhere.example");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.False(refused.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task A_cached_query_answer_does_not_carry_another_origins_permission()
    {
        using var server = new ServerFactory();
        using var factory = server.WithWebHostBuilder(b => b.UseSetting("HistoryCms:CorsOrigins:0", Origin));
        using var client = factory.CreateClient();
        var url = $"{Http.Api}/content?filter=contentType:historyAuthor";

        using var first = await Send(client, HttpMethod.Get, url, Origin);
        using var second = await Send(client, HttpMethod.Get, url, "https://elsewhere.example");

        Assert.Equal(Origin, Single(first, "Access-Control-Allow-Origin"));
        Assert.False(second.Headers.Contains("Access-Control-Allow-Origin"));
    }

    private static async Task<HttpResponseMessage> Send(HttpClient client, HttpMethod method, string url, string origin)
    {
        using var request = new HttpRequestMessage(method, url);
        request.Headers.Add("Origin", origin);
        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    private static string Single(HttpResponseMessage response, string header) =>
        string.Join(",", response.Headers.TryGetValues(header, out var values) ? values : []);
}
