using Ganss.Xss;
using HistoryCms.Umbraco.PropertyEditors.DocumentCitations;
using HistoryCms.Umbraco.Tests.TestSupport;
using Microsoft.Extensions.Logging;
using Umbraco.Cms.Core;
using Umbraco.Cms.Core.Notifications;
using Umbraco.Cms.Core.Security;
using UmbracoSanitizer = Umbraco.Cms.Core.Security.IHtmlSanitizer;

namespace HistoryCms.Umbraco.Tests.PropertyEditors.DocumentCitations;

/// <summary>
/// Umbraco's rich-text value editor sanitizes every saved body with Umbraco.Cms.Core.Security.IHtmlSanitizer
/// (RichTextPropertyEditor.cs FromEditor, release/17.4.2). Umbraco's default is the real NoopHtmlSanitizer from
/// Umbraco.Cms.Core; a site's real one is played by the HtmlSanitizer library, configured the way its documentation shows.
/// </summary>
public sealed class CitationMarkerSanitizerCheckTests
{
    [Fact]
    public void Umbracos_default_no_op_sanitizer_keeps_markers_and_nothing_is_logged()
    {
        var logger = new RecordingLogger<CitationMarkerSanitizerCheck>();

        new CitationMarkerSanitizerCheck(new NoopHtmlSanitizer(), logger).Handle(new UmbracoApplicationStartingNotification(RuntimeLevel.Run, false));

        Assert.Empty(logger.Entries);
    }

    [Fact]
    public void A_real_sanitizer_with_its_defaults_strips_markers_and_the_site_is_told_how_to_keep_them()
    {
        var logger = new RecordingLogger<CitationMarkerSanitizerCheck>();

        new CitationMarkerSanitizerCheck(new Library(new HtmlSanitizer()), logger).Handle(new UmbracoApplicationStartingNotification(RuntimeLevel.Run, false));

        var entry = Assert.Single(logger.Entries);
        Assert.Equal(LogLevel.Error, entry.Level);
        Assert.Contains("AllowedAttributes.Add(\"data-citation\")", entry.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_real_sanitizer_told_to_keep_the_attribute_keeps_markers()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedTags.Add("sup");
        sanitizer.AllowedAttributes.Add("data-citation");

        Assert.True(CitationMarkerSanitizerCheck.KeepsMarkers(new Library(sanitizer)));
    }

    private sealed class Library(HtmlSanitizer sanitizer) : UmbracoSanitizer
    {
        public string Sanitize(string html) => sanitizer.Sanitize(html);
    }
}
