using System.Text;

// The fixed response: 2,048 bytes of JSON, serialized once.
var filler = new string('x', 2048 - "{\"id\":\"3fa85f64-5717-4562-b3fc-2c963f66afa6\",\"text\":\"\"}".Length);
var payload = Encoding.UTF8.GetBytes("{\"id\":\"3fa85f64-5717-4562-b3fc-2c963f66afa6\",\"text\":\"" + filler + "\"}");

var builder = WebApplication.CreateBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
var app = builder.Build();
app.MapGet("/item", (HttpContext context) =>
{
    context.Response.ContentType = "application/json; charset=utf-8";
    context.Response.ContentLength = payload.Length;
    return context.Response.Body.WriteAsync(payload, context.RequestAborted).AsTask();
});
await app.RunAsync().ConfigureAwait(false);
