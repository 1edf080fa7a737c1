using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace HistoryCms.Server.Tests.Hosting;

/// <summary>
/// The rewriting of Kestrel's header-only rejection (the header blocks below are the bytes Kestrel 10 writes, as read off
/// the socket; HttpProtocol.SetErrorResponseHeaders in dotnet/aspnetcore src/Servers/Kestrel/Core/src/Internal/Http) and
/// the detail made from Kestrel's messages (CoreStrings.resx, BadRequest_*).
/// </summary>
public sealed class RejectedRequestProblemsTests
{
    private const string BadRequest = "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\nDate: Thu, 03 Dec 2026 11:37:26 GMT\r\nServer: Kestrel\r\n\r\n";
    private const string NotAllowed = "HTTP/1.1 405 Method Not Allowed\r\nContent-Length: 0\r\nConnection: close\r\nDate: Thu, 03 Dec 2026 11:37:26 GMT\r\nServer: Kestrel\r\nAllow: OPTIONS\r\n\r\n";

    private static readonly RejectedRequestProblems.Rejection InvalidTarget = new(400, "Invalid request target.", IsHead: false);

    [Fact]
    public void Kestrels_header_block_gets_the_problem_type_length_and_body_and_keeps_its_other_headers()
    {
        var response = Encoding.ASCII.GetString(RejectedRequestProblems.Rewrite(Encoding.ASCII.GetBytes(BadRequest), InvalidTarget)!);
        var split = response.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var body = response[(split + 4)..];

        Assert.Equal(
            $"HTTP/1.1 400 Bad Request\r\nContent-Type: application/problem+json\r\nContent-Length: {body.Length}\r\nConnection: close\r\nDate: Thu, 03 Dec 2026 11:37:26 GMT\r\nServer: Kestrel",
            response[..split]);
        var problem = JsonNode.Parse(body)!;
        Assert.Equal("https://tools.ietf.org/html/rfc9110#section-15.5.1", problem["type"]!.GetValue<string>());
        Assert.Equal("Bad Request", problem["title"]!.GetValue<string>());
        Assert.Equal(400, problem["status"]!.GetValue<int>());
        Assert.Equal("Invalid request target.", problem["detail"]!.GetValue<string>());
    }

    [Fact]
    public void The_Allow_header_of_a_405_is_kept()
    {
        var response = Encoding.ASCII.GetString(RejectedRequestProblems.Rewrite(Encoding.ASCII.GetBytes(NotAllowed), new(405, "Method not allowed.", IsHead: false))!);

        Assert.Contains("\r\nAllow: OPTIONS\r\n\r\n{", response, StringComparison.Ordinal);
    }

    [Fact]
    public void A_HEAD_request_gets_the_length_of_the_problem_and_no_body()
    {
        var full = RejectedRequestProblems.Rewrite(Encoding.ASCII.GetBytes(BadRequest), InvalidTarget)!;
        var head = Encoding.ASCII.GetString(RejectedRequestProblems.Rewrite(Encoding.ASCII.GetBytes(BadRequest), InvalidTarget with { IsHead = true })!);

        Assert.EndsWith("\r\n\r\n", head, StringComparison.Ordinal);
        Assert.Equal(Encoding.ASCII.GetString(full)[..head.Length], head);
    }

    public static TheoryData<string, string> NotKestrelsRejection => new()
    {
        { "another status than the rejection's", BadRequest.Replace("400 Bad Request", "431 Request Header Fields Too Large", StringComparison.Ordinal) },
        { "a body length already announced", BadRequest.Replace("Content-Length: 0", "Content-Length: 10", StringComparison.Ordinal) },
        { "no Content-Length", BadRequest.Replace("Content-Length: 0\r\n", string.Empty, StringComparison.Ordinal) },
        { "two Content-Length: 0", BadRequest.Replace("Server:", "Content-Length: 0\r\nServer:", StringComparison.Ordinal) },
        { "an unfinished header block", BadRequest[..^2] },
        { "HTTP/1.0", BadRequest.Replace("HTTP/1.1", "HTTP/1.0", StringComparison.Ordinal) },
        { "TLS records (the writer placed outside TLS)", "\u0017\u0003\u0003\u0000\u0040" + BadRequest },
        { "an HTTP/2 HEADERS frame", "\u0000\u0000\u0010\u0001\u0005\u0000\u0000\u0000\u0001" + BadRequest },
    };

    [Theory]
    [MemberData(nameof(NotKestrelsRejection))]
    public void Bytes_that_are_not_Kestrels_rejection_are_left_as_written(string what, string written)
    {
        Assert.True(RejectedRequestProblems.Rewrite(Encoding.Latin1.GetBytes(written), InvalidTarget) is null, what);
    }

    [Theory]
    [InlineData("Invalid request target: ''", "Invalid request target. A request target (path and query) must be ASCII, and no percent-escape in its path may decode to NUL (%00).")]
    [InlineData("Invalid request target: '/content/item/%00'", "Invalid request target: '/content/item/%00'. A request target (path and query) must be ASCII, and no percent-escape in its path may decode to NUL (%00).")]
    [InlineData("Invalid Host header: ''", "Invalid Host header.")]
    [InlineData("Invalid Host header: 'exa mple'", "Invalid Host header: 'exa mple'.")]
    [InlineData("Request is missing Host header.", "Request is missing Host header.")]
    [InlineData("Request headers too long.", "Request headers too long: at most 32,768 bytes of request headers are accepted.")]
    [InlineData("Request contains too many headers.", "Request contains too many headers: at most 100 are accepted.")]
    [InlineData("Request line too long.", "Request line too long: at most 8,192 bytes (method, target and version) are accepted.")]
    [InlineData("Method not allowed.", "Method not allowed: a request target of '*' is answered to OPTIONS only, and an authority (host:port) to CONNECT only; see Allow.")]
    [InlineData("Reading the request headers timed out.", "Reading the request headers timed out.")]
    public void The_detail_is_Kestrels_message_with_the_limit_exceeded(string message, string detail)
    {
        Assert.Equal(detail, RejectedRequestProblems.Detail(message, new KestrelServerLimits()));
    }
}
