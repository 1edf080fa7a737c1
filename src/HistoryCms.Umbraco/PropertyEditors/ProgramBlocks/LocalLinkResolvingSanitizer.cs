using HistoryCms.Core.Content;
using Umbraco.Cms.Core.Templates;

namespace HistoryCms.Umbraco.PropertyEditors.ProgramBlocks;

/// <summary>
/// Resolves the <c>{localLink:…}</c> links Umbraco's Tiptap link tool writes (<c>&lt;a href="/{localLink:&lt;guid&gt;}"
/// type="document"&gt;</c>) to the linked page's URL with Umbraco's own <see cref="HtmlLocalLinkParser"/>
/// (src/Umbraco.Core/Templates/HtmlLocalLinkParser.cs), the way Umbraco's rich-text converter does for its own editor, and
/// then sanitizes the HTML. A link to a page that does not exist (or is not published) gets Umbraco's <c>#</c>.
/// </summary>
/// <param name="links">Umbraco's local link parser.</param>
/// <param name="inner">The sanitizer run on the resolved HTML.</param>
internal sealed class LocalLinkResolvingSanitizer(HtmlLocalLinkParser links, IHtmlSanitizer inner) : IHtmlSanitizer
{
    /// <inheritdoc />
    public string Sanitize(string html) => inner.Sanitize(links.EnsureInternalLinks(html ?? string.Empty));
}
