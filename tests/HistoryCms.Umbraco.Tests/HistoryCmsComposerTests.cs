using System.Reflection;
using HistoryCms.Umbraco.PropertyEditors.DocumentCitations;
using HistoryCms.Umbraco.PropertyEditors.ProgramBlocks;
using HistoryCms.Umbraco.Schema;
using HistoryCms.Umbraco.Tests.TestSupport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using NSubstitute;
using Umbraco.Cms.Core.Composing;
using Umbraco.Cms.Core.DependencyInjection;
using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Notifications;
using Umbraco.Cms.Core.PropertyEditors;
using Umbraco.Extensions;

namespace HistoryCms.Umbraco.Tests;

public sealed class HistoryCmsComposerTests
{
    private static readonly Assembly Package = typeof(HistoryCmsComposer).Assembly;

    [Fact]
    public void The_type_loader_finds_our_composer_and_both_data_editors()
    {
        TypeLoader typeLoader = PackageTypeLoader();

        Assert.Contains(typeof(HistoryCmsComposer), typeLoader.GetTypes<IComposer>());
        Assert.Equal(
            [typeof(DocumentCitationsDataEditor), typeof(ProgramBlocksDataEditor)],
            typeLoader.GetDataEditors().Where(t => t.Assembly == Package).OrderBy(t => t.Name));
    }

    [Fact]
    public void Composing_the_site_registers_the_schema_installer_handler_once()
    {
        var services = new ServiceCollection();
        UmbracoBuilder builder = Builder(services);

        builder.AddComposers();

        Assert.Single(StartedHandlers(services));
        Assert.Single(services, d => d.ServiceType == typeof(HistorySchemaInstaller));
    }

    [Fact]
    public void Adding_HistoryCms_twice_registers_everything_once()
    {
        var once = new ServiceCollection();
        Builder(once).AddHistoryCms();
        var twice = new ServiceCollection();
        UmbracoBuilder builder = Builder(twice);

        builder.AddHistoryCms().AddHistoryCms();
        builder.AddComposers();

        Assert.Single(StartedHandlers(twice));
        Assert.Equal(once.Count, twice.Count);
    }

    [Fact]
    public void A_built_site_creates_both_data_editors_from_the_container()
    {
        var services = new ServiceCollection();
        UmbracoBuilder builder = Builder(services);
        builder.AddComposers();
        builder.Build();
        services.AddSingleton(UmbracoTestObjects.IOHelper);
        using ServiceProvider provider = services.BuildServiceProvider();

        DataEditorCollection editors = provider.GetRequiredService<DataEditorCollection>();

        Assert.Contains(editors, e => e is DocumentCitationsDataEditor);
        Assert.Contains(editors, e => e is ProgramBlocksDataEditor);
    }

    private static IEnumerable<ServiceDescriptor> StartedHandlers(IServiceCollection services) =>
        services.Where(d => d.ServiceType == typeof(INotificationAsyncHandler<UmbracoApplicationStartedNotification>)
            && d.ImplementationType == typeof(HistorySchemaStartupHandler));

    private static UmbracoBuilder Builder(IServiceCollection services) =>
        new(services, new ConfigurationBuilder().Build(), PackageTypeLoader());

    /// <summary>A type loader over the package assembly only (the default assembly provider fails on test-runner assemblies).</summary>
    private static TypeLoader PackageTypeLoader()
    {
        IAssemblyProvider assemblies = Substitute.For<IAssemblyProvider>();
        assemblies.Assemblies.Returns([Package]);
        var typeFinder = new TypeFinder(NullLogger<TypeFinder>.Instance, assemblies, []);
        return new TypeLoader(typeFinder, NullLogger<TypeLoader>.Instance);
    }
}
