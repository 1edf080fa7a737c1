using HistoryCms.Core.ProgramBlocks;
using HistoryCms.Core.Content;
using HistoryCms.Core.ProgramBlocks.Delivery;
using HistoryCms.Web.Rendering;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Umbraco.Cms.Core.DependencyInjection;

namespace HistoryCms.Umbraco.PropertyEditors.ProgramBlocks;

/// <summary>Registers the Program Blocks editor's services with Umbraco.</summary>
public static class ProgramBlocksBuilderExtensions
{
    /// <summary>The builder of the site's block kinds (to exclude or add kinds from a composer).</summary>
    /// <param name="builder">The Umbraco builder.</param>
    /// <returns>The collection builder.</returns>
    public static ProgramBlockKindCollectionBuilder ProgramBlockKinds(this IUmbracoBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.WithCollectionBuilder<ProgramBlockKindCollectionBuilder>();
    }

    /// <summary>
    /// Adds the block kinds (built-in, and those the type loader finds in the site's assemblies), the
    /// <see cref="ProgramBlockKindCollection"/>, the delivery mapping and the HTML sanitizer of rich-text blocks
    /// (<see cref="HistoryHtmlSanitizer"/>, unless the site registered its own Core <see cref="IHtmlSanitizer"/>). Called by <c>AddHistoryCms</c>, which also registers
    /// the content lookup the value converter expands picked items from; safe to call twice.
    /// </summary>
    /// <param name="builder">The Umbraco builder.</param>
    /// <returns>The same builder.</returns>
    public static IUmbracoBuilder AddProgramBlocks(this IUmbracoBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        // The same registrations as AddHistoryPages(): rich-text blocks are sanitized, not flattened, on a site without it.
        builder.Services.TryAddSingleton<HistoryHtmlSanitizer>();
        builder.Services.TryAddSingleton<IHtmlSanitizer>(sp => sp.GetRequiredService<HistoryHtmlSanitizer>());
        if (builder.Services.Any(d => d.ServiceType == typeof(ProgramBlockKindCollection)))
        {
            return builder;
        }

        // The built-in kinds live in HistoryCms.Core, which does not reference Umbraco, so the type loader never scans it.
        builder.ProgramBlockKinds()
            .Add(() => ProgramBlockKindCollection.BuiltIn.Select(k => k.GetType()))
            .Add(() => builder.TypeLoader.GetTypes<IProgramBlockKind>());
        builder.Services.AddSingleton(sp => ProgramBlockKindCollection.FromFound(sp.GetRequiredService<DiscoveredProgramBlockKinds>()));
        builder.Services.TryAddSingleton(sp => new ProgramBlockDelivery(sp.GetRequiredService<ProgramBlockKindCollection>()));
        return builder;
    }
}
