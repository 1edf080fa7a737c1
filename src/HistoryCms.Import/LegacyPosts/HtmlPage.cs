using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace HistoryCms.Import.LegacyPosts;

/// <summary>
/// Reads a saved HTML page into blocks in reading order: each block-level element without block-level descendants is one
/// block (its text, whitespace collapsed); an image outside text is a block of its alternative text; text standing
/// directly in a container is a block of its own. Scripts, styles and forms are not read. The head gives the page's own
/// URL, title, description and date.
/// </summary>
internal static class HtmlPage
{
    private static readonly HashSet<string> BlockElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "aside", "blockquote", "dd", "details", "div", "dl", "dt", "figcaption", "figure", "footer",
        "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table",
        "tbody", "td", "th", "thead", "tr", "ul",
    };

    private static readonly HashSet<string> Unread = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "svg", "form", "button", "select", "textarea", "iframe", "object", "video", "audio",
    };

    /// <summary>Parses the page.</summary>
    /// <param name="html">The page's HTML.</param>
    /// <returns>The document (kept for the body writer) and the page.</returns>
    public static (IHtmlDocument Document, PageSource Page) Read(string html)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        var document = parser.ParseDocument(html);
        var blocks = new List<PageBlock>();
        if (document.Body is { } body)
        {
            Walk(body, blocks);
        }

        var url = Located(document, "link[rel=canonical]", "href") ?? Located(document, "meta[property='og:url']", "content");
        var date = Located(document, "meta[property='article:published_time']", "content") ?? Located(document, "time[datetime]", "datetime")
            ?? (document.QuerySelector("time") is { } time && Collapse(time.TextContent) is { } printed ? (printed, LineOf(time)) : null);
        var page = new PageSource(
            blocks,
            Url: url?.Value,
            HeadTitle: Attribute(document, "meta[property='og:title']", "content") ?? Collapse(document.Head?.QuerySelector("title")?.TextContent),
            Description: Attribute(document, "meta[name=description]", "content") ?? Attribute(document, "meta[property='og:description']", "content"),
            Date: date?.Value,
            IsHtml: true)
        {
            UrlLine = url?.Line,
            DateLine = date?.Line,
        };
        return (document, page);
    }

    /// <summary>Whitespace collapsed to single spaces and trimmed; <c>null</c> when blank.</summary>
    public static string? Collapse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>Whether an element is block-level for reading.</summary>
    public static bool IsBlock(IElement element) => BlockElements.Contains(element.LocalName);

    /// <summary>Whether an element is never read (script, style, form controls, embedded media).</summary>
    public static bool IsUnread(IElement element) => Unread.Contains(element.LocalName);

    /// <summary>The line an element starts on (1 when the parser kept no position).</summary>
    public static int LineOf(IElement element) => element.SourceReference?.Position.Line ?? 1;

    private static string? Attribute(IDocument document, string selector, string attribute) =>
        Collapse(document.QuerySelector(selector)?.GetAttribute(attribute));

    /// <summary>An attribute's value and the line of its element, for findings about it.</summary>
    private static (string Value, int Line)? Located(IDocument document, string selector, string attribute) =>
        document.QuerySelector(selector) is { } element && Collapse(element.GetAttribute(attribute)) is { } value ? (value, LineOf(element)) : null;

    private static void Walk(IElement container, List<PageBlock> blocks)
    {
        var pending = new List<INode>();
        foreach (var node in container.ChildNodes)
        {
            if (node is not IElement element)
            {
                pending.Add(node);
                continue;
            }

            if (IsUnread(element))
            {
                continue;
            }

            if (element.LocalName == "img" || (!IsBlock(element) && Collapse(element.TextContent) is null && element.QuerySelector("img") is not null))
            {
                Flush(container, pending, blocks);
                var image = element.LocalName == "img" ? element : element.QuerySelector("img")!;
                blocks.Add(new PageBlock(Collapse(image.GetAttribute("alt")) ?? string.Empty, BlockKind.Image, LineOf(image), image));
                continue;
            }

            if (!IsBlock(element))
            {
                pending.Add(element);
                continue;
            }

            Flush(container, pending, blocks);
            if (element.Descendants<IElement>().Any(d => IsBlock(d) || (d.LocalName == "img" && Collapse(element.TextContent) is null)))
            {
                Walk(element, blocks);
            }
            else if (Collapse(element.TextContent) is { } text)
            {
                blocks.Add(new PageBlock(text, KindOf(element), LineOf(element), element));
            }
        }

        Flush(container, pending, blocks);
    }

    private static void Flush(IElement container, List<INode> pending, List<PageBlock> blocks)
    {
        var text = Collapse(string.Concat(pending.Select(n => n.TextContent)));
        if (text is not null)
        {
            var line = pending.OfType<IElement>().Select(LineOf).DefaultIfEmpty(LineOf(container)).First();
            blocks.Add(new PageBlock(text, BlockKind.Text, line, container));
        }

        pending.Clear();
    }

    private static BlockKind KindOf(IElement element) => element.LocalName switch
    {
        "h1" or "h2" or "h3" or "h4" or "h5" or "h6" => BlockKind.Heading,
        "figcaption" => BlockKind.Caption,
        _ => BlockKind.Text,
    };
}
