using System.Net;
using HistoryCms.Core.Content;
using HistoryCms.Core.Values;

namespace HistoryCms.Umbraco.PropertyEditors.ProgramBlocks;

/// <summary>
/// The fallback when the site registers no <see cref="IHtmlSanitizer"/>: keeps only the words, escaped, in one paragraph.
/// Safe, never pretty; HistoryCms.Web registers a real sanitizer.
/// </summary>
internal sealed class PlainTextHtmlSanitizer : IHtmlSanitizer
{
    /// <inheritdoc />
    public string Sanitize(string html)
    {
        var text = HtmlText.ToPlainText(html);
        return text.Length == 0 ? string.Empty : $"<p>{WebUtility.HtmlEncode(text)}</p>";
    }
}
