using HistoryCms.Umbraco.Tests.TestSupport;
using HistoryCms.Web.HistoryApi;
using HistoryCms.Web.Rendering;
using HistoryCms.Web.Search;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Hosting;

namespace HistoryCms.Umbraco.Tests;

/// <summary>
/// In an Umbraco site, Umbraco routes every content URL itself (its dynamic route for <c>/{**slug}</c>,
/// Web.Website/Routing/UmbracoRouteValueTransformer.cs@release/17.4.2) to the document type's template; the package's
/// page endpoints (<c>/</c> and <c>/{**path}</c>) would take those URLs away from it. So the site registers the pages
/// (<c>AddHistoryPages()</c>) and never maps them.
/// </summary>
public sealed class HistoryPagesInUmbracoSiteTests
{
    [Fact]
    public async Task An_Umbraco_site_that_calls_MapHistoryPages_is_told_to_render_pages_through_templates_instead()
    {
        await using WebApplication app = Site();

        var error = Assert.Throws<InvalidOperationException>(() => app.MapHistoryPages());

        Assert.Contains("catch-all route, which would take content URLs away from Umbraco's own routing", error.Message, StringComparison.Ordinal);
        Assert.Contains("Call only AddHistoryPages()", error.Message, StringComparison.Ordinal);
        Assert.Empty(((IEndpointRouteBuilder)app).DataSources.SelectMany(s => s.Endpoints));
    }

    [Fact]
    public async Task An_Umbraco_site_maps_the_History_API_and_search_beside_Umbraco_routing()
    {
        await using WebApplication app = Site();

        app.MapHistoryApi();
        app.MapHistorySearch();

        var routes = ((IEndpointRouteBuilder)app).DataSources.SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
            .Select(e => e.RoutePattern.RawText ?? string.Empty).ToList();
        Assert.NotEmpty(routes);
        Assert.All(routes, route => Assert.StartsWith("/history/api/", route, StringComparison.Ordinal));
    }

    private static WebApplication Site()
    {
        WebApplicationBuilder builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = Environments.Production });
        PackageBuilder.Create(builder.Services).AddHistoryCms();
        builder.Services.AddHistoryPages();
        return builder.Build();
    }
}
