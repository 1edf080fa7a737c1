using HistoryCms.Core.Delivery;
using HistoryCms.Core.Search;
using HistoryCms.Server.Snapshot;
using HistoryCms.Web.Rendering;
using HistoryCms.Web.Tests.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;

namespace HistoryCms.Web.Tests.Browser;

/// <summary>
/// The pages on a real loopback port (with the package's stylesheet) and a headless Chromium from the system (the Debian
/// <c>chromium</c> package, or <c>CHROME_PATH</c>). Without one the tests fail and say how to get one: they never skip.
/// </summary>
public sealed class BrowserSite : IAsyncLifetime
{
    private WebApplication? _app;
    private IPlaywright? _playwright;

    internal IBrowser Browser { get; private set; } = null!;

    internal Uri BaseUrl { get; private set; } = null!;

    /// <summary>The Chromium to drive: <c>CHROME_PATH</c>, else the Debian package's <c>/usr/bin/chromium</c>.</summary>
    internal static string ChromiumPath()
    {
        var configured = Environment.GetEnvironmentVariable("CHROME_PATH");
        var path = !string.IsNullOrWhiteSpace(configured) ? configured : "/usr/bin/chromium";
        Assert.True(
            File.Exists(path),
            $"No Chromium at {path}: the browser checks need one. Install the Debian package (apt-get install -y chromium; eng/test.sh does) or set CHROME_PATH to a Chromium or Chrome binary.");
        return path;
    }

    public async ValueTask InitializeAsync()
    {
        var chromium = ChromiumPath();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = Environments.Production });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<IHistoryGraph>(new ContentSnapshot([.. SampleSite.Items, .. InventedContent.Items]));
        builder.Services.AddSingleton<ISiteSearch>(new FakeSiteSearch());
        builder.Services.AddMvcCore().ConfigureApplicationPartManager(m => m.ApplicationParts.Clear());
        builder.Services.AddHistoryPages(o =>
        {
            o.ArchiveName = "Wilson Center";
            o.SiteBaseUrl = new Uri(PageHost.SiteUrl);
        });
        _app = builder.Build();
        _app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(Path.Combine(SampleSite.RepositoryRoot(), "src", "HistoryCms.Web", "wwwroot")),
            RequestPath = "/_content/HistoryCms.Web",
        });
        _app.MapHistoryPages();
        await _app.StartAsync();
        BaseUrl = new Uri(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
