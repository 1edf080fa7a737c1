using HistoryCms.Server.Snapshot;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace HistoryCms.Server;

/// <summary>Logs, once the server listens, where it listens and what it loaded.</summary>
public static class StartupReport
{
    /// <summary>Writes the report.</summary>
    /// <param name="app">The started app.</param>
    public static void Log(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("HistoryCms.Server");
        var holder = app.Services.GetRequiredService<SnapshotHolder>();
        var addresses = app.Services.GetService<IServer>()?.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var snapshot = holder.Current;
        var counts = string.Join(", ", snapshot.CountsByType.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Value} {p.Key}"));
        logger.LogInformation(
            "HistoryCms delivery server listening on {Urls}; content from {Path}: {Count} items ({Counts}); {Problems} problem(s).",
            string.Join(", ", addresses),
            holder.RootPath ?? "(no folder)",
            snapshot.Nodes.Count,
            counts.Length == 0 ? "none" : counts,
            holder.Problems.Count);
    }
}
