using HistoryCms.Web.ViewModels;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace HistoryCms.Web.Rendering;

/// <summary>A minimal-API result that renders a page model with its Razor view (and the layout its <c>_ViewStart</c> sets).</summary>
/// <param name="model">The page.</param>
/// <param name="statusCode">The HTTP status.</param>
public sealed class HistoryPageResult(HistoryPageModel model, int statusCode = StatusCodes.Status200OK) : IResult
{
    /// <summary>The page.</summary>
    public HistoryPageModel Model => model;

    /// <summary>The HTTP status.</summary>
    public int StatusCode => statusCode;

    /// <inheritdoc />
    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var metadata = httpContext.RequestServices.GetRequiredService<IModelMetadataProvider>();
        var view = new ViewResult
        {
            ViewName = model.ViewPath,
            ViewData = new ViewDataDictionary(metadata, new ModelStateDictionary()) { Model = model },
            StatusCode = statusCode,
            ContentType = "text/html; charset=utf-8",
        };
        return view.ExecuteResultAsync(new ActionContext(httpContext, httpContext.GetRouteData(), new ActionDescriptor()));
    }
}
