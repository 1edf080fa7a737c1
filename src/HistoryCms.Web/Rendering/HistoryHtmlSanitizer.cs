using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Ganss.Xss;

namespace HistoryCms.Web.Rendering;

/// <summary>
/// The one configured HTML sanitizer of the package (the HtmlSanitizer library): every piece of editor-written HTML a
/// page shows (post bodies, translations, bios, rich text blocks) goes through it. It keeps ordinary rich text (headings,
/// paragraphs, lists, tables, links, images, <c>lang</c>, the citation marker's <c>data-citation</c>) and drops scripts,
/// event handlers, styles, forms, frames and any URL that is not http(s), mailto or relative.
/// It is also Core's <see cref="HistoryCms.Core.Content.IHtmlSanitizer"/> (rich text blocks). Thread-safe: configured once, then only read.
/// </summary>
public sealed class HistoryHtmlSanitizer : HistoryCms.Core.Content.IHtmlSanitizer
{
    private static readonly string[] RemovedTags =
    [
        "form", "input", "button", "select", "option", "optgroup", "textarea", "label", "fieldset", "legend", "style", "font",
    ];

    /// <summary>Removed tags whose content is code or markup, not text for readers: dropped with everything inside.</summary>
    private static readonly HashSet<string> DroppedWithContent = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "template", "noscript", "iframe", "object", "embed", "textarea", "title", "xmp", "noembed", "noframes", "svg", "math", "select",
    };

    private readonly HtmlSanitizer _content;
    private readonly HtmlSanitizer _snippets;

    /// <summary>Creates the sanitizer with the package's rules.</summary>
    public HistoryHtmlSanitizer()
    {
        _content = new HtmlSanitizer();
        foreach (var tag in RemovedTags)
        {
            _content.AllowedTags.Remove(tag);
        }

        _content.AllowedTags.Add("figure");
        _content.AllowedTags.Add("figcaption");
        _content.AllowedAttributes.Remove("style");
        _content.AllowedAttributes.Add("data-citation");
        _content.AllowedAttributes.Add("lang");
        _content.AllowedAttributes.Add("title");
        _content.AllowedSchemes.Add("mailto");
        _content.AllowDataAttributes = false;
        _content.KeepChildNodes = true;
        _content.RemovingTag += DropContentOfCode;
        _content.PostProcessNode += (_, e) =>
        {
            if (e.Node is IHtmlAnchorElement anchor && string.Equals(anchor.Target, "_blank", StringComparison.OrdinalIgnoreCase))
            {
                anchor.SetAttribute("rel", "noopener noreferrer");
            }
        };

        _snippets = new HtmlSanitizer(new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(["mark"], StringComparer.OrdinalIgnoreCase),
            AllowedAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase),
            AllowedSchemes = new HashSet<string>(StringComparer.OrdinalIgnoreCase),
        })
        {
            KeepChildNodes = true,
        };
        _snippets.RemovingTag += DropContentOfCode;
    }

    /// <inheritdoc />
    public string Sanitize(string? html) => string.IsNullOrWhiteSpace(html) ? string.Empty : _content.Sanitize(html);

    /// <summary>Sanitizes editor-written HTML into a document whose body holds the safe nodes, for further changes (markers) before output.</summary>
    /// <param name="html">The HTML as stored.</param>
    /// <returns>The document.</returns>
    internal IHtmlDocument SanitizeToDocument(string? html) => _content.SanitizeDom(html ?? string.Empty, string.Empty);

    /// <summary>Keeps only <c>&lt;mark&gt;</c> (without attributes) of a search snippet; everything else becomes text.</summary>
    /// <param name="snippet">The snippet (already HTML-escaped by the search, with matches marked).</param>
    /// <returns>Safe HTML.</returns>
    public string SanitizeSnippet(string? snippet) => string.IsNullOrWhiteSpace(snippet) ? string.Empty : _snippets.Sanitize(snippet);

    /// <summary>Serializes the safe nodes of a document produced by <see cref="SanitizeToDocument"/>.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The HTML of its body.</returns>
    internal static string BodyHtml(IHtmlDocument document) => document.Body?.InnerHtml ?? string.Empty;

    private static void DropContentOfCode(object? sender, RemovingTagEventArgs e)
    {
        if (DroppedWithContent.Contains(e.Tag.LocalName))
        {
            e.Tag.TextContent = string.Empty;
        }
    }

    /// <summary>Every element of a sanitized document's body matching a CSS selector.</summary>
    /// <param name="document">The document.</param>
    /// <param name="selector">The selector.</param>
    /// <returns>The elements, in document order.</returns>
    internal static IReadOnlyList<IElement> Select(IHtmlDocument document, string selector) =>
        document.Body is { } body ? [.. body.QuerySelectorAll(selector)] : [];
}
