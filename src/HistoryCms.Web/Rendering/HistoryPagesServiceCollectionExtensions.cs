using System.Reflection;
using HistoryCms.Core.Citations;
using HistoryCms.Core.ProgramBlocks;
using HistoryCms.Web.Citations;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using CoreSanitizer = HistoryCms.Core.Content.IHtmlSanitizer;

namespace HistoryCms.Web.Rendering;

/// <summary>Registers what the package's pages need. Safe to call twice; every service is only added when the host has none.</summary>
public static class HistoryPagesServiceCollectionExtensions
{
    /// <summary>
    /// Adds the Razor view engine with the package's compiled views (a host's own view at the same path wins), the
    /// sanitizer, and the page model builder over the host's <see cref="HistoryCms.Core.Delivery.IHistoryGraph"/>
    /// (which the host registers).
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Changes the page settings.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddHistoryPages(this IServiceCollection services, Action<HistoryPagesOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<HistoryPagesOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.AddMvcCore()
            .AddViews()
            .AddRazorViewEngine()
            .ConfigureApplicationPartManager(AddViewsOf);
        services.AddHttpContextAccessor();
        services.TryAddSingleton<HistoryHtmlSanitizer>();
        services.TryAddSingleton<CoreSanitizer>(sp => sp.GetRequiredService<HistoryHtmlSanitizer>());
        services.TryAddSingleton<IMediaUrlResolver, NoMediaUrls>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(_ => ProgramBlockKindCollection.Discover(Assembly.GetEntryAssembly() is { } entry ? [entry] : []));
        services.TryAddSingleton(sp => sp.GetRequiredService<IOptions<HistoryPagesOptions>>().Value is var pages
            ? new CitationStyleOptions
            {
                ArchiveName = pages.ArchiveName,
                SiteBaseUrl = pages.SiteBaseUrl,
                DigitalArchiveUrl = pages.DigitalArchiveCitationUrl,
                Publisher = string.IsNullOrWhiteSpace(pages.CitationPublisher) ? null : pages.CitationPublisher.Trim(),
            }
            : throw new InvalidOperationException("HistoryPagesOptions could not be read."));
        services.TryAddSingleton<ICitationSettingsResolver, SiteRouteCitationSettings>();
        services.TryAddScoped<IContentRoutes, ScanningContentRoutes>();
        services.TryAddScoped<IHistoryPageModelBuilder, HistoryPageModelBuilder>();
        services.TryAddScoped<HistoryViewRenderer>();
        return services;
    }

    /// <summary>Adds this assembly's compiled views as application parts, after the host's own (so the host's views win).</summary>
    /// <param name="manager">The application part manager.</param>
    public static void AddViewsOf(ApplicationPartManager manager)
    {
        ArgumentNullException.ThrowIfNull(manager);
        var assembly = typeof(HistoryPagesServiceCollectionExtensions).Assembly;
        foreach (var part in ApplicationPartFactory.GetApplicationPartFactory(assembly).GetApplicationParts(assembly))
        {
            if (!manager.ApplicationParts.Any(p => p.GetType() == part.GetType() && p.Name == part.Name))
            {
                manager.ApplicationParts.Add(part);
            }
        }
    }
}
