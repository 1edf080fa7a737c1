using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using HistoryCms.Core.Content;
using HistoryCms.Core.Delivery;
using HistoryCms.Server.Snapshot;
using HistoryCms.Web.Rendering;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace HistoryCms.Web.Tests.TestSupport;

/// <summary>
/// An in-process site rendering the package's pages over content the test gives (the delivery server's real snapshot as
/// the <see cref="IHistoryGraph"/>). With <c>siteViews</c>, this test project's own Views/ come first, as a site's would.
/// </summary>
internal sealed class PageHost : IAsyncDisposable
{
    public const string SiteUrl = "https://history.example.org/";

    private readonly WebApplication _app;

    private PageHost(WebApplication app)
    {
        _app = app;
        Client = app.GetTestClient();
        Client.DefaultRequestHeaders.Accept.ParseAdd("text/html");
    }

    public HttpClient Client { get; }

    public IServiceProvider Services => _app.Services;

    /// <param name="items">The content.</param>
    /// <param name="siteViews">Whether this test project's Views/ come first, as a site's would.</param>
    /// <param name="configure">Adds or replaces services.</param>
    /// <param name="map">Maps the endpoints instead of <c>MapHistoryPages()</c> (e.g. as Umbraco routes content to a template).</param>
    public static async Task<PageHost> StartAsync(IReadOnlyList<ContentItem> items, bool siteViews = false, Action<IServiceCollection>? configure = null, Action<WebApplication>? map = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = Environments.Production });
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<IHistoryGraph>(new ContentSnapshot(items));
        builder.Services.AddMvcCore().ConfigureApplicationPartManager(manager =>
        {
            manager.ApplicationParts.Clear();
            if (siteViews)
            {
                var site = typeof(PageHost).Assembly;
                foreach (var part in ApplicationPartFactory.GetApplicationPartFactory(site).GetApplicationParts(site))
                {
                    manager.ApplicationParts.Add(part);
                }
            }
        });
        builder.Services.AddHistoryPages(o =>
        {
            o.ArchiveName = "Wilson Center";
            o.SiteBaseUrl = new Uri(SiteUrl);
        });
        configure?.Invoke(builder.Services);
        var app = builder.Build();
        if (map is null)
        {
            app.MapHistoryPages();
        }
        else
        {
            map(app);
        }

        await app.StartAsync(TestContext.Current.CancellationToken);
        return new PageHost(app);
    }

    public static Task<PageHost> SampleAsync(bool siteViews = false, params ContentItem[] extra) =>
        StartAsync([.. SampleSite.Items, .. extra], siteViews);

    public async Task<(HttpStatusCode Status, string Html)> GetAsync(string path)
    {
        using var response = await Client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    public async Task<IHtmlDocument> PageAsync(string path, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var (status, html) = await GetAsync(path);
        Assert.True(expected == status, $"GET {path}: expected {expected}, got {status}: {html[..Math.Min(html.Length, 2000)]}");
        return Parse(html);
    }

    public async Task<IHtmlDocument> PartialAsync(string view, object? model)
    {
        using var scope = _app.Services.CreateScope();
        var html = await scope.ServiceProvider.GetRequiredService<HistoryViewRenderer>().RenderAsync(view, model);
        return Parse("<!DOCTYPE html><html><body>" + html + "</body></html>");
    }

    public T Build<T>(Func<IHistoryPageModelBuilder, T> build)
    {
        using var scope = _app.Services.CreateScope();
        return build(scope.ServiceProvider.GetRequiredService<IHistoryPageModelBuilder>());
    }

    public static IHtmlDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.DisposeAsync();
    }
}
