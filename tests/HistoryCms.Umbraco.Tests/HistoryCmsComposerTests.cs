using HistoryCms.Core.Citations;
using HistoryCms.Umbraco.PropertyEditors.DocumentCitations;
using HistoryCms.Umbraco.PropertyEditors.ProgramBlocks;
using HistoryCms.Umbraco.Schema;
using HistoryCms.Umbraco.Tests.TestSupport;
using HistoryCms.Web.Citations;
using HistoryCms.Web.Rendering;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Umbraco.Cms.Core.Composing;
using Umbraco.Cms.Core.DependencyInjection;
using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Notifications;
using Umbraco.Cms.Core.PropertyEditors;
using Umbraco.Cms.Core.Web;
using Umbraco.Extensions;

namespace HistoryCms.Umbraco.Tests;

public sealed class HistoryCmsComposerTests
{
    [Fact]
    public void The_type_loader_finds_our_composer_and_both_data_editors()
    {
        TypeLoader typeLoader = PackageBuilder.CreateTypeLoader();

        Assert.Contains(typeof(HistoryCmsComposer), typeLoader.GetTypes<IComposer>());
        Assert.Equal(
            [typeof(DocumentCitationsDataEditor), typeof(ProgramBlocksDataEditor)],
            typeLoader.GetDataEditors().Where(t => t.Assembly == PackageBuilder.Package).OrderBy(t => t.Name));
    }

    [Fact]
    public void Composing_the_site_registers_the_schema_installer_handler_once()
    {
        var services = new ServiceCollection();
        UmbracoBuilder builder = PackageBuilder.Create(services);

        builder.AddComposers();

        Assert.Single(StartedHandlers(services));
        Assert.Single(services, d => d.ServiceType == typeof(HistorySchemaInstaller));
    }

    [Fact]
    public void Adding_HistoryCms_twice_registers_everything_once()
    {
        var once = new ServiceCollection();
        PackageBuilder.Create(once).AddHistoryCms();
        var twice = new ServiceCollection();
        UmbracoBuilder builder = PackageBuilder.Create(twice);

        builder.AddHistoryCms().AddHistoryCms();
        builder.AddComposers();

        Assert.Single(StartedHandlers(twice));
        Assert.Equal(once.Count, twice.Count);
    }

    [Fact]
    public void A_built_site_creates_both_data_editors_from_the_container()
    {
        var services = new ServiceCollection();
        UmbracoBuilder builder = PackageBuilder.Create(services);
        builder.AddComposers();
        builder.Build();
        services.AddSingleton(UmbracoTestObjects.IOHelper);
        services.AddSingleton(UmbracoTestObjects.Content.Published.Cache);
        services.AddSingleton(UmbracoTestObjects.Content.Published.Navigation);
        services.AddSingleton(UmbracoTestObjects.Content.Published.Urls);
        services.AddSingleton<IUmbracoContextFactory>(UmbracoTestObjects.Content.Contexts);
        services.AddSingleton(UmbracoTestObjects.Content.PublicAccess);
        using ServiceProvider provider = services.BuildServiceProvider();

        DataEditorCollection editors = provider.GetRequiredService<DataEditorCollection>();

        Assert.Contains(editors, e => e is DocumentCitationsDataEditor);
        Assert.Contains(editors, e => e is ProgramBlocksDataEditor);
    }

    [Fact]
    public void A_built_site_serves_the_citation_converter_preview_and_backoffice_only_policy()
    {
        var services = new ServiceCollection();
        UmbracoBuilder builder = PackageBuilder.Create(services);
        builder.AddComposers();
        builder.Build();
        var backOffice = new AuthorizationPolicyBuilder("TestBackOffice").RequireAuthenticatedUser().Build();
        services.AddAuthorization(o => o.AddPolicy(DocumentCitationsBuilderExtensions.BackOfficeAccessPolicy, backOffice));
        services.AddSingleton(UmbracoTestObjects.Content.Published.Cache);
        services.AddSingleton(UmbracoTestObjects.Content.Published.Navigation);
        services.AddSingleton(UmbracoTestObjects.Content.Published.Urls);
        services.AddSingleton<IUmbracoContextFactory>(UmbracoTestObjects.Content.Contexts);
        services.AddSingleton(UmbracoTestObjects.Content.PublicAccess);
        using ServiceProvider provider = services.BuildServiceProvider();

        Assert.Contains(provider.GetRequiredService<PropertyValueConverterCollection>(), c => c is DocumentCitationsValueConverter);
        Assert.NotNull(provider.GetRequiredService<CitationPreviewBuilder>());
        Assert.Same(backOffice, provider.GetRequiredService<IOptions<AuthorizationOptions>>().Value.GetPolicy(CitationPreviewController.AuthorizationPolicy));
        Assert.Contains(services, d => d.ServiceType == typeof(INotificationHandler<ContentSavingNotification>) && d.ImplementationType == typeof(CitationMarkerSavingHandler));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_site_has_one_citation_settings_resolver_over_Umbracos_urls_whether_it_adds_the_pages_before_or_after(bool pagesFirst)
    {
        var services = new ServiceCollection();
        if (pagesFirst)
        {
            services.AddHistoryPages();
        }

        UmbracoBuilder builder = PackageBuilder.Create(services);
        builder.AddComposers();
        builder.Build();
        if (!pagesFirst)
        {
            services.AddHistoryPages();
        }

        services.AddSingleton(UmbracoTestObjects.Content.Published.Cache);
        services.AddSingleton(UmbracoTestObjects.Content.Published.Navigation);
        services.AddSingleton(UmbracoTestObjects.Content.Published.Urls);
        services.AddSingleton<IUmbracoContextFactory>(UmbracoTestObjects.Content.Contexts);
        services.AddSingleton(UmbracoTestObjects.Content.PublicAccess);
        using ServiceProvider provider = services.BuildServiceProvider();

        Assert.Single(services, d => d.ServiceType == typeof(ICitationSettingsResolver));
        Assert.Same(provider.GetRequiredService<UmbracoCitationSources>(), provider.GetRequiredService<ICitationSettingsResolver>());
    }

    private static IEnumerable<ServiceDescriptor> StartedHandlers(IServiceCollection services) =>
        services.Where(d => d.ServiceType == typeof(INotificationAsyncHandler<UmbracoApplicationStartedNotification>)
            && d.ImplementationType == typeof(HistorySchemaStartupHandler));
}
