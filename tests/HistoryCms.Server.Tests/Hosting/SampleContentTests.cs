using System.Net;

namespace HistoryCms.Server.Tests.Hosting;

/// <summary>
/// The server over a copy of the shipped sample content, through the real uSync reader and file watcher. The tests that
/// change, break or delete a file each run their own <see cref="SampleServer"/>; the others share one.
/// </summary>
[Collection(SharedSampleServer.Name)]
public sealed class SampleContentTests
{
    private const string PostFile = "failed-diplomacy-soviet-american-relations-and-the-division-of-korea.config";
    private const string PostPath = "/posts/failed-diplomacy-soviet-american-relations-and-the-division-of-korea/";
    private readonly HttpClient _client;

    public SampleContentTests(SampleServer server) => _client = server.Client;

    [Fact]
    public async Task The_sample_site_is_served_with_its_routes_and_types()
    {
        var health = await _client.Json("/health");
        Assert.Equal("ok", health["status"]!.GetValue<string>());
        Assert.Equal(1, health["snapshot"]!["types"]!["historyBlogPost"]!.GetValue<int>());
        Assert.Equal(3, health["snapshot"]!["types"]!["historyProgram"]!.GetValue<int>());

        var post = await _client.Json($"{Http.Api}/content/item{PostPath}");
        Assert.Equal(Contract.SchemaProperties("ApiContentResponseModel"), Contract.Names(post));
        Assert.Equal("Charles Kraus", post["properties"]!["authors"]![0]!["name"]!.GetValue<string>());
        Assert.Equal("/", (await _client.Json($"{Http.Api}/content/item/"))["route"]!["path"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_sample_posts_citations_link_both_ways()
    {
        var post = await _client.Json($"{Http.Api}/content/item{PostPath}");
        var id = post["id"]!.GetValue<string>();

        var documents = (await _client.Json($"/history/api/v1/posts/{id}/documents"))["items"]!.AsArray();
        Assert.NotEmpty(documents);
        foreach (var document in documents)
        {
            var citing = await _client.Json($"/history/api/v1/documents/{document!["id"]!.GetValue<string>()}/posts");
            Assert.Contains(id, citing["items"]!.AsArray().Select(i => i!["id"]!.GetValue<string>()));
        }

        var query = await _client.Json($"{Http.Api}/content?filter=citesDocument:{documents[0]!["id"]!.GetValue<string>()}");
        Assert.Equal([post["name"]!.GetValue<string>()], Http.Names(query));
    }

    [Fact]
    public async Task The_sample_posts_citations_and_the_HAPP_pages_blocks_are_resolved()
    {
        var post = await _client.Json($"{Http.Api}/content/item{PostPath}");
        var citations = post["properties"]!["citations"]!.AsArray();
        Assert.NotEmpty(citations);
        Assert.All(citations, c =>
        {
            Assert.NotNull(c!["document"]);
            Assert.False(string.IsNullOrWhiteSpace(c["formatted"]!["note"]!.GetValue<string>()));
        });
        Assert.Equal(Enumerable.Range(1, citations.Count), citations.Select(c => c!["number"]!.GetValue<int>()));

        var happ = await _client.Json($"{Http.Api}/content/item/programs/history-and-public-policy-program/");
        var blocks = happ["properties"]!["blocks"]!.AsArray();
        var kinds = blocks.Select(b => b!["kind"]!.GetValue<string>()).ToArray();
        Assert.True(kinds.Distinct().Count() >= 4, string.Join(", ", kinds));
        var promos = blocks.First(b => b!["kind"]!.GetValue<string>() == "projectPromos")!["content"]!["items"]!.AsArray();
        Assert.Contains(promos, p => p!["program"]!["name"]!.GetValue<string>() == "North Korea International Documentation Project");
        var latest = blocks.First(b => b!["kind"]!.GetValue<string>() == "latestPosts")!["content"]!["posts"]!.AsArray();
        Assert.Contains(latest, p => p!["id"]!.GetValue<string>() == post["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_sample_post_exports_itself_and_its_sources_as_RIS_and_CSL_JSON()
    {
        var id = (await _client.Json($"{Http.Api}/content/item{PostPath}"))["id"]!.GetValue<string>();

        var notes = await _client.Json($"/history/api/v1/posts/{id}/citations");
        Assert.NotEmpty(notes["items"]!.AsArray());
        using var ris = await _client.GetAsync(new Uri($"/history/api/v1/posts/{id}/sources.ris", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal("application/x-research-info-systems", ris.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("TY  - MANSCPT", await ris.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        var csl = System.Text.Json.Nodes.JsonNode.Parse(await _client.GetStringAsync(new Uri($"/history/api/v1/posts/{id}/sources.csl.json", UriKind.Relative), TestContext.Current.CancellationToken))!.AsArray();
        Assert.Equal("manuscript", csl[0]!["type"]!.GetValue<string>());
        await _client.Problem($"/history/api/v1/posts/{Guid.NewGuid()}/sources.ris", HttpStatusCode.NotFound);

        // "Cite this post": the post itself, a blog post of the site, with no date since the sample post has no publish date.
        var own = await _client.GetStringAsync(new Uri($"/history/api/v1/posts/{id}/citation.ris", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.StartsWith("TY  - BLOG\r\nTI  - Failed Diplomacy", own, StringComparison.Ordinal);
        Assert.Contains("AU  - Kraus, Charles\r\n", own, StringComparison.Ordinal);
        Assert.DoesNotContain("DA  - ", own, StringComparison.Ordinal);
        var post = Assert.Single(System.Text.Json.Nodes.JsonNode.Parse(await _client.GetStringAsync(new Uri($"/history/api/v1/posts/{id}/citation.csl.json", UriKind.Relative), TestContext.Current.CancellationToken))!.AsArray())!;
        Assert.Equal("post-weblog", post["type"]!.GetValue<string>());
        Assert.EndsWith(PostPath, post["URL"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_sample_document_exports_as_RIS_and_CSL_JSON_with_its_record_or_page_address()
    {
        var documents = (await _client.Json($"{Http.Api}/content?filter=contentType:historyArchivalDocument&take=100"))["items"]!.AsArray();
        Assert.NotEmpty(documents);
        foreach (var document in documents)
        {
            var id = document!["id"]!.GetValue<string>();
            var path = document["route"]!["path"]!.GetValue<string>();
            var ris = await _client.GetStringAsync(new Uri($"/history/api/v1/documents/{id}/citation.ris", UriKind.Relative), TestContext.Current.CancellationToken);
            Assert.StartsWith("TY  - ", ris, StringComparison.Ordinal);
            Assert.Contains($"TI  - {document["name"]!.GetValue<string>()}", ris, StringComparison.Ordinal);
            // A record on the digital archive is cited at its page there, as the archive's own RIS does; any other at its page here.
            var archiveUrl = document["properties"]?["archiveUrl"]?.GetValue<string>();
            Assert.Contains(string.IsNullOrEmpty(archiveUrl) ? path : $"UR  - {archiveUrl}", ris, StringComparison.Ordinal);
            // The sample server's appsettings.json names the publisher the archive's own RIS gives (DP, Zotero's libraryCatalog).
            Assert.Contains("DP  - Woodrow Wilson International Center for Scholars", ris, StringComparison.Ordinal);
            var csl = System.Text.Json.Nodes.JsonNode.Parse(await _client.GetStringAsync(new Uri($"/history/api/v1/documents/{id}/citation.csl.json", UriKind.Relative), TestContext.Current.CancellationToken))!.AsArray();
            Assert.Equal(id, Assert.Single(csl)!["id"]!.GetValue<string>());
        }

        await _client.Problem($"/history/api/v1/documents/{Guid.NewGuid()}/citation.ris", HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("Vyshinsky")]
    [InlineData("Vyshinskii")]
    [InlineData("Вышинский")]
    public async Task The_archive_search_over_the_sample_finds_the_post(string query)
    {
        var results = await Http.Eventually(() => _client.Json($"/history/api/v1/search?q={Uri.EscapeDataString(query)}"), r => r["results"]!.AsArray().Count > 0);

        Assert.Contains(results["results"]!.AsArray(), r => r!["route"]?.ToString().Contains("failed-diplomacy", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task A_changed_file_is_served_after_the_reload()
    {
        using var own = new SampleServer();
        var before = await own.Client.Json($"{Http.Api}/content/item{PostPath}");
        var standfirst = before["properties"]!["standfirst"]!.GetValue<string>();
        var text = await File.ReadAllTextAsync(own.Sample.File(PostFile), TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(own.Sample.File(PostFile), text.Replace(standfirst, "A changed standfirst.", StringComparison.Ordinal), TestContext.Current.CancellationToken);

        var after = await Http.Eventually(async () => (await own.Client.Json($"{Http.Api}/content/item{PostPath}"))["properties"]!["standfirst"]!.GetValue<string>(), s => s == "A changed standfirst.");

        Assert.Equal("A changed standfirst.", after);
    }

    [Fact]
    public async Task A_broken_file_keeps_the_last_good_content_serving_and_health_names_its_path_and_line()
    {
        using var own = new SampleServer();
        var text = await File.ReadAllTextAsync(own.Sample.File(PostFile), TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(own.Sample.File(PostFile), text.Replace("</Info>", "<Info>", StringComparison.Ordinal), TestContext.Current.CancellationToken);

        var health = await Http.Eventually(() => own.Client.Json("/health"), h => h["status"]!.GetValue<string>() == "degraded");

        var problem = health["problems"]![0]!;
        Assert.EndsWith(PostFile, problem["path"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.True(problem["line"]!.GetValue<int>() > 1);
        var post = await own.Client.Json($"{Http.Api}/content/item{PostPath}");
        Assert.Equal("historyBlogPost", post["contentType"]!.GetValue<string>());

        await File.WriteAllTextAsync(own.Sample.File(PostFile), text, TestContext.Current.CancellationToken);
        await Http.Eventually(() => own.Client.Json("/health"), h => h["status"]!.GetValue<string>() == "ok");
    }

    [Fact]
    public async Task A_deleted_file_disappears_from_the_content()
    {
        using var own = new SampleServer();
        var documents = await own.Client.Json($"{Http.Api}/content?filter=contentType:historyArchivalDocument");
        File.Delete(own.Sample.File("us-draft-resolution-on-korea.config"));

        await Http.Eventually(() => own.Client.Json($"{Http.Api}/content?filter=contentType:historyArchivalDocument"), d => d["total"]!.GetValue<long>() == documents["total"]!.GetValue<long>() - 1);
        await own.Client.Problem($"{Http.Api}/content/item/archive/us-draft-resolution-on-korea/", HttpStatusCode.NotFound);
    }
}
