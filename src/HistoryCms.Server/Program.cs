using HistoryCms.Server;

var builder = WebApplication.CreateBuilder(args);
builder.AddHistoryDeliveryServer();
var app = builder.Build();
app.UseHistoryDeliveryServer();
await app.RunAsync().ConfigureAwait(false);
