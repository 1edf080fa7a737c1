using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using HistoryCms.Server.Snapshot;
using Microsoft.Extensions.DependencyInjection;

namespace HistoryCms.Server.Tests.Snapshot;

/// <summary>
/// What search serves while the index is built after start-up (here held until the test starts the feeder): the answer
/// says the index is not ready, and neither the output cache nor a client's ETag keeps that answer once it is.
/// </summary>
public sealed class SearchBeforeTheFirstBuildTests : IDisposable
{
    private const string Search = "/history/api/v1/search?q=Vyshinsky";
    private readonly SampleContent _sample = new();
    private readonly ServerFactory _factory;
    private readonly HttpClient _client;

    public SearchBeforeTheFirstBuildTests()
    {
        _factory = new ServerFactory(null, _sample.Root, indexOnStart: false);
        _client = _factory.CreateClient();
    }

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private SearchIndexFeeder Feeder => _factory.Services.GetRequiredService<SearchIndexFeeder>();

    public void Dispose()
    {
        _client.Dispose();
        _factory.Dispose();
        _sample.Dispose();
    }

    [Fact]
    public async Task An_answer_from_before_the_first_build_says_so_and_is_replaced_once_the_index_is_built()
    {
        var (status, early, earlyTag) = await Get(Search);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(0, early["total"]!.GetValue<int>());
        Assert.Contains(IndexStateNotices.Building, Notices(early));
        Assert.NotNull(earlyTag);
        Assert.NotEqual(_factory.Holder.Current.ETag, earlyTag.ToString());
        Assert.False((await _client.Json("/health"))["search"]!["current"]!.GetValue<bool>());

        // Answers that do not come from the index keep the snapshot's tag meanwhile.
        var post = await _client.Json($"{Http.Api}/content/item/posts/failed-diplomacy-soviet-american-relations-and-the-division-of-korea/");
        var (_, _, citationsTag) = await Get($"/history/api/v1/posts/{post["id"]}/documents");
        Assert.Equal(_factory.Holder.Current.ETag, citationsTag?.ToString());

        // Asked again while the index is still not built: the cached answer, with the same tag.
        var (_, again, againTag) = await Get(Search);
        Assert.Equal(earlyTag, againTag);
        Assert.Equal(early.ToJsonString(), again.ToJsonString());

        await Feeder.StartAsync(Token);
        try
        {
            for (var i = 0; i < 200 && Feeder.LastUpdate is null; i++)
            {
                await Task.Delay(50, Token);
            }

            Assert.NotNull(Feeder.LastUpdate);

            // The client revalidates with the tag of the early answer: it gets the new one, not a 304 or the cached copy.
            var (revalidated, built, builtTag) = await Get(Search, earlyTag);
            Assert.Equal(HttpStatusCode.OK, revalidated);
            Assert.Contains(built["results"]!.AsArray(), r => r!["route"]!.GetValue<string>().Contains("failed-diplomacy", StringComparison.Ordinal));
            Assert.Empty(Notices(built));
            Assert.Equal(_factory.Holder.Current.ETag, builtTag?.ToString());

            var (notModified, _, _) = await Get(Search, builtTag);
            Assert.Equal(HttpStatusCode.NotModified, notModified);
        }
        finally
        {
            await Feeder.StopAsync(Token);
        }
    }

    [Fact]
    public async Task The_search_page_before_the_first_build_shows_the_notice()
    {
        using var response = await _client.GetAsync(new Uri("/search?q=Vyshinsky", UriKind.Relative), Token);
        var html = await response.Content.ReadAsStringAsync(Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(WebUtility.HtmlEncode(IndexStateNotices.Building), html, StringComparison.Ordinal);
    }

    private static string[] Notices(JsonNode response) => [.. response["notices"]!.AsArray().Select(n => n!.GetValue<string>())];

    private async Task<(HttpStatusCode Status, JsonNode Body, EntityTagHeaderValue? ETag)> Get(string url, EntityTagHeaderValue? ifNoneMatch = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        if (ifNoneMatch is not null)
        {
            request.Headers.IfNoneMatch.Add(ifNoneMatch);
        }

        using var response = await _client.SendAsync(request, Token);
        var body = await response.Content.ReadAsStringAsync(Token);
        return (response.StatusCode, body.Length == 0 ? new JsonObject() : JsonNode.Parse(body)!, response.Headers.ETag);
    }
}
