using HistoryCms.Core.Content;

namespace HistoryCms.Web.Html;

/// <summary>
/// Makes editor HTML safe with the HtmlSanitizer library's allow-list (scripts, event handlers, <c>javascript:</c> URLs and
/// the like removed; ordinary markup kept), keeping the citation marker attribute <c>data-citation</c>.
/// </summary>
public sealed class HistoryHtmlSanitizer : IHtmlSanitizer
{
    private readonly Ganss.Xss.HtmlSanitizer sanitizer = Create();

    /// <inheritdoc/>
    public string Sanitize(string html) => string.IsNullOrEmpty(html) ? string.Empty : sanitizer.Sanitize(html);

    private static Ganss.Xss.HtmlSanitizer Create()
    {
        var sanitizer = new Ganss.Xss.HtmlSanitizer();
        sanitizer.AllowedAttributes.Add("data-citation");
        return sanitizer;
    }
}
