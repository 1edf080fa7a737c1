using HistoryCms.Core.Content;
using HistoryCms.Server.Snapshot;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace HistoryCms.Server.Tests;

/// <summary>The delivery server in process, over a content source the test controls.</summary>
/// <param name="source">The content, or <c>null</c> for the uSync folder at <paramref name="contentPath"/>.</param>
/// <param name="contentPath">The uSync folder, or <c>null</c> for the repository's.</param>
/// <param name="indexOnStart">Whether the search index is built when the host starts; when not, the test starts the
/// <see cref="SearchIndexFeeder"/> itself (to see what is served before the first build ends).</param>
internal sealed class ServerFactory(IContentSource? source, string? contentPath = null, bool indexOnStart = true) : WebApplicationFactory<Program>
{
    public ServerFactory()
        : this(new SwappableContentSource(TestSite.Items()))
    {
    }

    public SnapshotHolder Holder => Services.GetRequiredService<SnapshotHolder>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("HistoryCms:ReloadDelayMilliseconds", "50");
        if (contentPath is not null)
        {
            builder.UseSetting("HistoryCms:ContentPath", contentPath);
        }

        if (source is not null)
        {
            builder.ConfigureTestServices(services => services.AddSingleton(source));
        }

        if (!indexOnStart)
        {
            // The feeder is the one hosted service registered through a factory (the content watcher is registered by type).
            builder.ConfigureTestServices(services =>
            {
                var feeder = services.Single(d => d.ServiceType == typeof(IHostedService) && d.ImplementationFactory is not null);
                services.Remove(feeder);
            });
        }
    }
}

/// <summary>A content source whose items a test replaces (then reloads the holder).</summary>
internal sealed class SwappableContentSource(IReadOnlyList<ContentItem> items) : IContentSource
{
    private ContentLoadResult _result = new(items, []);
    private Exception? _failure;

    public string? RootPath => null;

    public ContentLoadResult Load() => Volatile.Read(ref _failure) is { } exception ? throw exception : Volatile.Read(ref _result);

    public void Set(IReadOnlyList<ContentItem> newItems, params ContentLoadProblem[] problems)
    {
        Volatile.Write(ref _failure, null);
        Volatile.Write(ref _result, new ContentLoadResult(newItems, problems));
    }

    /// <summary>Makes every load throw the exception until <see cref="Set"/> is called.</summary>
    public void Throw(Exception exception) => Volatile.Write(ref _failure, exception);
}
