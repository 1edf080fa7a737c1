using System.Net;

namespace HistoryCms.Server.Tests.Hosting;

/// <summary>RFC 9110, 9.3.2: HEAD is answered wherever GET is, with GET's status and headers and no body.</summary>
public sealed class HeadRequestTests : IClassFixture<ServerFactoryFixture>
{
    private readonly HttpClient _client;

    public HeadRequestTests(ServerFactoryFixture fixture) => _client = fixture.Factory.CreateClient();

    [Theory]
    [InlineData("/umbraco/delivery/api/v2/content/item/50000000-0000-0000-0000-000000000001")]
    [InlineData("/umbraco/delivery/api/v2/content/item/posts/failed-diplomacy")]
    [InlineData("/umbraco/delivery/api/v2/content?filter=contentType:historyBlogPost")]
    [InlineData("/umbraco/delivery/api/v2/content/items?id=50000000-0000-0000-0000-000000000001")]
    [InlineData("/history/api/v1/authors/20000000-0000-0000-0000-000000000001/posts")]
    [InlineData("/history/api/v1/posts/50000000-0000-0000-0000-000000000001/sources.ris")]
    [InlineData("/history/api/v1/search?q=korea")]
    [InlineData("/posts/failed-diplomacy/")]
    [InlineData("/")]
    [InlineData("/health")]
    [InlineData("/openapi/v1.json")]
    [InlineData("/_content/HistoryCms.Web/history.css")]
    public async Task HEAD_answers_wherever_GET_does_with_the_same_headers_and_no_body(string url)
    {
        using var get = await _client.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);
        using var head = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Head, url), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Equal(get.StatusCode, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentType?.ToString(), head.Content.Headers.ContentType?.ToString());
        Assert.Equal(get.Headers.ETag, head.Headers.ETag);
        Assert.Equal(get.Headers.Vary.Order(), head.Headers.Vary.Order());
        // /health reports memory, so its length changes between two calls; ASP.NET Core's static assets answer HEAD without
        // Content-Length (StaticAssetsInvoker sets it only when it sends the file).
        if (url != "/health" && !url.StartsWith("/_content/", StringComparison.Ordinal))
        {
            // The Content-Length the server sent (HttpContent.Headers.ContentLength would compute one from a buffered body).
            Assert.Equal(SentLength(get), SentLength(head));
        }

        Assert.Empty(await head.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
    }

    private static string SentLength(HttpResponseMessage response) =>
        response.Content.Headers.NonValidated.TryGetValues("Content-Length", out var values) ? values.ToString() : "(none)";

    [Fact]
    public async Task A_HEAD_for_a_missing_item_is_the_same_404_without_a_body()
    {
        var url = $"{Http.Api}/content/item/{Guid.NewGuid()}";
        using var head = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Head, url), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, head.StatusCode);
        Assert.Equal("application/problem+json", head.Content.Headers.ContentType?.MediaType);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_405_names_GET_and_HEAD_in_Allow_and_both_answer()
    {
        var url = $"{Http.Api}/content";
        using var post = await _client.PostAsync(new Uri(url, UriKind.Relative), new StringContent("{}"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, post.StatusCode);
        Assert.Equal(["GET", "HEAD"], post.Content.Headers.Allow.Order());
        var detail = await post.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("POST is not allowed", detail, StringComparison.Ordinal);
        foreach (var method in post.Content.Headers.Allow)
        {
            using var allowed = await _client.SendAsync(new HttpRequestMessage(new HttpMethod(method), url), TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }
    }
}
