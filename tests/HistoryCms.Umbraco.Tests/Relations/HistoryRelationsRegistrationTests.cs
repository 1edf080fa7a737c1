using HistoryCms.Umbraco.Relations;
using HistoryCms.Umbraco.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using NSubstitute;
using Umbraco.Cms.Core.DependencyInjection;
using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Notifications;
using Umbraco.Cms.Core.Services;

namespace HistoryCms.Umbraco.Tests.Relations;

public sealed class HistoryRelationsRegistrationTests
{
    [Fact]
    public void Adding_HistoryCms_registers_the_relation_handler_once_for_publish_unpublish_and_trash()
    {
        var services = new ServiceCollection();
        UmbracoBuilder builder = PackageBuilder.Create(services);

        builder.AddHistoryCms().AddHistoryCms();
        builder.AddHistoryRelations();
        builder.AddComposers();

        Assert.Single(Handlers<ContentPublishedNotification>(services));
        Assert.Single(Handlers<ContentUnpublishedNotification>(services));
        Assert.Single(Handlers<ContentMovedToRecycleBinNotification>(services));
        Assert.Single(services, d => d.ServiceType == typeof(HistoryRelationSync));
    }

    [Fact]
    public void No_handler_is_added_for_deleted_content_because_Umbraco_deletes_the_relations_of_a_deleted_node_itself()
    {
        var services = new ServiceCollection();

        PackageBuilder.Create(services).AddHistoryCms();

        Assert.DoesNotContain(services, d => d.ServiceType == typeof(INotificationHandler<ContentDeletedNotification>));
    }

    [Fact]
    public void A_built_container_creates_the_handler_for_every_notification()
    {
        var services = new ServiceCollection();
        PackageBuilder.Create(services).AddHistoryCms();
        services.AddLogging();
        services.AddSingleton(Substitute.For<IRelationService>());
        services.AddSingleton(Substitute.For<IEntityService>());
        using ServiceProvider provider = services.BuildServiceProvider();

        Assert.IsType<HistoryRelationHandler>(Assert.Single(provider.GetServices<INotificationHandler<ContentPublishedNotification>>()));
        Assert.IsType<HistoryRelationHandler>(Assert.Single(provider.GetServices<INotificationHandler<ContentUnpublishedNotification>>()));
        Assert.IsType<HistoryRelationHandler>(Assert.Single(provider.GetServices<INotificationHandler<ContentMovedToRecycleBinNotification>>()));
    }

    private static IEnumerable<ServiceDescriptor> Handlers<TNotification>(IServiceCollection services)
        where TNotification : INotification =>
        services.Where(d => d.ServiceType == typeof(INotificationHandler<TNotification>) && d.ImplementationType == typeof(HistoryRelationHandler));
}
