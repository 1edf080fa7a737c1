using System.Buffers;
using System.Text.Json;

namespace HistoryCms.Server.Delivery;

/// <summary>
/// A 200 response whose body is ready-made UTF-8 JSON, with the ETag of the snapshot it was rendered from (and a 304 when the
/// request's <c>If-None-Match</c> holds that ETag).
/// </summary>
/// <param name="body">The JSON, in parts.</param>
/// <param name="etag">The snapshot's ETag, or <c>null</c>.</param>
public sealed class Utf8JsonResult(Utf8JsonParts body, string? etag = null) : IResult
{
    /// <summary>A result whose body is one array of JSON.</summary>
    /// <param name="body">The JSON.</param>
    /// <param name="etag">The snapshot's ETag, or <c>null</c>.</param>
    public Utf8JsonResult(ReadOnlyMemory<byte> body, string? etag = null)
        : this(new Utf8JsonParts([body]), etag)
    {
    }

    /// <summary>The content type of every Delivery API response.</summary>
    public const string ContentType = "application/json; charset=utf-8";

    /// <summary>Renders JSON with <paramref name="write"/> into a new result.</summary>
    /// <param name="write">Writes one JSON value.</param>
    /// <returns>The result.</returns>
    /// <param name="etag">The snapshot's ETag, or <c>null</c>.</param>
    public static Utf8JsonResult Render(Action<Utf8JsonWriter> write, string? etag = null)
    {
        ArgumentNullException.ThrowIfNull(write);
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(buffer, DeliveryJsonWriter.WriterOptions))
        {
            write(writer);
        }

        return new Utf8JsonResult(buffer.WrittenMemory, etag);
    }

    /// <inheritdoc/>
    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var response = httpContext.Response;
        if (etag is not null)
        {
            response.Headers.ETag = etag;
            if (ETagMiddleware.Matches(httpContext.Request, etag))
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                return Task.CompletedTask;
            }
        }

        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = ContentType;
        response.ContentLength = body.Length;

        // The headers go out first: Kestrel keeps body bytes written before the response has started in a buffer of their
        // own and copies them behind the headers when it starts (Http1OutputProducer.WriteDataWrittenBeforeHeaders), which
        // for a page of tens of kilobytes was a second copy of the whole body. Started, the parts are written straight into
        // the connection's output and go out with one flush.
        var started = response.StartAsync(httpContext.RequestAborted);
        return started.IsCompletedSuccessfully ? WriteAsync(response, body, httpContext.RequestAborted) : WriteAfter(started, response, body, httpContext.RequestAborted);

        static async Task WriteAfter(Task started, HttpResponse response, Utf8JsonParts body, CancellationToken cancellation)
        {
            await started.ConfigureAwait(false);
            await WriteAsync(response, body, cancellation).ConfigureAwait(false);
        }
    }

    private static Task WriteAsync(HttpResponse response, Utf8JsonParts body, CancellationToken cancellation)
    {
        var output = response.BodyWriter;
        foreach (var part in body.Parts)
        {
            output.Write(part.Span);
        }

        var flushed = output.FlushAsync(cancellation);
        return flushed.IsCompletedSuccessfully ? Task.CompletedTask : flushed.AsTask();
    }
}
