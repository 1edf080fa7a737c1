using System.Net;
using System.Text;
using HistoryCms.Server.Snapshot;

namespace HistoryCms.Server;

/// <summary>The server's own pages: a minimal index at <c>/</c> and the health report at <c>/health</c>.</summary>
public static class ServerPages
{
    /// <summary>Maps <c>/</c> and <c>/health</c>.</summary>
    /// <param name="endpoints">The app's endpoints.</param>
    /// <returns>The endpoints.</returns>
    public static IEndpointRouteBuilder MapServerPages(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/health", (SnapshotHolder holder) => Health(holder))
            .WithTags("Server")
            .WithName("GetHealth")
            .WithSummary("Whether content loaded cleanly: the snapshot served and the problems of the latest load (file and line)");
        endpoints.MapGet("/", (SnapshotHolder holder) => Results.Content(Index(holder.Current), "text/html; charset=utf-8"))
            .ExcludeFromDescription();
        return endpoints;
    }

    /// <summary>The health report.</summary>
    /// <param name="holder">The snapshot holder.</param>
    /// <returns>The report.</returns>
    public static HealthReport Health(SnapshotHolder holder)
    {
        ArgumentNullException.ThrowIfNull(holder);
        var snapshot = holder.Current;
        var problems = holder.Problems;
        return new HealthReport(
            problems.Count == 0 ? "ok" : "degraded",
            holder.RootPath,
            new SnapshotReport(snapshot.Version, snapshot.LoadedAt, snapshot.Nodes.Count, snapshot.CountsByType),
            holder.LastAttempt,
            [.. problems.Select(p => new ProblemReport(p.Path, p.Line, p.Message))],
            new MemoryReport(Environment.WorkingSet / 1_048_576, GC.GetGCMemoryInfo().HeapSizeBytes / 1_048_576));
    }

    private static string Index(ContentSnapshot snapshot)
    {
        var html = new StringBuilder();
        html.Append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>HistoryCms delivery server</title></head><body><main>")
            .Append("<h1>HistoryCms delivery server</h1><p>").Append(snapshot.Nodes.Count).Append(" content items:</p><ul>");
        foreach (var (type, count) in snapshot.CountsByType.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            html.Append("<li><a href=\"/umbraco/delivery/api/v2/content?filter=contentType:").Append(WebUtility.HtmlEncode(type)).Append("\">")
                .Append(WebUtility.HtmlEncode(type)).Append("</a>: ").Append(count).Append("</li>");
        }

        html.Append("</ul><h2>Endpoints</h2><ul>")
            .Append("<li><a href=\"/api-reference\">API reference</a> (<a href=\"/openapi/v1.json\">OpenAPI document</a>)</li>")
            .Append("<li><a href=\"/umbraco/delivery/api/v2/content\">/umbraco/delivery/api/v2/content</a>: Delivery API content query</li>")
            .Append("<li>/history/api/v1/...: citations, backlinks, authors' and programs' content</li>")
            .Append("<li><a href=\"/health\">/health</a>: what loaded, and any broken file</li>")
            .Append("</ul></main></body></html>");
        return html.ToString();
    }
}

/// <summary>The health report.</summary>
/// <param name="Status"><c>ok</c>, or <c>degraded</c> when the latest load found broken files (the last good content keeps serving).</param>
/// <param name="ContentPath">The folder content is read from.</param>
/// <param name="Snapshot">The snapshot served.</param>
/// <param name="LastAttempt">When content was last read.</param>
/// <param name="Problems">The problems of the latest load.</param>
/// <param name="Memory">The process's memory.</param>
public sealed record HealthReport(string Status, string? ContentPath, SnapshotReport Snapshot, DateTimeOffset? LastAttempt, IReadOnlyList<ProblemReport> Problems, MemoryReport Memory);

/// <summary>The process's memory.</summary>
/// <param name="WorkingSetMegabytes">Resident memory (MB).</param>
/// <param name="HeapMegabytes">The managed heap after the last collection (MB).</param>
public sealed record MemoryReport(long WorkingSetMegabytes, long HeapMegabytes);

/// <summary>The snapshot served.</summary>
/// <param name="Version">Its version (increases with every reload).</param>
/// <param name="LoadedAt">When it was built.</param>
/// <param name="Items">How many items it holds.</param>
/// <param name="Types">How many of each document type.</param>
public sealed record SnapshotReport(long Version, DateTimeOffset LoadedAt, int Items, IReadOnlyDictionary<string, int> Types);

/// <summary>A broken file or item.</summary>
/// <param name="Path">The file's path.</param>
/// <param name="Line">The 1-based line, when known.</param>
/// <param name="Message">What is wrong.</param>
public sealed record ProblemReport(string Path, int? Line, string Message);
