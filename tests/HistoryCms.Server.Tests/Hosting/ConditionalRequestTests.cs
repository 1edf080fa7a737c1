using System.Net;
using System.Net.Http.Headers;

namespace HistoryCms.Server.Tests.Hosting;

/// <summary>Conditional GET per RFC 9110 (13.1.2 If-None-Match, weak comparison) and Vary (12.5.5) over HTTP.</summary>
public sealed class ConditionalRequestTests : IClassFixture<ServerFactoryFixture>
{
    private readonly HttpClient _client;

    public ConditionalRequestTests(ServerFactoryFixture fixture) => _client = fixture.Factory.CreateClient();

    public static TheoryData<string> Urls => new()
    {
        $"{Http.Api}/content/item/{TestSite.Kraus}",
        $"{Http.Api}/content?filter=contentType:historyAuthor",
        $"/history/api/v1/authors/{TestSite.Kraus}/posts",
        "/posts/failed-diplomacy/",
        "/posts/",
    };

    [Theory]
    [MemberData(nameof(Urls))]
    public async Task A_strong_looking_tag_equal_to_the_weak_ETag_gives_304(string url)
    {
        var etag = await ETagOf(url);
        Assert.True(etag.IsWeak);

        using var response = await Conditional(url, etag.Tag);

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
        Assert.Equal(etag, response.Headers.ETag);
    }

    [Theory]
    [MemberData(nameof(Urls))]
    public async Task A_star_or_a_list_holding_the_ETag_gives_304(string url)
    {
        var etag = await ETagOf(url);

        using var star = await Conditional(url, "*");
        using var list = await Conditional(url, $"\"other\", W/\"more\", {etag}");

        Assert.Equal(HttpStatusCode.NotModified, star.StatusCode);
        Assert.Equal(HttpStatusCode.NotModified, list.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Urls))]
    public async Task A_list_without_the_ETag_gives_the_full_answer(string url)
    {
        using var response = await Conditional(url, "\"other\", W/\"more\"");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Html_pages_carry_an_ETag()
    {
        using var response = await _client.GetAsync(new Uri("/posts/failed-diplomacy/", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(response.Headers.ETag);
    }

    [Theory]
    [InlineData("/umbraco/delivery/api/v2/content?take=1")]
    [InlineData("/umbraco/delivery/api/v2/content/item/posts/failed-diplomacy")]
    public async Task Answers_that_depend_on_Start_Item_name_it_in_Vary_even_when_304(string url)
    {
        using var full = await _client.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);
        using var notModified = await Conditional(url, full.Headers.ETag!.Tag);

        Assert.Contains("Start-Item", full.Headers.Vary);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Contains("Start-Item", notModified.Headers.Vary);
    }

    [Fact]
    public async Task An_item_by_id_does_not_depend_on_Start_Item()
    {
        using var response = await _client.GetAsync(new Uri($"{Http.Api}/content/item/{TestSite.Kraus}", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.DoesNotContain("Start-Item", response.Headers.Vary);
    }

    [Fact]
    public async Task A_negotiated_404_names_Accept_in_Vary()
    {
        using var response = await _client.GetAsync(new Uri("/posts/nothing-here/", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Accept", response.Headers.Vary);
    }

    private async Task<EntityTagHeaderValue> ETagOf(string url)
    {
        using var response = await _client.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return response.Headers.ETag!;
    }

    private async Task<HttpResponseMessage> Conditional(string url, string ifNoneMatch)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        return await _client.SendAsync(request, TestContext.Current.CancellationToken);
    }
}
