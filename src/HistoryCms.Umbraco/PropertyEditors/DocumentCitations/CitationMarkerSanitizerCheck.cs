using HistoryCms.Core.Citations;
using Microsoft.Extensions.Logging;
using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Notifications;
using UmbracoSanitizer = Umbraco.Cms.Core.Security.IHtmlSanitizer;

namespace HistoryCms.Umbraco.PropertyEditors.DocumentCitations;

/// <summary>
/// Warns at start-up when the site's rich-text sanitizer would strip citation markers. Umbraco's rich-text value editor
/// runs every saved body through <c>Umbraco.Cms.Core.Security.IHtmlSanitizer</c>
/// (<c>RichTextPropertyValueEditor.FromEditor</c>, src/Umbraco.Infrastructure/PropertyEditors/RichTextPropertyEditor.cs,
/// release/17.4.2). Umbraco registers a no-op one (<c>NoopHtmlSanitizer</c>, src/Umbraco.Core/DependencyInjection/UmbracoBuilder.cs);
/// a site that registers a real one (e.g. the HtmlSanitizer library, whose default drops every <c>data-*</c> attribute)
/// silently removes <c>&lt;sup data-citation="…"&gt;</c> from every post saved, so notes lose their numbers and order.
/// The check sanitizes a marker once and logs an error naming the fix when the marker does not survive.
/// </summary>
/// <param name="sanitizer">The site's rich-text sanitizer.</param>
/// <param name="logger">Where the warning goes.</param>
public sealed class CitationMarkerSanitizerCheck(UmbracoSanitizer sanitizer, ILogger<CitationMarkerSanitizerCheck> logger)
    : INotificationHandler<UmbracoApplicationStartingNotification>
{
    private const string Probe = "<p>Cited.<sup data-citation=\"3f2b8c1e-7a4d-4e9b-b1c2-0d9e8f7a6b5c\"></sup></p>";

    /// <summary>What the log says when markers do not survive.</summary>
    public const string Warning =
        "The site's rich-text HTML sanitizer ({Sanitizer}) removes citation markers (<sup data-citation=\"…\">) from post bodies: "
        + "notes will lose their numbering. Allow the sup element and its data-citation attribute in it "
        + "(HtmlSanitizer: AllowedTags.Add(\"sup\"); AllowedAttributes.Add(\"data-citation\")); see the Document Citations README.";

    /// <inheritdoc />
    public void Handle(UmbracoApplicationStartingNotification notification)
    {
        if (!KeepsMarkers(sanitizer))
        {
            logger.LogError(Warning, sanitizer.GetType().FullName);
        }
    }

    /// <summary>Whether <paramref name="htmlSanitizer"/> keeps a citation marker and its key.</summary>
    /// <param name="htmlSanitizer">The sanitizer.</param>
    /// <returns><c>true</c> when the marker survives sanitizing.</returns>
    public static bool KeepsMarkers(UmbracoSanitizer htmlSanitizer)
    {
        ArgumentNullException.ThrowIfNull(htmlSanitizer);
        var kept = CitationMarkers.Find(htmlSanitizer.Sanitize(Probe));
        return kept.Count == 1 && CitationKeys.SameKey(kept[0].Key, "3f2b8c1e-7a4d-4e9b-b1c2-0d9e8f7a6b5c");
    }
}
