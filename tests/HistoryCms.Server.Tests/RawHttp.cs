using System.Globalization;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace HistoryCms.Server.Tests;

/// <summary>
/// One HTTP/1.1 connection driven byte by byte: the requests are sent as written (HttpClient refuses or rewrites the
/// malformed ones), and each response is read by its own framing (<c>Content-Length</c>, chunked, or to the close), so
/// that keep-alive and pipelining can be checked.
/// </summary>
internal sealed class RawHttp : IAsyncDisposable
{
    private readonly TcpClient _tcp = new();
    private readonly List<byte> _buffer = [];
    private Stream? _stream;

    private RawHttp()
    {
    }

    /// <summary>Whether the server has closed the connection (seen when a read returned no bytes).</summary>
    public bool Closed { get; private set; }

    public static async Task<RawHttp> Connect(Uri server)
    {
        var raw = new RawHttp();
        await raw._tcp.ConnectAsync(server.Host, server.Port, TestContext.Current.CancellationToken);
        raw._stream = raw._tcp.GetStream();
        return raw;
    }

    /// <summary>Connects over TLS, trusting only <paramref name="serverCertificate"/>.</summary>
    public static async Task<RawHttp> ConnectTls(Uri server, X509Certificate2 serverCertificate)
    {
        var raw = await Connect(server);
        var tls = new SslStream(raw._stream!, leaveInnerStreamOpen: false, (_, certificate, _, _) =>
            certificate is not null && certificate.GetCertHashString() == serverCertificate.GetCertHashString());
        await tls.AuthenticateAsClientAsync(new SslClientAuthenticationOptions { TargetHost = "localhost" }, TestContext.Current.CancellationToken);
        raw._stream = tls;
        return raw;
    }

    public async Task Send(string request) =>
        await _stream!.WriteAsync(Encoding.Latin1.GetBytes(request), TestContext.Current.CancellationToken);

    /// <summary>Reads one response; <paramref name="head"/> says it answers a HEAD request (headers only).</summary>
    public async Task<RawResponse> Read(bool head = false)
    {
        var end = await IndexOf("\r\n\r\n"u8.ToArray());
        var headText = Encoding.Latin1.GetString(Take(end + 4));
        var lines = headText.TrimEnd('\r', '\n').Split("\r\n");
        var status = int.Parse(lines[0].Split(' ')[1], CultureInfo.InvariantCulture);
        var headers = lines.Skip(1)
            .Select(l => l.Split(':', 2))
            .GroupBy(p => p[0].Trim(), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => string.Join(", ", g.Select(p => p[1].Trim())), StringComparer.OrdinalIgnoreCase);
        byte[] body;
        if (head || status is 204 or 304)
        {
            body = [];
        }
        else if (headers.TryGetValue("Content-Length", out var length))
        {
            body = await TakeExactly(int.Parse(length, CultureInfo.InvariantCulture));
        }
        else if (headers.TryGetValue("Transfer-Encoding", out var coding) && coding.Contains("chunked", StringComparison.OrdinalIgnoreCase))
        {
            body = await Unchunk();
        }
        else
        {
            body = await ReadToClose();
        }

        return new RawResponse(status, headText, headers, body);
    }

    /// <summary>Reads whatever follows until the server closes the connection (bytes the response's framing did not announce).</summary>
    public async Task<byte[]> ReadToClose()
    {
        while (!Closed)
        {
            await Fill();
        }

        return Take(_buffer.Count);
    }

    public async ValueTask DisposeAsync()
    {
        if (_stream is not null)
        {
            await _stream.DisposeAsync();
        }

        _tcp.Dispose();
    }

    private async Task<byte[]> Unchunk()
    {
        var body = new List<byte>();
        while (true)
        {
            var line = await IndexOf("\r\n"u8.ToArray());
            var size = Convert.ToInt32(Encoding.Latin1.GetString(Take(line + 2)).Trim(), 16);
            var chunk = await TakeExactly(size + 2);
            body.AddRange(chunk.AsSpan(0, size));
            if (size == 0)
            {
                return [.. body];
            }
        }
    }

    private async Task<byte[]> TakeExactly(int count)
    {
        while (_buffer.Count < count && !Closed)
        {
            await Fill();
        }

        Assert.True(_buffer.Count >= count, $"The connection closed after {_buffer.Count} of {count} announced bytes.");
        return Take(count);
    }

    private async Task<int> IndexOf(byte[] marker)
    {
        while (true)
        {
            var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_buffer);
            if (span.IndexOf(marker) is var index and >= 0)
            {
                return index;
            }

            Assert.False(Closed, $"The connection closed before a complete response: '{Encoding.Latin1.GetString(span)}'");
            await Fill();
        }
    }

    private byte[] Take(int count)
    {
        var taken = _buffer.GetRange(0, count).ToArray();
        _buffer.RemoveRange(0, count);
        return taken;
    }

    private async Task Fill()
    {
        var chunk = new byte[16 * 1024];
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(10));
        var read = await _stream!.ReadAsync(chunk, timeout.Token);
        Closed = read == 0;
        _buffer.AddRange(chunk.AsSpan(0, read));
    }
}

/// <summary>A response as read off the connection.</summary>
/// <param name="Status">The status code.</param>
/// <param name="Head">The status line and header block, as sent.</param>
/// <param name="Headers">The headers by name (repeated ones joined with ", ").</param>
/// <param name="Body">The body, unchunked.</param>
internal sealed record RawResponse(int Status, string Head, IReadOnlyDictionary<string, string> Headers, byte[] Body)
{
    public string Text => Encoding.UTF8.GetString(Body);

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}
