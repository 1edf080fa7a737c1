using HistoryCms.Server;

// The content root is the app's own folder, so its appsettings.json applies wherever the server is started from
// (`dotnet run --project src/HistoryCms.Server` runs it from the repository root).
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.AddHistoryDeliveryServer();
var app = builder.Build();
app.UseHistoryDeliveryServer();
await app.RunAsync().ConfigureAwait(false);
