using HistoryCms.Core.Search;
using HistoryCms.Search;
using HistoryCms.Search.Contributors;
using HistoryCms.Umbraco.Search;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NSubstitute;
using Umbraco.Cms.Core;
using Umbraco.Cms.Core.Composing;
using Umbraco.Cms.Core.DependencyInjection;
using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Notifications;
using Umbraco.Cms.Core.Runtime;

namespace HistoryCms.Umbraco.Tests.Search;

public sealed class SearchBuilderExtensionsTests
{
    [Fact]
    public void Adding_the_search_twice_registers_each_service_and_handler_once()
    {
        var services = new ServiceCollection();
        var builder = new UmbracoBuilder(services, new ConfigurationBuilder().Build(), TypeLoader());

        builder.AddHistorySearch().AddHistorySearch();

        Assert.Single(services, d => d.ServiceType == typeof(SiteIndex));
        Assert.Single(services, d => d.ServiceType == typeof(ISiteSearch));
        Assert.Single(services, d => d.ServiceType == typeof(INotificationHandler<ContentCacheRefresherNotification>)
            && d.ImplementationType == typeof(SiteIndexCacheRefresherHandler));
        Assert.Single(services, d => d.ServiceType == typeof(INotificationHandler<PublicAccessCacheRefresherNotification>)
            && d.ImplementationType == typeof(SiteIndexCacheRefresherHandler));
        Assert.Single(services, d => d.ServiceType == typeof(INotificationHandler<UmbracoApplicationStartedNotification>)
            && d.ImplementationType == typeof(SiteIndexStartupHandler));
        Assert.Single(services, d => d.ServiceType == typeof(SiteIndexUpdates));
        Assert.Equal(
            SiteIndexFeed.DefaultContributors,
            services.Where(d => d.ServiceType == typeof(ISearchContributor)).Select(d => d.ImplementationInstance));
    }

    [Fact]
    public void A_contributor_the_site_registers_first_is_kept_beside_the_packages()
    {
        var services = new ServiceCollection();
        var site = Substitute.For<ISearchContributor>();
        site.ContentType.Returns("siteReport");
        services.AddSingleton(site);

        new UmbracoBuilder(services, new ConfigurationBuilder().Build(), TypeLoader()).AddHistorySearch();

        using var provider = services.BuildServiceProvider();
        Assert.Equal([site, .. SiteIndexFeed.DefaultContributors], provider.GetServices<ISearchContributor>());
    }

    [Fact]
    public async Task The_index_opens_in_the_configured_folder()
    {
        var folder = Directory.CreateTempSubdirectory("historycms-umbraco-search-").FullName;
        try
        {
            var services = new ServiceCollection();
            var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [SearchBuilderExtensions.IndexPathKey] = folder }).Build();
            new UmbracoBuilder(services, config, TypeLoader()).AddHistorySearch();
            services.AddSingleton<IMainDom>(new SimpleMainDom());
            services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);

            using (var provider = services.BuildServiceProvider())
            {
                var index = provider.GetRequiredService<SiteIndex>();
                Assert.Equal(0, index.Count);
                Assert.IsType<LuceneSiteSearch>(provider.GetRequiredService<ISiteSearch>());
                await index.IndexAsync([new SearchDocument { Id = Guid.NewGuid(), Type = "historyArchivalDocument", Title = "Cable", Route = "/cable/" }], TestContext.Current.CancellationToken);
            }

            Assert.NotEmpty(Directory.GetFiles(folder));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static TypeLoader TypeLoader()
    {
        IAssemblyProvider assemblies = Substitute.For<IAssemblyProvider>();
        assemblies.Assemblies.Returns([typeof(SearchBuilderExtensions).Assembly]);
        return new TypeLoader(new TypeFinder(NullLogger<TypeFinder>.Instance, assemblies, []), NullLogger<TypeLoader>.Instance);
    }
}
