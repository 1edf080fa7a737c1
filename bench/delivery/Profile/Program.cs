using System.Diagnostics;
using System.Globalization;
using HistoryCms.Server;
using HistoryCms.Server.Delivery;
using HistoryCms.Server.Snapshot;
using Microsoft.AspNetCore.WebUtilities;

// Usage: HistoryCms.Bench.Profile <generated site folder> [iterations]
// Loads the site as the server does, then times each phase of a Delivery API query (the run-bench.sh query made distinct
// per request, as its query-uncached case does) and an item-by-path look-up, without HTTP and without the output cache.
// Each phase runs alone in a loop and is reported in CPU time per call (the process's, GC included), which stays meaningful
// on a shared machine where wall time does not.
if (args.Length < 1)
{
    Console.Error.WriteLine("usage: HistoryCms.Bench.Profile <generated site folder> [iterations]");
    return 2;
}

var iterations = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20_000;
var builder = WebApplication.CreateBuilder(["--HistoryCms:ContentPath=" + args[0], "--HistoryCms:Search=false"]);
builder.AddHistoryDeliveryServer();
await using var app = builder.Build();
var holder = app.Services.GetRequiredService<SnapshotHolder>();
await holder.ReloadAsync().ConfigureAwait(false);
var writer = app.Services.GetRequiredService<DeliveryJsonWriter>();
var snapshot = holder.Current;
var program = snapshot.NodesOfType("historyProgram")[0].Key;
var post = snapshot.NodesOfType("historyBlogPost")[5000];
var queries = new[]
{
    $"?filter=contentType:historyBlogPost&filter=program:{program}&sort=publishDate:desc&skip=10&take=10",
    "?filter=contentType:historyArchivalDocument&sort=documentDate:desc&skip=20&take=10",
    "?filter=contentType:historyBlogPost&filter=publishDate>2021&sort=name:asc&take=10",
    "?fetch=children:/posts/&skip=100&take=10",

    // The first again: its first measurement shares the CPU with the collection of what loading the site left behind.
    $"?filter=contentType:historyBlogPost&filter=program:{program}&sort=publishDate:desc&skip=10&take=10",
};
Console.WriteLine($"{snapshot.Nodes.Count} items; CPU microseconds per call, median of three rounds of {iterations}");
foreach (var text in queries)
{
    var query = Parse(text, 0);
    var (total, page) = DeliveryQueryEngine.Run(snapshot, query, null);
    var parse = Time(i => Parse(text, i));
    var run = Time(_ => DeliveryQueryEngine.Run(snapshot, query, null));
    var write = Time(_ => writer.PageJson(snapshot, total, page, query.Fields, query.Expand));
    Console.WriteLine($"{text}: {total} matches; parse {parse:F1}, run {run:F1}, write page {write:F1} ({writer.PageJson(snapshot, total, page, null, null).Length} B)");
    Console.WriteLine($"  allocated per call: parse {Allocated(i => Parse(text, i))} B, run {Allocated(_ => DeliveryQueryEngine.Run(snapshot, query, null))} B, write page {Allocated(_ => writer.PageJson(snapshot, total, page, query.Fields, query.Expand))} B");
}

Console.WriteLine($"item by path {post.Path}: {Time(_ => writer.ItemJson(snapshot, snapshot.NodeAt(post.Path)!)):F2}");
return 0;

static DeliveryQuery Parse(string text, int n)
{
    var query = new QueryCollection(QueryHelpers.ParseQuery(text + "&n=" + n.ToString(CultureInfo.InvariantCulture)));
    return DeliveryQuery.TryParse(query, 1000, out var parsed, out var error) ? parsed! : throw new InvalidOperationException(error);
}

long Allocated(Func<int, object> action)
{
    action(0);
    var before = GC.GetAllocatedBytesForCurrentThread();
    for (var i = 0; i < 1000; i++)
    {
        GC.KeepAlive(action(i));
    }

    return (GC.GetAllocatedBytesForCurrentThread() - before) / 1000;
}

double Time(Func<int, object> action)
{
    var rounds = new double[3];
    for (var round = 0; round < rounds.Length; round++)
    {
        action(0);
        var process = Process.GetCurrentProcess();
        var before = process.TotalProcessorTime;
        for (var i = 0; i < iterations; i++)
        {
            GC.KeepAlive(action(i));
        }

        process.Refresh();
        rounds[round] = (process.TotalProcessorTime - before).TotalMicroseconds / iterations;
    }

    Array.Sort(rounds);
    return rounds[1];
}
