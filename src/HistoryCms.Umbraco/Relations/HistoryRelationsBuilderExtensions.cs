using Microsoft.Extensions.DependencyInjection.Extensions;
using Umbraco.Cms.Core.DependencyInjection;
using Umbraco.Cms.Core.Notifications;

namespace HistoryCms.Umbraco.Relations;

/// <summary>Registers the upkeep of the content model's manual relations.</summary>
public static class HistoryRelationsBuilderExtensions
{
    /// <summary>
    /// Adds <see cref="HistoryRelationSync"/> and the <see cref="HistoryRelationHandler"/> for published, unpublished and
    /// trashed content. Safe to call more than once. <c>AddHistoryCms()</c> calls it.
    /// </summary>
    /// <param name="builder">The Umbraco builder.</param>
    /// <returns>The same builder, for chaining.</returns>
    public static IUmbracoBuilder AddHistoryRelations(this IUmbracoBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddTransient<HistoryRelationSync>();
        builder.AddNotificationHandler<ContentPublishedNotification, HistoryRelationHandler>();
        builder.AddNotificationHandler<ContentUnpublishedNotification, HistoryRelationHandler>();
        builder.AddNotificationHandler<ContentMovedToRecycleBinNotification, HistoryRelationHandler>();
        return builder;
    }
}
