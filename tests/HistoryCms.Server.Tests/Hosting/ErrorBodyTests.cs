using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;

namespace HistoryCms.Server.Tests.Hosting;

/// <summary>
/// Every error has a body: problem+json for API clients, the site's 404 page for browsers. The request-line cases run on
/// Kestrel itself (the in-process test server has no request-line parser), through a raw socket where HttpClient would
/// refuse or rewrite the request.
/// </summary>
public sealed class ErrorBodyTests : IClassFixture<ErrorBodyTests.KestrelFixture>
{
    private readonly KestrelFixture _fixture;

    public ErrorBodyTests(KestrelFixture fixture) => _fixture = fixture;

    [Fact]
    public async Task A_10_KB_query_string_is_a_414_problem_not_Kestrels_empty_answer()
    {
        var (status, headers, body) = await _fixture.Raw($"GET {Http.Api}/content?filter={new string('a', 10 * 1024)} HTTP/1.1");

        Assert.Equal(414, status);
        Assert.Contains("application/problem+json", headers, StringComparison.OrdinalIgnoreCase);
        var problem = JsonNode.Parse(body)!;
        Assert.Equal(414, problem["status"]!.GetValue<int>());
        Assert.Contains("8,192", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_request_target_just_under_the_limit_is_served()
    {
        var query = $"{Http.Api}/content?take=1&x=";
        var (status, _, _) = await _fixture.Raw($"GET {query}{new string('a', ErrorResponses.MaxRequestTargetLength - query.Length)} HTTP/1.1");

        Assert.Equal(200, status);
    }

    [Fact]
    public async Task A_browser_asking_for_an_unknown_file_gets_the_sites_404_page()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/images/missing.png");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        using var response = await _fixture.Client.SendAsync(request, TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Page not found", html, StringComparison.Ordinal);
        Assert.Contains("/_content/HistoryCms.Web/history.css", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Status Code: 404", html, StringComparison.Ordinal);
        Assert.Contains("Accept", response.Headers.Vary);
    }

    [Theory]
    [InlineData("/images/missing.png", "application/json")]
    [InlineData("/images/missing.png", "*/*")]
    [InlineData("/umbraco/delivery/api/v2/missing.json", "text/html")]
    public async Task Other_clients_get_a_404_problem(string path, string accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        using var response = await _fixture.Client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(404, JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!["status"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("/history/api/v1/posts/notaguid/documents")]
    [InlineData("/history/api/v1/documents/123/posts")]
    [InlineData("/history/api/v1/programs/not-a-program/documents")]
    [InlineData("/history/api/v1/posts/notaguid/sources.ris")]
    public async Task A_malformed_id_is_a_400_naming_the_parameter(string path)
    {
        var detail = await _fixture.Client.Problem(path, HttpStatusCode.BadRequest);

        Assert.StartsWith("'id' must be a GUID", detail, StringComparison.Ordinal);
    }

    /// <summary>One server on Kestrel (loopback, a free port) for the class.</summary>
    public sealed class KestrelFixture : IDisposable
    {
        private readonly ServerFactory _factory = new();

        public KestrelFixture()
        {
            _factory.UseKestrel(0);
            _factory.StartServer();
            Client = _factory.CreateClient();
        }

        public HttpClient Client { get; }

        /// <summary>Sends a request line (and a Host header) as is, and reads the status, the header block and the body.</summary>
        public async Task<(int Status, string Headers, string Body)> Raw(string requestLine)
        {
            using var tcp = new TcpClient();
            await tcp.ConnectAsync(Client.BaseAddress!.Host, Client.BaseAddress.Port, TestContext.Current.CancellationToken);
            await using var stream = tcp.GetStream();
            var request = Encoding.ASCII.GetBytes($"{requestLine}\r\nHost: {Client.BaseAddress.Authority}\r\nAccept: */*\r\nConnection: close\r\n\r\n");
            await stream.WriteAsync(request, TestContext.Current.CancellationToken);
            using var reader = new StreamReader(stream, Encoding.UTF8);
            var response = await reader.ReadToEndAsync(TestContext.Current.CancellationToken);
            var split = response.IndexOf("\r\n\r\n", StringComparison.Ordinal);
            var head = split < 0 ? response : response[..split];
            var body = split < 0 ? string.Empty : response[(split + 4)..];
            if (head.Contains("Transfer-Encoding: chunked", StringComparison.OrdinalIgnoreCase))
            {
                body = Unchunk(body);
            }

            return (int.Parse(head.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture), head, body);
        }

        public void Dispose()
        {
            Client.Dispose();
            _factory.Dispose();
        }

        private static string Unchunk(string chunked)
        {
            var result = new StringBuilder();
            var rest = chunked;
            while (rest.IndexOf("\r\n", StringComparison.Ordinal) is var line and > 0)
            {
                var size = Convert.ToInt32(rest[..line], 16);
                if (size == 0)
                {
                    break;
                }

                result.Append(rest, line + 2, size);
                rest = rest[(line + 2 + size + 2)..];
            }

            return result.ToString();
        }
    }
}
