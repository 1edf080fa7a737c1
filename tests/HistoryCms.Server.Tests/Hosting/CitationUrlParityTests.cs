using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace HistoryCms.Server.Tests.Hosting;

/// <summary>
/// One cited document, one URL: the Delivery API's citations, the History API's citations and exports, the rendered post
/// and document pages all print the URL the site's one citation settings resolver gives, over real HTTP.
/// </summary>
public sealed partial class CitationUrlParityTests : IClassFixture<ServerFactoryFixture>
{
    private const string HistoryApi = "/history/api/v1";
    private readonly ServerFactoryFixture _fixture;

    public CitationUrlParityTests(ServerFactoryFixture fixture) => _fixture = fixture;

    [Fact]
    public async Task A_cited_documents_url_is_the_same_in_both_APIs_the_pages_and_the_RIS_exports()
    {
        using var client = _fixture.Factory.CreateClient();

        var urls = await CitationUrls(client, TestSite.UsDraft, "/archive/us-draft/");

        Assert.All(urls, pair => Assert.Equal(("http://localhost/archive/us-draft/", pair.Where), (pair.Url, pair.Where)));
    }

    [Fact]
    public async Task A_configured_site_address_is_the_one_every_output_prints()
    {
        await using var configured = _fixture.Factory.WithWebHostBuilder(b => b.UseSetting("HistoryCms:SiteBaseUrl", "https://archive.example.org/"));
        using var client = configured.CreateClient();

        var urls = await CitationUrls(client, TestSite.SovietDraft, "/archive/soviet-draft/");

        Assert.All(urls, pair => Assert.Equal(("https://archive.example.org/archive/soviet-draft/", pair.Where), (pair.Url, pair.Where)));
    }

    [Fact]
    public async Task Without_a_configured_address_each_host_name_gets_its_own_urls_in_the_Delivery_API()
    {
        // The Delivery API keeps an item's JSON with its snapshot node; the URLs in it follow the request's address.
        using var first = _fixture.Factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://first.example/") });
        using var second = _fixture.Factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://second.example/") });

        Assert.Equal("http://first.example/archive/us-draft/", await DeliveryUrl(first, TestSite.UsDraft));
        Assert.Equal("http://second.example/archive/us-draft/", await DeliveryUrl(second, TestSite.UsDraft));
        Assert.Equal("http://first.example/archive/us-draft/", await DeliveryUrl(first, TestSite.UsDraft));
    }

    private static async Task<string?> DeliveryUrl(HttpClient client, Guid document)
    {
        var citations = (await client.Json($"{Http.Api}/content/item/{TestSite.FailedDiplomacy}"))["properties"]!["citations"]!.AsArray();
        return citations.Single(c => c!["document"]!["id"]!.GetValue<string>() == document.ToString())!["document"]!["url"]?.GetValue<string>();
    }

    /// <summary>Every URL printed for the document cited by "Failed Diplomacy", with where it was read.</summary>
    private static async Task<List<(string? Url, string Where)>> CitationUrls(HttpClient client, Guid document, string path)
    {
        var urls = new List<(string? Url, string Where)>();
        var delivery = (await client.Json($"{Http.Api}/content/item/{TestSite.FailedDiplomacy}"))["properties"]!["citations"]!.AsArray();
        var history = (await client.Json($"{HistoryApi}/posts/{TestSite.FailedDiplomacy}/citations"))["items"]!.AsArray();
        foreach (var (citations, api) in new[] { (delivery, "Delivery API"), (history, "History API") })
        {
            var citation = citations.Single(c => c!["document"]!["id"]!.GetValue<string>() == document.ToString())!;
            urls.Add((citation["document"]!["url"]?.GetValue<string>(), $"{api} document.url"));
            urls.Add((Single(UrlsOf(citation["formatted"]!["note"]!.GetValue<string>(), path)), $"{api} formatted note"));
        }

        urls.AddRange(UrlsOf(await client.GetStringAsync(new Uri("/posts/failed-diplomacy/", UriKind.Relative), TestContext.Current.CancellationToken), path)
            .Select(u => ((string?)u, "post page")));
        urls.AddRange(UrlsOf(await client.GetStringAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken), path)
            .Select(u => ((string?)u, "document page")));
        urls.Add((Single(RisUrls(await client.GetStringAsync(new Uri($"{HistoryApi}/posts/{TestSite.FailedDiplomacy}/sources.ris", UriKind.Relative), TestContext.Current.CancellationToken), path)), "post RIS"));
        urls.Add((Single(RisUrls(await client.GetStringAsync(new Uri($"{HistoryApi}/documents/{document}/citation.ris", UriKind.Relative), TestContext.Current.CancellationToken), path)), "document RIS"));
        Assert.Contains(urls, u => u.Where == "post page");
        Assert.Contains(urls, u => u.Where == "document page");
        return urls;
    }

    private static string? Single(IEnumerable<string> urls) => urls.Distinct().SingleOrDefault();

    private static IEnumerable<string> UrlsOf(string text, string path) =>
        AbsoluteUrl().Matches(text).Select(m => m.Value.TrimEnd('.', ',', ';', ')')).Where(u => u.EndsWith(path, StringComparison.Ordinal));

    private static IEnumerable<string> RisUrls(string ris, string path) =>
        ris.Split('\n').Where(l => l.StartsWith("UR  - ", StringComparison.Ordinal)).Select(l => l[6..].Trim()).Where(u => u.EndsWith(path, StringComparison.Ordinal));

    [GeneratedRegex(@"https?://[^\s<>""']+")]
    private static partial Regex AbsoluteUrl();
}
