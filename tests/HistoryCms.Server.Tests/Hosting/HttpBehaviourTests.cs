using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;

namespace HistoryCms.Server.Tests.Hosting;

public sealed class HttpBehaviourTests : IClassFixture<ServerFactoryFixture>
{
    private readonly HttpClient _client;

    public HttpBehaviourTests(ServerFactoryFixture fixture) => _client = fixture.Factory.CreateClient();

    [Fact]
    public async Task A_content_response_has_an_etag_and_If_None_Match_gives_304()
    {
        var url = new Uri($"{Http.Api}/content/item/{TestSite.Kraus}", UriKind.Relative);
        using var first = await _client.GetAsync(url, TestContext.Current.CancellationToken);
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.True(etag.IsWeak);

        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.IfNoneMatch.Add(etag);
        using var second = await _client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Errors_carry_no_etag()
    {
        using var response = await _client.GetAsync(new Uri($"{Http.Api}/content/item/{Guid.NewGuid()}", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null(response.Headers.ETag);
    }

    [Fact]
    public async Task Responses_are_compressed_when_the_client_accepts_it()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{Http.Api}/content?take=20");
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));
        using var response = await _client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal("gzip", Assert.Single(response.Content.Headers.ContentEncoding));
    }

    // The output cache stores an answer on the second request for it (SecondRequestAdmission), so the third is served from it.
    [Fact]
    public async Task A_repeated_query_is_served_from_the_output_cache_once_it_was_asked_for_twice()
    {
        var url = new Uri($"{Http.Api}/content?filter=contentType:historyProgram&sort=name:asc", UriKind.Relative);
        using var first = await _client.GetAsync(url, TestContext.Current.CancellationToken);
        using var second = await _client.GetAsync(url, TestContext.Current.CancellationToken);
        using var third = await _client.GetAsync(url, TestContext.Current.CancellationToken);

        Assert.Null(first.Headers.Age);
        Assert.Null(second.Headers.Age);
        Assert.NotNull(third.Headers.Age);
        Assert.Equal(await first.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), await third.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_query_asked_for_once_is_not_stored_so_other_queries_do_not_evict_the_ones_asked_again()
    {
        var once = new Uri($"{Http.Api}/content?filter=contentType:historyProgram&sort=name:desc", UriKind.Relative);
        var other = new Uri($"{Http.Api}/content?filter=contentType:historyProgram&sort=name:desc&take=5", UriKind.Relative);
        using var first = await _client.GetAsync(once, TestContext.Current.CancellationToken);
        using var different = await _client.GetAsync(other, TestContext.Current.CancellationToken);
        using var again = await _client.GetAsync(once, TestContext.Current.CancellationToken);

        Assert.Null(different.Headers.Age);
        Assert.Null(again.Headers.Age);
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_the_delivery_and_history_endpoints()
    {
        var document = await _client.Json("/openapi/v1.json");
        var paths = document["paths"]!.AsObject().Select(p => p.Key).ToArray();

        Assert.Contains("/umbraco/delivery/api/v2/content", paths);
        Assert.Contains("/umbraco/delivery/api/v2/content/item/{id}", paths);
        Assert.Contains("/umbraco/delivery/api/v2/content/items", paths);
        Assert.Contains("/history/api/v1/documents/{id}/posts", paths);
        Assert.Contains("/health", paths);
        Assert.NotNull(document["components"]!["schemas"]!["ApiContentResponseModel"]);
    }

    [Fact]
    public async Task The_api_reference_index_and_health_pages_answer()
    {
        using var reference = await _client.GetAsync(new Uri("/api-reference/", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, reference.StatusCode);
        Assert.Contains("openapi/v1.json", await reference.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);

        var index = await _client.GetStringAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Contains("<h1>History site</h1>", index, StringComparison.Ordinal);

        var health = await _client.Json("/health");
        Assert.Equal("ok", health["status"]!.GetValue<string>());
        Assert.Equal(3, health["snapshot"]!["types"]!["historyBlogPost"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("/no/such/page")]
    [InlineData("/umbraco/delivery/api/v3/content")]
    [InlineData("/history/api/v1/nothing")]
    public async Task An_unknown_path_is_a_404_problem(string path)
    {
        await _client.Problem(path, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_wrong_method_is_a_405_problem()
    {
        using var response = await _client.PostAsync(new Uri($"{Http.Api}/content", UriKind.Relative), new StringContent("{}"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task No_bad_query_string_ever_gives_a_500()
    {
        string[] parameters = ["fetch", "filter", "sort", "skip", "take", "fields", "expand", "id", "includeProjects"];
        string[] values =
        [
            "", "!", ":", "::", "%00", "%FF%FE", "children:", "descendants:%2F%2F..%2F", "ancestors:../../etc", "contentType:!", "name:!", "author:!,",
            "author:" + new string('a', 5000), "documentDate>:", "documentDate<9999-99-99", "publishDate>-1", "createDate>:2024-02-30",
            "properties[", "properties[$all[properties[$all[properties[$all[properties[$all[properties[$all[properties[$all[properties[$all[properties[$all[properties[x]]]]]]]]]]]]]]]]]",
            "properties[a,,b]", "name:asc", "-2147483648", "2147483648", "99999999999", "1e3", "true", "null", "[]", "{}", "'\"<script>",
            "𝓤𝓷𝓲𝓬𝓸𝓭𝓮", "\u202e", "level:desc", "path:asc", "sortOrder:", "citesDocument:" + Guid.NewGuid(),
        ];
        string[] paths =
        [
            $"{Http.Api}/content", $"{Http.Api}/content/items", $"{Http.Api}/content/item/{TestSite.FailedDiplomacy}", $"{Http.Api}/content/item/posts/failed-diplomacy",
            $"/history/api/v1/programs/{TestSite.Happ}/posts", $"/history/api/v1/posts/{TestSite.FailedDiplomacy}/documents",
        ];
        var random = new Random(1947);
        for (var i = 0; i < 400; i++)
        {
            var query = string.Join('&', Enumerable.Range(0, random.Next(1, 4))
                .Select(_ => parameters[random.Next(parameters.Length)] + "=" + Uri.EscapeDataString(values[random.Next(values.Length)])));
            var url = paths[random.Next(paths.Length)] + "?" + query;
            using var response = await _client.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);

            Assert.True((int)response.StatusCode < 500, $"{url} gave {response.StatusCode}");
            if ((int)response.StatusCode >= 400)
            {
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
                Assert.NotNull(JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!["detail"]);
            }
        }
    }
}
