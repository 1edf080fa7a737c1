using HistoryCms.Web.ViewModels;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewEngines;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.DependencyInjection;

namespace HistoryCms.Web.Rendering;

/// <summary>
/// Renders one of the package's pages — its view, <c>_ViewStart</c> and layout — from inside another view: the thin
/// template an Umbraco site renders for a document type.
/// </summary>
/// <remarks>
/// The page is rendered in a view context of its own whose model is the <see cref="HistoryPageModel"/>, so the package's
/// <c>_Layout.cshtml</c> (<c>@model HistoryPageModel</c>) never meets the template's model (<c>IPublishedContent</c>):
/// ASP.NET Core throws when a layout's model type differs from the page's. The template itself sets <c>Layout = null</c>.
/// </remarks>
public static class HistoryPageHtmlHelperExtensions
{
    /// <summary>Renders <paramref name="page"/> as a whole page; without a page, the package's "not found" page with status 404.</summary>
    /// <param name="html">The calling view's HTML helper.</param>
    /// <param name="page">The page, e.g. from <see cref="IHistoryPageModelBuilder.BuildForRoute"/>.</param>
    /// <returns>The page's HTML.</returns>
    /// <exception cref="InvalidOperationException">The page's view cannot be found.</exception>
    public static async Task<IHtmlContent> HistoryPageAsync(this IHtmlHelper html, HistoryPageModel? page)
    {
        ArgumentNullException.ThrowIfNull(html);
        var outer = html.ViewContext;
        var services = outer.HttpContext.RequestServices;
        if (page is null)
        {
            outer.HttpContext.Response.StatusCode = StatusCodes.Status404NotFound;
            page = services.GetRequiredService<IHistoryPageModelBuilder>()
                .BuildNotFound($"There is no page at {outer.HttpContext.Request.Path}.");
        }

        var found = services.GetRequiredService<ICompositeViewEngine>().GetView(executingFilePath: null, page.ViewPath, isMainPage: true);
        if (!found.Success)
        {
            throw new InvalidOperationException($"There is no view at {page.ViewPath} (looked in: {string.Join(", ", found.SearchedLocations)}).");
        }

        var viewData = new ViewDataDictionary(services.GetRequiredService<IModelMetadataProvider>(), new ModelStateDictionary()) { Model = page };
        foreach (var entry in outer.ViewData)
        {
            viewData[entry.Key] = entry.Value;
        }

        using var writer = new StringWriter();
        await found.View.RenderAsync(new ViewContext(outer, found.View, viewData, writer)).ConfigureAwait(false);

        return new HtmlString(writer.ToString());
    }
}
