using System.IO.Compression;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.WebUtilities;

namespace HistoryCms.Server.Tests.Hosting;

/// <summary>
/// Requests Kestrel rejects while it reads them (before any middleware runs) answer problem+json, not Kestrel's empty
/// body: Kestrel raises the <c>Microsoft.AspNetCore.Server.Kestrel.BadRequest</c> diagnostic event in
/// <c>HttpProtocol.SetBadRequestState</c> and then writes its header-only response
/// (dotnet/aspnetcore src/Servers/Kestrel/Core/src/Internal/Http/HttpProtocol.cs, <c>TryProduceInvalidRequestResponse</c>
/// → <c>ProduceEnd</c> → <c>SetErrorResponseHeaders</c>: status, <c>Content-Length: 0</c>, <c>Connection: close</c>).
/// Sent over a raw socket to the server on Kestrel, since HttpClient refuses to send most of these.
/// </summary>
public sealed class RejectedRequestTests : IClassFixture<ErrorBodyTests.KestrelFixture>
{
    private const string Item = $"{Http.Api}/content/item/people/charles-kraus";

    private readonly Uri _server;

    public RejectedRequestTests(ErrorBodyTests.KestrelFixture fixture) => _server = fixture.Client.BaseAddress!;

    public static TheoryData<string, string, int, string> Rejections => new()
    {
        // Kestrel Http1Connection.ParseTarget: the decoded path must not contain NUL (GetAsciiOrUTF8StringNonNullCharacters).
        { "an encoded NUL in the path", $"GET {Http.Api}/content/item/%00 HTTP/1.1\r\nHost: h\r\n\r\n", 400, "Invalid request target" },
        { "a raw byte outside ASCII in the path", "GET /posts/\u00e9 HTTP/1.1\r\nHost: h\r\n\r\n", 400, "Invalid request target" },
        { "a request line without a version", $"GET {Http.Api}/content\r\nHost: h\r\n\r\n", 400, "Invalid request line" },
        { "an unknown HTTP version", $"GET {Http.Api}/content HTTP/1.7\r\nHost: h\r\n\r\n", 505, "Unrecognized HTTP version" },
        { "an invalid Host header", $"GET {Http.Api}/content HTTP/1.1\r\nHost: exa mple\r\n\r\n", 400, "Invalid Host header" },
        { "no Host header", $"GET {Http.Api}/content HTTP/1.1\r\n\r\n", 400, "missing Host header" },
        { "two Host headers", $"GET {Http.Api}/content HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n", 400, "Multiple Host headers" },
        { "a header section over Kestrel's 32 KB", $"GET {Http.Api}/content HTTP/1.1\r\nHost: h\r\nX-Big: {new string('a', 40 * 1024)}\r\n\r\n", 431, "32,768 bytes" },
        { "more than 100 headers", $"GET {Http.Api}/content HTTP/1.1\r\nHost: h\r\n{string.Concat(Enumerable.Range(0, 101).Select(i => $"X-{i}: v\r\n"))}\r\n", 431, "at most 100" },
        { "a request line over Kestrel's raised 64 KB", $"GET {Http.Api}/content?q={new string('a', 70 * 1024)} HTTP/1.1\r\nHost: h\r\n\r\n", 414, "65,536 bytes" },
        { "an asterisk target with GET", "GET * HTTP/1.1\r\nHost: h\r\n\r\n", 405, "OPTIONS" },
    };

    [Theory]
    [MemberData(nameof(Rejections))]
    public async Task A_request_Kestrel_rejects_answers_problem_json_naming_the_problem(string what, string request, int status, string detail)
    {
        await using var connection = await RawHttp.Connect(_server);
        await connection.Send(request);
        var response = await connection.Read();

        Assert.True(status == response.Status, $"{what}: {response.Head}");
        Assert.Equal("application/problem+json", response.Header("Content-Type"));
        Assert.Equal("close", response.Header("Connection"));
        var problem = JsonNode.Parse(response.Text)!;
        Assert.Equal(status, problem["status"]!.GetValue<int>());
        Assert.Equal(ReasonPhrases.GetReasonPhrase(status), problem["title"]!.GetValue<string>());
        Assert.Contains(detail, problem["detail"]!.GetValue<string>(), StringComparison.OrdinalIgnoreCase);
        Assert.Empty(await connection.ReadToClose());
    }

    [Fact]
    public async Task The_405_of_an_asterisk_target_keeps_Kestrels_Allow_header()
    {
        await using var connection = await RawHttp.Connect(_server);
        await connection.Send("GET * HTTP/1.1\r\nHost: h\r\n\r\n");
        var response = await connection.Read();

        Assert.Equal(405, response.Status);
        Assert.Equal("OPTIONS", response.Header("Allow"));
    }

    [Fact]
    public async Task A_rejected_request_pipelined_after_a_served_one_leaves_the_first_response_intact()
    {
        await using var connection = await RawHttp.Connect(_server);
        await connection.Send($"GET {Item} HTTP/1.1\r\nHost: h\r\n\r\nGET {Http.Api}/content/item/%00 HTTP/1.1\r\nHost: h\r\n\r\n");
        var served = await connection.Read();
        var rejected = await connection.Read();

        Assert.Equal(200, served.Status);
        Assert.Equal("Charles Kraus", JsonNode.Parse(served.Text)!["name"]!.GetValue<string>());
        Assert.Equal(400, rejected.Status);
        Assert.Equal("application/problem+json", rejected.Header("Content-Type"));
        Assert.Contains("Invalid request target", JsonNode.Parse(rejected.Text)!["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty(await connection.ReadToClose());
    }

    [Fact]
    public async Task A_rejected_HEAD_request_gets_the_problem_headers_and_no_body()
    {
        await using var connection = await RawHttp.Connect(_server);
        await connection.Send($"HEAD {Item} HTTP/1.1\r\nHost: exa mple\r\n\r\n");
        var response = await connection.Read(head: true);

        Assert.Equal(400, response.Status);
        Assert.Equal("application/problem+json", response.Header("Content-Type"));
        Assert.True(int.Parse(response.Header("Content-Length")!, System.Globalization.CultureInfo.InvariantCulture) > 0, response.Head);
        Assert.Empty(await connection.ReadToClose());
    }

    [Fact]
    public async Task A_rejected_GET_pipelined_after_a_HEAD_gets_its_body()
    {
        // Kestrel resets the method between requests (Http1Connection.BeginRequestProcessing → Reset), so the HEAD before
        // does not take the rejected GET's body away.
        await using var connection = await RawHttp.Connect(_server);
        await connection.Send($"HEAD {Item} HTTP/1.1\r\nHost: h\r\n\r\nGET {Http.Api}/content/item/%00 HTTP/1.1\r\nHost: h\r\n\r\n");
        var head = await connection.Read(head: true);
        var rejected = await connection.Read();

        Assert.Equal(200, head.Status);
        Assert.Equal(400, rejected.Status);
        Assert.Equal(400, JsonNode.Parse(rejected.Text)!["status"]!.GetValue<int>());
        Assert.Empty(await connection.ReadToClose());
    }

    [Fact]
    public async Task Served_requests_keep_the_connection_alive_with_HEAD_and_304_on_it()
    {
        await using var connection = await RawHttp.Connect(_server);
        await connection.Send($"GET {Item} HTTP/1.1\r\nHost: h\r\n\r\n");
        var first = await connection.Read();
        await connection.Send($"HEAD {Item} HTTP/1.1\r\nHost: h\r\n\r\n");
        var head = await connection.Read(head: true);
        await connection.Send($"GET {Item} HTTP/1.1\r\nHost: h\r\nIf-None-Match: {first.Header("ETag")}\r\n\r\n");
        var notModified = await connection.Read();
        await connection.Send($"GET {Item} HTTP/1.1\r\nHost: h\r\n\r\n");
        var again = await connection.Read();

        Assert.Equal([200, 200, 304, 200], new[] { first.Status, head.Status, notModified.Status, again.Status });
        Assert.Equal("application/json", first.Header("Content-Type")?.Split(';')[0]);
        Assert.Equal(first.Header("Content-Length") ?? first.Header("Transfer-Encoding"), head.Header("Content-Length") ?? head.Header("Transfer-Encoding"));
        Assert.Empty(notModified.Body);
        Assert.Equal(first.Text, again.Text);
        Assert.All(new[] { first, head, notModified, again }, r => Assert.Null(r.Header("Connection")));
        Assert.False(connection.Closed);
    }

    [Fact]
    public async Task A_large_chunked_response_and_the_next_one_on_the_connection_are_whole()
    {
        await using var connection = await RawHttp.Connect(_server);
        await connection.Send("GET /openapi/v1.json HTTP/1.1\r\nHost: h\r\n\r\n");
        var document = await connection.Read();
        await connection.Send($"GET {Item} HTTP/1.1\r\nHost: h\r\n\r\n");
        var item = await connection.Read();

        Assert.Equal("chunked", document.Header("Transfer-Encoding"));
        Assert.True(document.Body.Length > 32 * 1024, $"{document.Body.Length} bytes");
        Assert.NotNull(JsonNode.Parse(document.Text)!["paths"]![$"{Http.Api}/content/item/{{path}}"]);
        Assert.Equal("Charles Kraus", JsonNode.Parse(item.Text)!["name"]!.GetValue<string>());
        Assert.False(connection.Closed);
    }

    [Fact]
    public async Task A_compressed_response_is_unaffected()
    {
        await using var connection = await RawHttp.Connect(_server);
        await connection.Send($"GET {Http.Api}/content?take=20 HTTP/1.1\r\nHost: h\r\nAccept-Encoding: gzip\r\n\r\n");
        var response = await connection.Read();

        Assert.Equal(200, response.Status);
        Assert.Equal("gzip", response.Header("Content-Encoding"));
        await using var gzip = new GZipStream(new MemoryStream(response.Body), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        Assert.NotEmpty(JsonNode.Parse(await reader.ReadToEndAsync(TestContext.Current.CancellationToken))!["items"]!.AsArray());
    }

    [Fact]
    public async Task An_error_the_app_answers_keeps_its_own_problem_and_the_connection()
    {
        await using var connection = await RawHttp.Connect(_server);
        await connection.Send($"GET {Http.Api}/content/item/{Guid.NewGuid()} HTTP/1.1\r\nHost: h\r\n\r\n");
        var missing = await connection.Read();
        await connection.Send($"GET {Item} HTTP/1.1\r\nHost: h\r\n\r\n");
        var served = await connection.Read();

        Assert.Equal(404, missing.Status);
        Assert.Equal("application/problem+json", missing.Header("Content-Type"));
        Assert.Equal(200, served.Status);
        Assert.False(connection.Closed);
    }
}
