using System.Net;
using HistoryCms.Core;
using HistoryCms.Testing.PublishedContent;
using HistoryCms.Web.Tests.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Umbraco.Cms.Core.Models.PublishedContent;
using static HistoryCms.Web.Tests.TestSupport.PageAssert;

namespace HistoryCms.Web.Tests.Rendering;

/// <summary>
/// The thin template an Umbraco site renders for a page type (Views/historyBlogPost.cshtml in this project, the shape of
/// the one the schema installer creates) goes through the real Razor engine the way Umbraco's <c>RenderController</c>
/// hands it over (Web.Common/Controllers/RenderController.cs@release/17.4.2: <c>View(template, model)</c>, the model being
/// the routed <c>IPublishedContent</c>). ASP.NET Core throws when a layout's model type differs from the page's, so the
/// template must not put the package's <c>_Layout</c> (<c>@model HistoryPageModel</c>) around itself.
/// </summary>
public sealed class UmbracoTemplateTests
{
    private const string Template = "/Views/historyBlogPost.cshtml";
    private const string PostPath = "/posts/failed-diplomacy-soviet-american-relations-and-the-division-of-korea/";

    [Fact]
    public async Task A_template_whose_model_is_IPublishedContent_renders_the_post_inside_the_package_layout()
    {
        await using var host = await UmbracoLikeHostAsync();

        var page = await host.PageAsync(PostPath);

        Assert.Single(page.QuerySelectorAll("html"));
        Assert.NotNull(page.QuerySelector("body.history header.history-header form[role=search]"));
        Assert.StartsWith("Failed Diplomacy", Text(page.QuerySelector("main#main h1")), StringComparison.Ordinal);
        Assert.StartsWith("Failed Diplomacy", page.Title, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("main#main .history-notes"));
        Assert.NotNull(page.QuerySelector("footer.history-footer"));
    }

    [Fact]
    public async Task A_template_at_a_path_the_package_has_no_page_for_renders_the_not_found_page_with_status_404()
    {
        await using var host = await UmbracoLikeHostAsync();

        var page = await host.PageAsync("/posts/no-such-post/", HttpStatusCode.NotFound);

        Assert.Equal("Page not found", Text(page.QuerySelector("main#main h1")));
        Assert.NotNull(page.QuerySelector("header.history-header"));
    }

    /// <summary>A site whose every request Umbraco routes to the template with the routed content as the model.</summary>
    private static Task<PageHost> UmbracoLikeHostAsync() => PageHost.StartAsync(
        SampleSite.Items,
        siteViews: true,
        map: app => app.MapGet("/{**path}", (HttpContext context) => RenderTemplateAsync(context)));

    private static Task RenderTemplateAsync(HttpContext context)
    {
        var metadata = context.RequestServices.GetRequiredService<IModelMetadataProvider>();
        var view = new ViewResult
        {
            ViewName = Template,
            ViewData = new ViewDataDictionary<IPublishedContent>(metadata, new ModelStateDictionary())
            {
                Model = new PublishedTestSite().Add(HistoryAliases.ContentTypes.BlogPost, "Failed Diplomacy", route: context.Request.Path),
            },
        };
        return view.ExecuteResultAsync(new ActionContext(context, context.GetRouteData(), new ActionDescriptor()));
    }
}
