using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewEngines;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Routing;

namespace HistoryCms.Web.Rendering;

/// <summary>Renders a view or partial of the package to a string (for tests, feeds and e-mails), outside a request.</summary>
/// <param name="views">The view engine.</param>
/// <param name="metadata">Model metadata.</param>
/// <param name="tempData">Temp data (unused by the package's views; Razor wants one).</param>
/// <param name="services">The scope's services.</param>
public sealed class HistoryViewRenderer(ICompositeViewEngine views, IModelMetadataProvider metadata, ITempDataProvider tempData, IServiceProvider services)
{
    /// <summary>Renders the view at <paramref name="path"/> with <paramref name="model"/>.</summary>
    /// <param name="path">The view's path, e.g. <c>/Views/Shared/HistoryCms/_CiteBox.cshtml</c>.</param>
    /// <param name="model">The model.</param>
    /// <param name="asPage">Whether to render it as a page (with <c>_ViewStart</c> and the layout) rather than as a partial.</param>
    /// <returns>The HTML.</returns>
    /// <exception cref="InvalidOperationException">There is no view at <paramref name="path"/>.</exception>
    public async Task<string> RenderAsync(string path, object? model, bool asPage = false)
    {
        var http = new DefaultHttpContext { RequestServices = services };
        var action = new ActionContext(http, new RouteData(), new ActionDescriptor());
        var found = views.GetView(executingFilePath: null, path, isMainPage: asPage);
        if (!found.Success)
        {
            throw new InvalidOperationException($"There is no view at {path} (looked in: {string.Join(", ", found.SearchedLocations)}).");
        }

        using var writer = new StringWriter();
        var context = new ViewContext(
            action,
            found.View,
            new ViewDataDictionary(metadata, new ModelStateDictionary()) { Model = model },
            new TempDataDictionary(http, tempData),
            writer,
            new HtmlHelperOptions());
        await found.View.RenderAsync(context).ConfigureAwait(false);
        return writer.ToString();
    }
}
