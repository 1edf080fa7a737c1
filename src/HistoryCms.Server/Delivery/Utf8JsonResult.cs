using System.Buffers;
using System.Text.Json;

namespace HistoryCms.Server.Delivery;

/// <summary>A 200 response whose body is ready-made UTF-8 JSON.</summary>
/// <param name="body">The JSON.</param>
public sealed class Utf8JsonResult(ReadOnlyMemory<byte> body) : IResult
{
    /// <summary>The content type of every Delivery API response.</summary>
    public const string ContentType = "application/json; charset=utf-8";

    /// <summary>Renders JSON with <paramref name="write"/> into a new result.</summary>
    /// <param name="write">Writes one JSON value.</param>
    /// <returns>The result.</returns>
    public static Utf8JsonResult Render(Action<Utf8JsonWriter> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(buffer, DeliveryJsonWriter.WriterOptions))
        {
            write(writer);
        }

        return new Utf8JsonResult(buffer.WrittenMemory);
    }

    /// <inheritdoc/>
    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = ContentType;
        response.ContentLength = body.Length;
        return response.Body.WriteAsync(body, httpContext.RequestAborted).AsTask();
    }
}
