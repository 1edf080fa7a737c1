using HistoryCms.Core.Citations;
using HistoryCms.Umbraco.ContentLookup;
using HistoryCms.Web.Citations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Umbraco.Cms.Core.DependencyInjection;
using Umbraco.Cms.Core.Notifications;

namespace HistoryCms.Umbraco.PropertyEditors.DocumentCitations;

/// <summary>Registers the services of the Document Citations editor (called once by <c>AddHistoryCms</c>).</summary>
public static class DocumentCitationsBuilderExtensions
{
    /// <summary>Umbraco's backoffice access policy (<c>AuthorizationPolicies.BackOfficeAccess</c> in Umbraco.Cms.Web.Common).</summary>
    public const string BackOfficeAccessPolicy = "BackOfficeAccess";

    /// <summary>
    /// Adds the value validator, index value factory, cited document sources (for the value converter, which Umbraco
    /// discovers), the marker check on save, the warnings about unresolved references on publish, and the citation preview endpoint's builder and authorization: the
    /// endpoint's policy is made Umbraco's backoffice access policy, so only signed-in backoffice users can call it.
    /// </summary>
    /// <param name="builder">The Umbraco builder.</param>
    /// <returns>The same builder.</returns>
    public static IUmbracoBuilder AddDocumentCitations(this IUmbracoBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<DocumentCitationsValueValidator>();
        builder.Services.AddSingleton<DocumentCitationsIndexValueFactory>();
        // The site's one citation settings resolver, over Umbraco's published URLs: it replaces the route-based one that
        // AddHistoryPages() adds for hosts without Umbraco, whichever is called first.
        builder.Services.AddSingleton<UmbracoCitationSources>();
        builder.Services.RemoveAll<ICitationSettingsResolver>();
        builder.Services.AddSingleton<ICitationSettingsResolver>(services => services.GetRequiredService<UmbracoCitationSources>());
        builder.Services.AddTransient(services =>
        {
            var preview = services.GetRequiredService<UmbracoContentLookup>().Preview;
            var settings = services.GetRequiredService<ICitationSettingsResolver>().Resolve(preview, itemKey: null);
            return new CitationPreviewBuilder(preview, settings.Documents, settings.Style);
        });
        builder.Services.AddOptions<AuthorizationOptions>().PostConfigure(options =>
        {
            if (options.GetPolicy(CitationPreviewController.AuthorizationPolicy) is null)
            {
                options.AddPolicy(
                    CitationPreviewController.AuthorizationPolicy,
                    options.GetPolicy(BackOfficeAccessPolicy) ?? new AuthorizationPolicyBuilder().RequireAssertion(_ => false).Build());
            }
        });
        builder.AddNotificationHandler<ContentSavingNotification, CitationMarkerSavingHandler>();
        builder.AddNotificationHandler<ContentPublishingNotification, UnresolvedReferencesPublishingHandler>();
        builder.AddNotificationHandler<UmbracoApplicationStartingNotification, CitationMarkerSanitizerCheck>();
        return builder;
    }
}
