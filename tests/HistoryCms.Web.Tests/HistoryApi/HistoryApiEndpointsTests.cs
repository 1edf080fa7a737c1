using System.Net;
using System.Text.Json.Nodes;
using HistoryCms.Core.Content;
using HistoryCms.Core.Delivery;
using HistoryCms.Web.HistoryApi;
using HistoryCms.Web.Rendering;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using T = HistoryCms.Core.HistoryAliases.ContentTypes;

namespace HistoryCms.Web.Tests.HistoryApi;

/// <summary>The History API in a bare ASP.NET Core host over a test double of the graph: what a site gets from the package.</summary>
public sealed class HistoryApiEndpointsTests : IAsyncLifetime
{
    private static readonly Guid Root = Guid.NewGuid();
    private static readonly Guid Program = Guid.NewGuid();
    private static readonly Guid Project = Guid.NewGuid();
    private static readonly Guid Author = Guid.NewGuid();
    private static readonly Guid CoAuthor = Guid.NewGuid();
    private static readonly Guid UndatedPost = Guid.NewGuid();
    private static readonly Guid Document = Guid.NewGuid();
    private static readonly Guid Post = Guid.NewGuid();
    private static readonly Guid LaterPost = Guid.NewGuid();

    private readonly WebApplication _app;
    private HttpClient _client = null!;

    public HistoryApiEndpointsTests()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddProblemDetails();
        builder.Services.AddSingleton<IHistoryGraph>(new InMemoryHistoryGraph(Items()));
        _app = builder.Build();
        _app.UseStatusCodePages();
        _app.MapHistoryApi();
    }

    public async ValueTask InitializeAsync()
    {
        await _app.StartAsync(TestContext.Current.CancellationToken);
        _client = _app.GetTestClient();
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _app.DisposeAsync();
    }

    [Fact]
    public async Task The_lists_answer_with_total_and_summaries()
    {
        var page = await Json($"/history/api/v1/documents/{Document}/posts");

        Assert.Equal(2, page["total"]!.GetValue<long>());
        Assert.Equal(["A later post", "A post"], page["items"]!.AsArray().Select(i => i!["name"]!.GetValue<string>()));
        Assert.Equal("2024-05-01", page["items"]![1]!["date"]!.GetValue<string>());
        Assert.Equal("1947-10-17", (await Json($"/history/api/v1/posts/{Post}/documents"))["items"]![0]!["date"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_program_includes_its_projects_by_default()
    {
        Assert.Equal(2, (await Json($"/history/api/v1/programs/{Program}/posts"))["total"]!.GetValue<long>());
        Assert.Equal(1, (await Json($"/history/api/v1/programs/{Program}/posts?includeProjects=false"))["total"]!.GetValue<long>());
        Assert.Equal(1, (await Json($"/history/api/v1/programs/{Program}/documents"))["total"]!.GetValue<long>());
        Assert.Equal(["A later post"], (await Json($"/history/api/v1/authors/{Author}/posts?take=1"))["items"]!.AsArray().Select(i => i!["name"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_posts_citations_come_as_formatted_notes_RIS_and_CSL_JSON()
    {
        var notes = await Json($"/history/api/v1/posts/{Post}/citations");
        Assert.Contains("Draft resolution", notes["items"]![0]!["formatted"]!["note"]!.GetValue<string>(), StringComparison.Ordinal);

        using var ris = await _client.GetAsync(new Uri($"/history/api/v1/posts/{Post}/sources.ris", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Contains("TI  - Draft resolution", await ris.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal("attachment", ris.Content.Headers.ContentDisposition?.DispositionType);
    }

    [Fact]
    public async Task Cite_this_post_downloads_the_post_itself_as_a_RIS_blog_record()
    {
        // RIS specification (Research Information Systems, RefMan): TY BLOG for a web log entry, TI its title, AU each
        // author "Family, Given", PY the year, DA YYYY/MM/DD/, T2 the secondary title (the web log), UR, AB; CRLF lines.
        using var ris = await _client.GetAsync(new Uri($"/history/api/v1/posts/{Post}/citation.ris", UriKind.Relative), TestContext.Current.CancellationToken);
        var text = await ris.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, ris.StatusCode);
        Assert.Equal("application/x-research-info-systems", ris.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"post-{Post:N}.ris", ris.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Equal(
            "TY  - BLOG\r\nTI  - A post\r\nAU  - Kraus, Charles\r\nPY  - 2024\r\nDA  - 2024/05/01/\r\nT2  - Test Center Blog\r\nUR  - http://localhost/a-post/\r\nER  - \r\n",
            text);

        var undated = await _client.GetStringAsync(new Uri($"/history/api/v1/posts/{UndatedPost}/citation.ris", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(
            "TY  - BLOG\r\nTI  - An undated post\r\nAU  - Kraus, Charles\r\nAU  - van Beethoven, Ludwig\r\nT2  - Test Center Blog\r\nUR  - http://localhost/an-undated-post/\r\nAB  - What it says.\r\nER  - \r\n",
            undated);
    }

    [Fact]
    public async Task Cite_this_post_downloads_the_post_itself_as_a_CSL_JSON_post_weblog()
    {
        using var csl = await _client.GetAsync(new Uri($"/history/api/v1/posts/{Post}/citation.csl.json", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal("application/vnd.citationstyles.csl+json", csl.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"post-{Post:N}.csl.json", csl.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var item = Assert.Single(JsonNode.Parse(await csl.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!.AsArray())!;

        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse($$"""
                {"id":"{{Post}}","type":"post-weblog","title":"A post","author":[{"family":"Kraus","given":"Charles"}],
                 "issued":{"date-parts":[[2024,5,1]]},"container-title":"Test Center Blog","URL":"http://localhost/a-post/"}
                """),
            item), item.ToJsonString());

        var undated = Assert.Single(JsonNode.Parse(await _client.GetStringAsync(new Uri($"/history/api/v1/posts/{UndatedPost}/citation.csl.json", UriKind.Relative), TestContext.Current.CancellationToken))!.AsArray())!;
        Assert.Null(undated["issued"]);
        Assert.Equal(["Kraus", "van Beethoven"], undated["author"]!.AsArray().Select(a => a!["family"]!.GetValue<string>()));
        Assert.Equal("What it says.", undated["abstract"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_posts_sources_download_separately_as_the_documents_it_cites()
    {
        var ris = await _client.GetStringAsync(new Uri($"/history/api/v1/posts/{Post}/sources.ris", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.StartsWith("TY  - MANSCPT\r\nTI  - Draft resolution", ris, StringComparison.Ordinal);
        Assert.DoesNotContain("BLOG", ris, StringComparison.Ordinal);

        var csl = JsonNode.Parse(await _client.GetStringAsync(new Uri($"/history/api/v1/posts/{Post}/sources.csl.json", UriKind.Relative), TestContext.Current.CancellationToken))!.AsArray();
        Assert.Equal(["manuscript"], csl.Select(i => i!["type"]!.GetValue<string>()));
        Assert.Equal(Document.ToString(), csl[0]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_archival_document_comes_as_RIS_and_CSL_JSON_downloads()
    {
        using var ris = await _client.GetAsync(new Uri($"/history/api/v1/documents/{Document}/citation.ris", UriKind.Relative), TestContext.Current.CancellationToken);
        var text = await ris.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, ris.StatusCode);
        Assert.Equal("application/x-research-info-systems", ris.Content.Headers.ContentType?.MediaType);
        Assert.Contains("TI  - Draft resolution", text, StringComparison.Ordinal);
        Assert.Single(text.Split('\n'), line => line.StartsWith("ER  -", StringComparison.Ordinal));
        Assert.Equal("attachment", ris.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal($"document-{Document:N}.ris", ris.Content.Headers.ContentDisposition?.FileName?.Trim('"'));

        using var csl = await _client.GetAsync(new Uri($"/history/api/v1/documents/{Document}/citation.csl.json", UriKind.Relative), TestContext.Current.CancellationToken);
        var item = Assert.Single(JsonNode.Parse(await csl.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!.AsArray())!;
        Assert.Equal(Document.ToString(), item["id"]!.GetValue<string>());
        Assert.StartsWith("Draft resolution", item["title"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_sites_citation_settings_reach_the_exports_and_the_digital_archive_style()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddProblemDetails();
        builder.Services.AddSingleton<IHistoryGraph>(new InMemoryHistoryGraph(Items()));
        builder.Services.AddHistoryPages(o =>
        {
            o.CitationPublisher = "Woodrow Wilson International Center for Scholars";
            o.DigitalArchiveCitationUrl = true;
            o.SiteBaseUrl = new Uri("https://history.example.org/");
        });
        await using var configured = builder.Build();
        configured.MapHistoryApi();
        await configured.StartAsync(TestContext.Current.CancellationToken);
        using var configuredClient = configured.GetTestClient();

        var ris = await configuredClient.GetStringAsync(new Uri($"/history/api/v1/documents/{Document}/citation.ris", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Contains("DP  - Woodrow Wilson International Center for Scholars", ris, StringComparison.Ordinal);
        Assert.DoesNotContain("DP  -", await _client.GetStringAsync(new Uri($"/history/api/v1/documents/{Document}/citation.ris", UriKind.Relative), TestContext.Current.CancellationToken), StringComparison.Ordinal);

        var notes = JsonNode.Parse(await configuredClient.GetStringAsync(new Uri($"/history/api/v1/posts/{Post}/citations", UriKind.Relative), TestContext.Current.CancellationToken))!;
        Assert.Contains("https://history.example.org/", notes["items"]![0]!["formatted"]!["digitalArchive"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.DoesNotContain("http", (await Json($"/history/api/v1/posts/{Post}/citations"))["items"]![0]!["formatted"]!["digitalArchive"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/history/api/v1/documents/{post}/citation.ris", HttpStatusCode.NotFound)]
    [InlineData("/history/api/v1/documents/{program}/citation.csl.json", HttpStatusCode.NotFound)]
    [InlineData("/history/api/v1/posts/{document}/documents", HttpStatusCode.NotFound)]
    [InlineData("/history/api/v1/documents/{post}/posts", HttpStatusCode.NotFound)]
    [InlineData("/history/api/v1/posts/{document}/sources.csl.json", HttpStatusCode.NotFound)]
    [InlineData("/history/api/v1/posts/{document}/citation.ris", HttpStatusCode.NotFound)]
    [InlineData("/history/api/v1/programs/{program}/posts?includeProjects=perhaps", HttpStatusCode.BadRequest)]
    [InlineData("/history/api/v1/authors/{author}/posts?take=-1", HttpStatusCode.BadRequest)]
    [InlineData("/history/api/v1/authors/{author}/posts?skip=1&skip=2", HttpStatusCode.BadRequest)]
    public async Task Wrong_ids_and_bad_parameters_are_problems(string template, HttpStatusCode status)
    {
        var url = template.Replace("{document}", Document.ToString(), StringComparison.Ordinal).Replace("{post}", Post.ToString(), StringComparison.Ordinal)
            .Replace("{program}", Program.ToString(), StringComparison.Ordinal).Replace("{author}", Author.ToString(), StringComparison.Ordinal);
        using var response = await _client.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private async Task<JsonNode> Json(string url)
    {
        using var response = await _client.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"{url}: {response.StatusCode} {body}");
        return JsonNode.Parse(body)!;
    }

    private static ContentItem[] Items() =>
    [
        Item(Root, T.SiteRoot, "Test Center Blog", null, "/", new() { ["collectionName"] = "Test Center" }),
        Item(Program, T.Program, "A program", Root, "/a-program/"),
        Item(Project, T.Program, "A project", Program, "/a-program/a-project/"),
        Item(Author, T.Author, "Charles Kraus", Root, "/an-author/"),
        Item(CoAuthor, T.Author, "Ludwig van Beethoven", Root, "/a-co-author/"),
        Item(Document, T.ArchivalDocument, "Draft resolution", Root, "/draft-resolution/", new() { ["documentDate"] = "1947-10-17", ["programs"] = Udi(Project) }),
        Item(Post, T.BlogPost, "A post", Root, "/a-post/", new()
        {
            ["publishDate"] = "2024-05-01 00:00:00", ["authors"] = Udi(Author), ["programs"] = Udi(Program),
            ["citations"] = $$$"""{"v":1,"citations":[{"key":"{{{Guid.NewGuid()}}}","documentKey":"{{{Document}}}","locator":{"label":"page","value":"2"}}]}""",
        }),
        Item(UndatedPost, T.BlogPost, "An undated post", Root, "/an-undated-post/", new() { ["authors"] = Udi(Author) + "," + Udi(CoAuthor), ["standfirst"] = "What it says." }),
        Item(LaterPost, T.BlogPost, "A later post", Root, "/a-later-post/", new()
        {
            ["publishDate"] = "2024-07-01 00:00:00", ["authors"] = Udi(Author), ["programs"] = Udi(Project),
            ["citations"] = $$$"""{"v":1,"citations":[{"key":"{{{Guid.NewGuid()}}}","documentKey":"{{{Document}}}"}]}""",
        }),
    ];

    private static string Udi(Guid key) => ContentUdi.ForDocument(key);

    private static ContentItem Item(Guid key, string type, string name, Guid? parent, string path, Dictionary<string, string?>? values = null) =>
        new(key, type, name, parent, 0, path.Count(c => c == '/'), DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, path, values ?? []);
}
