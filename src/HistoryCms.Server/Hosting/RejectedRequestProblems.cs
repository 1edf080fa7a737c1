using System.Buffers;
using System.Buffers.Text;
using System.Diagnostics;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace HistoryCms.Server;

/// <summary>
/// Gives the requests Kestrel rejects while reading them (an encoded NUL in the path, a malformed request line, an
/// invalid or missing Host header, a header section or request line over Kestrel's limits, an unknown HTTP version) a
/// problem+json body instead of Kestrel's empty one. No middleware runs for them, and Kestrel has no option for that
/// body: in dotnet/aspnetcore <c>src/Servers/Kestrel/Core/src/Internal/Http/HttpProtocol.cs</c>,
/// <c>SetBadRequestState</c> raises the <see cref="EventName"/> diagnostic event (with the connection's features, the
/// rejection in <see cref="IBadRequestExceptionFeature"/>), then <c>TryProduceInvalidRequestResponse</c> →
/// <c>ProduceEnd</c> → <c>SetErrorResponseHeaders</c> resets the response to the status, <c>Date</c>, <c>Server</c> and
/// <c>Content-Length: 0</c> (and <c>Allow</c> for a 405), writes that header block, flushes, and closes the connection.
/// So the event arms the connection's <see cref="RejectionResponseWriter"/>, which holds that one header block back
/// and writes it with <c>Content-Type: application/problem+json</c>, the body's length and the body.
/// </summary>
/// <remarks>
/// HTTP/1.1 only: an HTTP/2 stream error is a reset frame, not a response; and the header block is left as Kestrel wrote it
/// when it is not the one expected (<see cref="Rewrite"/>), or when TLS was negotiated inside the writer (it would see
/// cipher text: Kestrel adds TLS for an https:// URL after the endpoint defaults; an endpoint configured in code can call
/// <see cref="UseRejectedRequestProblems(ListenOptions)"/> after <c>UseHttps</c>). Per request the cost is one forwarded
/// call per write to the connection; per connection, one writer.
/// </remarks>
public static class RejectedRequestProblems
{
    /// <summary>The diagnostic event Kestrel raises for a rejected request.</summary>
    public const string EventName = "Microsoft.AspNetCore.Server.Kestrel.BadRequest";

    private const string ContentType = "application/problem+json";

    /// <summary>Places a <see cref="RejectionResponseWriter"/> on each connection of the endpoint.</summary>
    /// <param name="listen">The endpoint.</param>
    /// <returns>The endpoint.</returns>
    public static ListenOptions UseRejectedRequestProblems(this ListenOptions listen)
    {
        ArgumentNullException.ThrowIfNull(listen);
        listen.Use(static next => async connection =>
        {
            var transport = connection.Transport;
            var writer = new RejectionResponseWriter(transport.Output, insideTls: connection.Features.Get<ITlsConnectionFeature>() is not null);
            connection.Features.Set(writer);
            connection.Transport = new Duplex(transport.Input, writer);
            try
            {
                await next(connection).ConfigureAwait(false);
            }
            finally
            {
                connection.Transport = transport;
            }
        });
        return listen;
    }

    /// <summary>Listens for Kestrel's <see cref="EventName"/> on the app's diagnostic listener, until the app stops.</summary>
    /// <param name="app">The app.</param>
    /// <returns>The app.</returns>
    public static WebApplication UseRejectedRequestProblems(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var limits = app.Services.GetRequiredService<IOptions<KestrelServerOptions>>().Value.Limits;
        var subscription = app.Services.GetRequiredService<DiagnosticListener>()
            .Subscribe(new Observer(limits), static name => string.Equals(name, EventName, StringComparison.Ordinal));
        app.Lifetime.ApplicationStopped.Register(subscription.Dispose);
        return app;
    }

    /// <summary>
    /// Kestrel's header block of a rejection (<c>HTTP/1.1 {status} …</c> with one <c>Content-Length: 0</c>, ending in an
    /// empty line) with a problem+json body: the content type and the body's length in place of <c>Content-Length: 0</c>, every
    /// other header kept, and the body unless the request was HEAD. <c>null</c> when the block is not such a header block
    /// for <paramref name="rejection"/>'s status (then it is written as it is).
    /// </summary>
    /// <param name="head">The bytes Kestrel wrote.</param>
    /// <param name="rejection">The rejection.</param>
    /// <returns>The response, or <c>null</c>.</returns>
    internal static byte[]? Rewrite(ReadOnlySpan<byte> head, Rejection rejection)
    {
        ReadOnlySpan<byte> emptyLength = "\r\nContent-Length: 0\r\n"u8;
        var at = head.IndexOf(emptyLength);
        if (!head.StartsWith("HTTP/1.1 "u8) || !head.EndsWith("\r\n\r\n"u8) || head.Length < 13
            || !Utf8Parser.TryParse(head.Slice(9, 3), out int status, out var digits) || digits != 3 || head[12] != (byte)' '
            || status != rejection.Status || at < 0 || head[(at + 1)..].IndexOf(emptyLength) >= 0)
        {
            return null;
        }

        var body = Body(rejection);
        var length = $"\r\nContent-Type: {ContentType}\r\nContent-Length: {body.Length.ToString(CultureInfo.InvariantCulture)}\r\n";
        var rest = head[(at + emptyLength.Length)..];
        var response = new byte[at + length.Length + rest.Length + (rejection.IsHead ? 0 : body.Length)];
        head[..at].CopyTo(response);
        System.Text.Encoding.ASCII.GetBytes(length, response.AsSpan(at));
        rest.CopyTo(response.AsSpan(at + length.Length));
        if (!rejection.IsHead)
        {
            body.CopyTo(response.AsSpan(at + length.Length + rest.Length));
        }

        return response;
    }

    /// <summary>The problem's <c>detail</c>: Kestrel's message, without an empty <c>''</c> (Kestrel leaves the offending text
    /// out unless its log level is Information), and with the limit that was exceeded.</summary>
    /// <param name="message">The message of Kestrel's <see cref="Microsoft.AspNetCore.Http.BadHttpRequestException"/> (dotnet/aspnetcore
    /// <c>src/Servers/Kestrel/Core/src/CoreStrings.resx</c>, <c>BadRequest_*</c>).</param>
    /// <param name="limits">Kestrel's limits.</param>
    /// <returns>The detail.</returns>
    internal static string Detail(string message, KestrelServerLimits limits)
    {
        var text = (message.EndsWith(": ''", StringComparison.Ordinal) ? message[..^4] : message).TrimEnd('.');
        bool Is(string kestrelMessage) => text.StartsWith(kestrelMessage, StringComparison.Ordinal);
        return text switch
        {
            _ when Is("Request headers too long") =>
                $"Request headers too long: at most {limits.MaxRequestHeadersTotalSize.ToString("N0", CultureInfo.InvariantCulture)} bytes of request headers are accepted.",
            _ when Is("Request contains too many headers") =>
                $"Request contains too many headers: at most {limits.MaxRequestHeaderCount.ToString(CultureInfo.InvariantCulture)} are accepted.",
            _ when Is("Request line too long") =>
                $"Request line too long: at most {limits.MaxRequestLineSize.ToString("N0", CultureInfo.InvariantCulture)} bytes (method, target and version) are accepted.",
            _ when Is("Invalid request target") =>
                $"{text}. A request target (path and query) must be ASCII, and no percent-escape in its path may decode to NUL (%00).",
            _ when Is("Method not allowed") =>
                $"{text}: a request target of '*' is answered to OPTIONS only, and an authority (host:port) to CONNECT only; see Allow.",
            _ => $"{text}.",
        };
    }

    private static byte[] Body(Rejection rejection)
    {
        var body = new ArrayBufferWriter<byte>(256);
        using (var json = new Utf8JsonWriter(body, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            if (TypeOf(rejection.Status) is { } type)
            {
                json.WriteString("type", type);
            }

            json.WriteString("title", ReasonPhrases.GetReasonPhrase(rejection.Status));
            json.WriteNumber("status", rejection.Status);
            json.WriteString("detail", rejection.Detail);
            json.WriteEndObject();
        }

        return body.WrittenSpan.ToArray();
    }

    // The sections of RFC 9110 (and RFC 6585 for 431) that define the statuses Kestrel rejects with.
    private static string? TypeOf(int status) => status switch
    {
        400 => "https://tools.ietf.org/html/rfc9110#section-15.5.1",
        405 => "https://tools.ietf.org/html/rfc9110#section-15.5.6",
        408 => "https://tools.ietf.org/html/rfc9110#section-15.5.9",
        411 => "https://tools.ietf.org/html/rfc9110#section-15.5.12",
        413 => "https://tools.ietf.org/html/rfc9110#section-15.5.14",
        414 => "https://tools.ietf.org/html/rfc9110#section-15.5.15",
        431 => "https://tools.ietf.org/html/rfc6585#section-5",
        505 => "https://tools.ietf.org/html/rfc9110#section-15.6.6",
        _ => null,
    };

    /// <summary>A request Kestrel rejected.</summary>
    /// <param name="Status">The status Kestrel answers.</param>
    /// <param name="Detail">The problem's detail.</param>
    /// <param name="IsHead">Whether the request was a HEAD (as far as Kestrel had read it): the answer then has no body.</param>
    internal sealed record Rejection(int Status, string Detail, bool IsHead);

    private sealed record Duplex(System.IO.Pipelines.PipeReader Input, System.IO.Pipelines.PipeWriter Output) : System.IO.Pipelines.IDuplexPipe;

    /// <summary>Arms the rejected request's connection writer; called by Kestrel on the connection's own thread, before it writes.</summary>
    private sealed class Observer(KestrelServerLimits limits) : IObserver<KeyValuePair<string, object?>>
    {
        public void OnNext(KeyValuePair<string, object?> value)
        {
            // Kestrel's HttpProtocol is the payload; it falls back to the connection's features, where the writer is.
            if (value.Value is not IFeatureCollection features
                || features.Get<RejectionResponseWriter>() is not { } writer
                || features.Get<IBadRequestExceptionFeature>()?.Error is not Microsoft.AspNetCore.Http.BadHttpRequestException error
                || features.Get<IHttpResponseFeature>() is not { HasStarted: false }
                || features.Get<IHttpRequestFeature>() is not { } request
                || HttpProtocol.IsHttp2(request.Protocol) || HttpProtocol.IsHttp3(request.Protocol)
                || (features.Get<ITlsConnectionFeature>() is not null && !writer.InsideTls))
            {
                return;
            }

            writer.Arm(new Rejection(error.StatusCode, Detail(error.Message, limits), HttpMethods.IsHead(request.Method ?? string.Empty)));
        }

        public void OnCompleted()
        {
            // Nothing is held between events.
        }

        public void OnError(Exception error)
        {
            // DiagnosticListener never reports errors to its observers.
        }
    }
}
