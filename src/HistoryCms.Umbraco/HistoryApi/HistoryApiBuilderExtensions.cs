using HistoryCms.Core.Delivery;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Umbraco.Cms.Core.DependencyInjection;

namespace HistoryCms.Umbraco.HistoryApi;

/// <summary>Registers the History API's Umbraco-backed services.</summary>
public static class HistoryApiBuilderExtensions
{
    /// <summary>
    /// Registers <see cref="IHistoryGraph"/> over the published cache and the package's relations (safe to call twice). The
    /// endpoints themselves are mapped by the site with <c>endpoints.MapHistoryApi()</c> (HistoryCms.Web).
    /// </summary>
    /// <param name="builder">The Umbraco builder.</param>
    /// <returns>The builder.</returns>
    public static IUmbracoBuilder AddHistoryApi(this IUmbracoBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddScoped<IHistoryGraph, PublishedHistoryGraph>();
        return builder;
    }
}
