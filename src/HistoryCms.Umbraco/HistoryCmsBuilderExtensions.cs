using HistoryCms.Core.Content;
using HistoryCms.Umbraco.ContentLookup;
using HistoryCms.Umbraco.HistoryApi;
using HistoryCms.Umbraco.PropertyEditors.DocumentCitations;
using HistoryCms.Umbraco.PropertyEditors.ProgramBlocks;
using HistoryCms.Umbraco.Relations;
using HistoryCms.Umbraco.Schema;
using HistoryCms.Umbraco.Search;
using HistoryCms.Web.Rendering;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Umbraco.Cms.Core.DependencyInjection;
using Umbraco.Cms.Core.Notifications;

namespace HistoryCms.Umbraco;

/// <summary>Registers HistoryCms with Umbraco.</summary>
public static class HistoryCmsBuilderExtensions
{
    /// <summary>
    /// Adds HistoryCms to the site. <see cref="HistoryCmsComposer"/> calls it, so a site needs no code; calling it
    /// again (from Program.cs or another composer) registers nothing twice.
    /// </summary>
    /// <remarks>
    /// Umbraco discovers on its own the data editors (Document Citations, Program Blocks), property value converters
    /// and Delivery API query and index handlers of the package. Everything else is registered here: services,
    /// notification handlers (the schema installer runs on <see cref="UmbracoApplicationStartedNotification"/>) and
    /// data value reference factories, which Umbraco does not discover.
    /// </remarks>
    /// <param name="builder">The Umbraco builder.</param>
    /// <returns>The same builder, for chaining.</returns>
    public static IUmbracoBuilder AddHistoryCms(this IUmbracoBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (builder.Services.Any(descriptor => descriptor.ServiceType == typeof(HistoryCmsMarker)))
        {
            return builder;
        }

        builder.Services.AddSingleton(new HistoryCmsMarker());
        builder.Services.AddSingleton(new HostRoutedPages("Umbraco"));
        builder.Services.AddTransient<HistorySchemaInstaller>();
        builder.AddNotificationAsyncHandler<UmbracoApplicationStartedNotification, HistorySchemaStartupHandler>();
        builder.AddHistoryRelations();

        builder.Services.AddSingleton<UmbracoContentLookup>();
        builder.Services.TryAddSingleton<IContentLookup>(services => services.GetRequiredService<UmbracoContentLookup>().Published);
        builder.AddDocumentCitations();
        builder.AddProgramBlocks();
        builder.AddHistorySearch();
        builder.AddHistoryApi();
        return builder;
    }

    /// <summary>Marks a service collection to which HistoryCms was added.</summary>
    private sealed class HistoryCmsMarker;
}
