using HistoryCms.Core.Content;
using HistoryCms.Server.Snapshot;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace HistoryCms.Server.Tests;

/// <summary>The delivery server in process, over a content source the test controls.</summary>
internal sealed class ServerFactory(IContentSource? source, string? contentPath = null) : WebApplicationFactory<Program>
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
    }
}

/// <summary>A content source whose items a test replaces (then reloads the holder).</summary>
internal sealed class SwappableContentSource(IReadOnlyList<ContentItem> items) : IContentSource
{
    private ContentLoadResult result = new(items, []);

    public string? RootPath => null;

    public ContentLoadResult Load() => Volatile.Read(ref result);

    public void Set(IReadOnlyList<ContentItem> newItems, params ContentLoadProblem[] problems) =>
        Volatile.Write(ref result, new ContentLoadResult(newItems, problems));
}
