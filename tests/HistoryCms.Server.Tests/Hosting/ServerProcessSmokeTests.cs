using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;

namespace HistoryCms.Server.Tests.Hosting;

/// <summary>Starts the real server as the README does (<c>dotnet run --project src/HistoryCms.Server</c>) and calls it on loopback.</summary>
public sealed class ServerProcessSmokeTests
{
    [Fact]
    public async Task The_server_started_as_the_README_says_serves_the_sample_content_on_loopback()
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Contract.RepositoryRoot(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "run", "--project", "src/HistoryCms.Server", "--no-build", "-c", "Release", "--urls", $"http://127.0.0.1:{port}" })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = new System.Collections.Concurrent.ConcurrentQueue<string>();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { output.Enqueue(e.Data); } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { output.Enqueue(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            var health = await WaitForHealth(client, process, output);

            Assert.Equal("ok", health["status"]!.GetValue<string>());
            var page = JsonNode.Parse(await client.GetStringAsync(new Uri("/umbraco/delivery/api/v2/content?filter=contentType:historyBlogPost", UriKind.Relative), TestContext.Current.CancellationToken))!;
            Assert.Equal(1, page["total"]!.GetValue<long>());

            // The console logger writes from a queue of its own: the start-up line may reach the pipe after /health answers.
            bool Reported() => output.Any(line => line.Contains($"listening on http://127.0.0.1:{port}", StringComparison.Ordinal) && line.Contains("historyBlogPost", StringComparison.Ordinal));
            for (var i = 0; i < 100 && !Reported(); i++)
            {
                await Task.Delay(100, TestContext.Current.CancellationToken);
            }

            Assert.True(Reported(), "The start-up log names the URL and the counts per type: " + string.Join('\n', output));
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        }
    }

    private static async Task<JsonNode> WaitForHealth(HttpClient client, Process process, IEnumerable<string> output)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline && !process.HasExited)
        {
            try
            {
                using var response = await client.GetAsync(new Uri("/health", UriKind.Relative), TestContext.Current.CancellationToken);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
                }
            }
            catch (HttpRequestException)
            {
                await Task.Delay(200, TestContext.Current.CancellationToken);
            }
        }

        Assert.Fail("The server did not answer /health: " + string.Join('\n', output));
        return null!;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
