using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using HistoryCms.Core.Content;
using A = HistoryCms.Core.HistoryAliases.ContentTypes;

namespace HistoryCms.Server.Tests.Hosting;

/// <summary>The folders the Delivery API lists items under are pages too: listings, newest first, paged.</summary>
public sealed partial class FolderPageTests : IClassFixture<ServerFactoryFixture>
{
    private readonly HttpClient _client;

    public FolderPageTests(ServerFactoryFixture fixture) => _client = fixture.Factory.CreateClient();

    [Theory]
    [InlineData("/posts/", "Posts", new[] { "/posts/a-second-post/", "/posts/failed-diplomacy/", "/posts/zebra-notes/" })]
    [InlineData("/people/", "People", new[] { "/people/jane-doe/", "/people/charles-kraus/" })]
    [InlineData("/programs/", "Programs", new[] { "/programs/history-and-public-policy-program/" })]
    [InlineData("/archive/", "Archive", new[] { "/archive/undated-note/", "/archive/soviet-draft/", "/archive/us-draft/" })]
    public async Task A_folder_page_lists_its_items_newest_first(string path, string heading, string[] items)
    {
        var html = await Page(_client, path, HttpStatusCode.OK);

        Assert.Contains($"<h1 id=\"folder-name\">{heading}</h1>", html, StringComparison.Ordinal);
        Assert.Equal(items, CardLinks(html));
    }

    [Fact]
    public async Task The_programs_page_shows_each_program_with_its_projects()
    {
        var html = await Page(_client, "/programs/", HttpStatusCode.OK);

        Assert.Contains("/programs/history-and-public-policy-program/nkidp/", html, StringComparison.Ordinal);
        Assert.Contains("/programs/history-and-public-policy-program/cwihp/", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_folder_pages_through_its_items_with_working_page_links()
    {
        using var server = new ServerFactory();
        using var factory = server.WithWebHostBuilder(b => b.UseSetting("HistoryCms:Pages:FolderPageSize", "2"));
        using var paged = factory.CreateClient();

        var first = await Page(paged, "/posts/", HttpStatusCode.OK);
        Assert.Equal(["/posts/a-second-post/", "/posts/failed-diplomacy/"], CardLinks(first));
        var next = Assert.Single(NextLink().Matches(first)).Groups[1].Value;
        Assert.Equal("/posts/?page=2", next);

        var second = await Page(paged, next, HttpStatusCode.OK);
        Assert.Equal(["/posts/zebra-notes/"], CardLinks(second));
        Assert.Equal("/posts/", Assert.Single(PreviousLink().Matches(second)).Groups[1].Value);
        Assert.Empty(NextLink().Matches(second));

        await Page(paged, "/posts/?page=3", HttpStatusCode.NotFound);
        await Page(paged, "/posts/?page=0", HttpStatusCode.NotFound);
        await Page(paged, "/posts/?page=two", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_post_without_a_publish_date_shows_no_date_on_its_page_or_in_lists()
    {
        var post = await Page(_client, "/posts/a-second-post/", HttpStatusCode.OK);
        var list = await Page(_client, "/posts/", HttpStatusCode.OK);

        // The post was created on 2024-06-01: that is not its publication date.
        Assert.DoesNotContain("2024-06-01", post, StringComparison.Ordinal);
        Assert.DoesNotContain("history-byline__date", post, StringComparison.Ordinal);
        Assert.DoesNotContain("2024-06-01", list, StringComparison.Ordinal);
        Assert.Contains("<time datetime=\"2024-05-01\">May 1, 2024</time>", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_program_page_lists_a_featured_document_once()
    {
        var items = TestSite.Items().Select(i => i.Key == TestSite.Happ ? WithFeatured(i, TestSite.UsDraft) : i).ToList();
        using var server = new ServerFactory(new SwappableContentSource(items));
        using var featured = server.CreateClient();

        var html = await Page(featured, "/programs/history-and-public-policy-program/", HttpStatusCode.OK);

        Assert.Single(Regex.Matches(html, "href=\"/archive/us-draft/\""));
        Assert.Single(Regex.Matches(html, "href=\"/archive/soviet-draft/\""));
        Assert.Contains("All 3 documents of History and Public Policy Program", html, StringComparison.Ordinal);
    }

    private static ContentItem WithFeatured(ContentItem program, Guid document) =>
        TestSite.Item(program.Key, A.Program, program.Name, program.ParentKey, program.SortOrder, program.RoutePath, new()
        {
            ["shortDescription"] = "The program.",
            ["blocks"] = """{"v":2,"blocks":[{"key":"60000000-0000-0000-0000-000000000002","kind":"featuredDocuments","content":{"documents":["DOCUMENT"]},"settings":{}}]}"""
                .Replace("DOCUMENT", document.ToString("D"), StringComparison.Ordinal),
        });

    private static async Task<string> Page(HttpClient client, string path, HttpStatusCode expected)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(expected == response.StatusCode, $"{path}: {response.StatusCode}");
        return html;
    }

    private static string[] CardLinks(string html) => [.. CardLink().Matches(html).Select(m => m.Groups[1].Value)];

    [GeneratedRegex("""<h3 class="history-card__title"><a href="([^"]+)">""")]
    private static partial Regex CardLink();

    [GeneratedRegex("""<a href="([^"]+)" rel="next">""")]
    private static partial Regex NextLink();

    [GeneratedRegex("""<a href="([^"]+)" rel="prev">""")]
    private static partial Regex PreviousLink();
}
