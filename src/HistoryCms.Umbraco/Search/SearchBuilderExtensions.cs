using HistoryCms.Core.Search;
using HistoryCms.Search;
using HistoryCms.Search.Contributors;
using HistoryCms.Umbraco.ContentLookup;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Umbraco.Cms.Core.DependencyInjection;
using Umbraco.Cms.Core.Notifications;
using Umbraco.Cms.Core.Runtime;

namespace HistoryCms.Umbraco.Search;

/// <summary>Registers the site search with Umbraco.</summary>
public static class SearchBuilderExtensions
{
    /// <summary>The configuration key of the index folder (default <c>umbraco/Data/TEMP/HistoryCms/Search</c>, local to each server).</summary>
    public const string IndexPathKey = "HistoryCms:Search:IndexPath";

    /// <summary>
    /// Adds the site search: one <see cref="SiteIndex"/> per server in its local temp folder, written only by the
    /// MainDom process (<see cref="MainDomSiteIndex"/>), the
    /// <see cref="ISiteSearch"/> the History API serves, the cache refresher handler that keeps the index current (in
    /// the background, through <see cref="SiteIndexUpdates"/>) and an update at start-up. Indexes what anyone may see:
    /// <see cref="UmbracoContentLookup.Public"/> (published, not member-protected). A site indexes a document type of its
    /// own, or reads one of the package's differently, by registering an <see cref="ISearchContributor"/> (it replaces the
    /// package's for the same type). Safe to call twice.
    /// </summary>
    /// <param name="builder">The Umbraco builder.</param>
    /// <returns>The same builder, for chaining.</returns>
    public static IUmbracoBuilder AddHistorySearch(this IUmbracoBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (builder.Services.Any(descriptor => descriptor.ServiceType == typeof(HistorySearchMarker)))
        {
            return builder;
        }

        builder.Services.AddSingleton(new HistorySearchMarker());
        builder.Services.TryAddSingleton(provider =>
        {
            var configured = builder.Config[IndexPathKey];
            var path = string.IsNullOrWhiteSpace(configured)
                ? Path.Combine(provider.GetRequiredService<IHostEnvironment>().ContentRootPath, "umbraco", "Data", "TEMP", "HistoryCms", "Search")
                : configured;
            return MainDomSiteIndex.Open(path, provider.GetRequiredService<IMainDom>(), provider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(MainDomSiteIndex)));
        });
        builder.Services.TryAddSingleton<ISiteSearch>(provider => new LuceneSiteSearch(provider.GetRequiredService<SiteIndex>()));
        foreach (var contributor in SiteIndexFeed.DefaultContributors)
        {
            builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<ISearchContributor>(contributor));
        }

        builder.Services.TryAddSingleton(provider => new SiteIndexFeed(
            provider.GetRequiredService<SiteIndex>(), provider.GetRequiredService<UmbracoContentLookup>().Public, provider.GetServices<ISearchContributor>()));
        builder.Services.TryAddSingleton<SiteIndexUpdates>();
        builder.AddNotificationHandler<ContentCacheRefresherNotification, SiteIndexCacheRefresherHandler>();
        builder.AddNotificationHandler<PublicAccessCacheRefresherNotification, SiteIndexCacheRefresherHandler>();
        builder.AddNotificationHandler<UmbracoApplicationStartedNotification, SiteIndexStartupHandler>();
        return builder;
    }

    /// <summary>Marks a service collection to which the site search was added.</summary>
    private sealed class HistorySearchMarker;
}
