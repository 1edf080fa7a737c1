using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;

namespace HistoryCms.Import.Tests.Acceptance;

/// <summary>
/// After an import into a copy of the sample site, the running delivery server (HistoryCms.Server, which watches its uSync
/// folder and reloads) serves the new documents, search finds them, and their pages render.
/// </summary>
public sealed class DeliveryServerTests : IDisposable
{
    private const string Csv = "record_id,title,original_publication_date,summary,language,associated_places,subjects_discussed,source,document_url\r\n"
        + "990001,Memorandum on the Quuxfield Conference,\"March 3, 1961\",The delegations at Quuxfield agree on a timetable.,\"[\"\"French\"\"]\",\"[\"\"France\"\"]\",\"[\"\"Disarmament\"\"]\",\"BArch, B 136/1, 1-2.\",https://digitalarchive.wilsoncenter.org/document/990001\r\n";

    private readonly TempFolder _site = new(RepositoryPaths.SampleUSync);

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task The_running_server_reloads_and_serves_searches_and_renders_the_imported_document()
    {
        var port = FreePort();
        using var server = ChildProcess.Start("run", "--project", "src/HistoryCms.Server", "--no-build", "-c", "Release", "--",
            "--urls", $"http://127.0.0.1:{port}", $"--HistoryCms:ContentPath={_site.Path}", "--HistoryCms:ReloadDelayMilliseconds=200");
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        await WaitForHealth(client, server);
        var before = await Json(client, "/umbraco/delivery/api/v2/content?filter=contentType:historyArchivalDocument&take=100");

        var report = Importer.Records(_site.Path, files: [_site.Write("new.csv", Csv)]);
        Assert.Equal(1, report.Created);

        var after = await Eventually(() => Json(client, "/umbraco/delivery/api/v2/content?filter=contentType:historyArchivalDocument&take=100"),
            page => page["total"]!.GetValue<long>() == before["total"]!.GetValue<long>() + 1);
        Assert.Contains(after["items"]!.AsArray(), i => i!["name"]!.GetValue<string>() == "Memorandum on the Quuxfield Conference");

        var found = await Eventually(() => Json(client, "/history/api/v1/search?q=Quuxfield"), r => r["results"]!.AsArray().Count > 0);
        Assert.Equal("Memorandum on the Quuxfield Conference", found["results"]![0]!["title"]?.GetValue<string>() ?? found["results"]![0]!["name"]!.GetValue<string>());

        using var page = await client.GetAsync(new Uri("/archive/memorandum-on-the-quuxfield-conference/", UriKind.Relative), TestContext.Current.CancellationToken);
        var html = await page.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(page.StatusCode == HttpStatusCode.OK, html);
        Assert.Contains("Memorandum on the Quuxfield Conference", html, StringComparison.Ordinal);
        Assert.Contains("The delegations at Quuxfield agree on a timetable.", html, StringComparison.Ordinal);
    }

    private static async Task<JsonNode> Json(HttpClient client, string url) =>
        JsonNode.Parse(await client.GetStringAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken))!;

    private static async Task<JsonNode> Eventually(Func<Task<JsonNode>> read, Func<JsonNode, bool> done)
    {
        var value = await read();
        for (var i = 0; i < 300 && !done(value); i++)
        {
            await Task.Delay(100, TestContext.Current.CancellationToken);
            value = await read();
        }

        Assert.True(done(value), "Not reached in 30 s: " + value.ToJsonString());
        return value;
    }

    private static async Task WaitForHealth(HttpClient client, ChildProcess server)
    {
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (DateTime.UtcNow < deadline && !server.HasExited)
        {
            try
            {
                using var response = await client.GetAsync(new Uri("/health", UriKind.Relative), TestContext.Current.CancellationToken);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                await Task.Delay(200, TestContext.Current.CancellationToken);
            }
        }

        Assert.Fail("The server did not answer /health: " + string.Join('\n', server.Output));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
