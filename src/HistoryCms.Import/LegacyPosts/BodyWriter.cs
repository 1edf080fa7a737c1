using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using HistoryCms.Core.Citations;

namespace HistoryCms.Import.LegacyPosts;

/// <summary>
/// Writes a post body as rich-text HTML: paragraphs, headings, quotations, lists and inline emphasis are kept; containers
/// are unwrapped; images and embedded media are not imported and are reported. Every link to a Digital Archive document
/// the <see cref="ImportLookup"/> knows becomes a Document Citation: the link's words stay, and a citation marker
/// <c>&lt;sup data-citation="KEY"&gt;&lt;/sup&gt;</c> follows them at the link's place. A link to a document that is not
/// imported stays a link and is reported; other links stay links.
/// </summary>
internal sealed partial class BodyWriter(TextCleaner cleaner, LegacyPostOptions options, string postUrl)
{
    private const string Field = "body";

    private static readonly HashSet<string> InlineKept = new(StringComparer.OrdinalIgnoreCase)
    {
        "em", "strong", "i", "b", "u", "s", "sub", "sup", "code", "q", "cite", "abbr", "small",
    };

    private static readonly HashSet<string> BlocksKept = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol", "li", "pre",
    };

    private readonly List<Citation> _citations = [];

    /// <summary>The citations made from the body's links, in body order.</summary>
    public IReadOnlyList<Citation> Citations => _citations;

    /// <summary>Writes the body.</summary>
    /// <param name="body">The body's blocks.</param>
    /// <returns>The HTML.</returns>
    public string Write(IReadOnlyList<PageBlock> body)
    {
        var html = new StringBuilder();
        if (body.Count == 0)
        {
            return string.Empty;
        }

        if (body[0].Element is null)
        {
            foreach (var block in body)
            {
                var text = cleaner.Clean(string.Join(' ', block.Text.Split('\n')), block.Location, Field, isProse: true);
                html.Append("<p>").Append(Encode(text)).Append("</p>\n");
            }

            return html.ToString().TrimEnd('\n');
        }

        foreach (var group in TopNodes(body))
        {
            var plain = new StringBuilder();
            var fragment = new StringBuilder();
            var wrap = group.All(n => n is not IElement e || !HtmlPage.IsBlock(e) || e.LocalName is "span");
            foreach (var node in group)
            {
                Emit(node, fragment, plain);
            }

            if (fragment.ToString().Trim().Length == 0)
            {
                continue;
            }

            html.Append(wrap ? "<p>" : string.Empty).Append(fragment.ToString().Trim()).Append(wrap ? "</p>" : string.Empty).Append('\n');
            foreach (var sentence in StrippedLinkDetector.Find(plain.ToString()))
            {
                cleaner.Add(LocationOf(group[0]), Field, FindingKind.Flagged,
                    $"This sentence seems to have lost the words of a link when the page was captured: \"{sentence}\". Restore them from the original page.");
            }
        }

        return html.ToString().TrimEnd('\n');
    }

    /// <summary>
    /// The children of the body's container from the first body block to the last, grouped: each block-level child alone,
    /// runs of text and inline children together (they become one paragraph).
    /// </summary>
    private static List<List<INode>> TopNodes(IReadOnlyList<PageBlock> body)
    {
        var first = body[0].Element!;
        var last = body[^1].Element ?? first;
        var container = first.ParentElement ?? first;
        var groups = new List<List<INode>>();
        var inside = false;
        foreach (var node in container.ChildNodes)
        {
            inside = inside || node == first || node.Contains(first);
            if (!inside)
            {
                continue;
            }

            if (node is IElement element && HtmlPage.IsBlock(element))
            {
                groups.Add([node]);
            }
            else if (groups.Count > 0 && groups[^1] is [var previous, ..] && !(previous is IElement p && HtmlPage.IsBlock(p)))
            {
                groups[^1].Add(node);
            }
            else
            {
                groups.Add([node]);
            }

            if (node == last || node.Contains(last))
            {
                break;
            }
        }

        return groups;
    }

    private void Emit(INode node, StringBuilder html, StringBuilder plain)
    {
        if (node is IText text)
        {
            var data = node.ParentElement?.Closest("pre") is null ? Whitespace().Replace(text.Data, " ") : text.Data;
            var clean = cleaner.Clean(data, LocationOf(node), Field, isProse: false);
            html.Append(Encode(clean));
            plain.Append(clean);
            return;
        }

        if (node is not IElement element)
        {
            return;
        }

        var name = element.LocalName;
        if (HtmlPage.IsUnread(element) || name is "img" or "picture")
        {
            cleaner.Add(LocationOf(element), Field, FindingKind.Skipped,
                $"The body's <{name}>{Source(element)} was not imported (images and embedded media are not part of the import); add it in the backoffice.");
            return;
        }

        switch (name)
        {
            case "br":
                html.Append("<br>");
                plain.Append(' ');
                return;
            case "a":
                EmitLink(element, html, plain);
                return;
            case "h1":
                Wrap("h2", element, html, plain);
                return;
        }

        if (InlineKept.Contains(name) || BlocksKept.Contains(name))
        {
            Wrap(name, element, html, plain);
        }
        else if (HtmlPage.IsBlock(element) && !element.Descendants<IElement>().Any(HtmlPage.IsBlock))
        {
            Wrap("p", element, html, plain);
        }
        else
        {
            EmitChildren(element, html, plain);
        }

        if (HtmlPage.IsBlock(element))
        {
            plain.Append('\n');
        }
    }

    private void Wrap(string tag, IElement element, StringBuilder html, StringBuilder plain)
    {
        html.Append('<').Append(tag).Append('>');
        EmitChildren(element, html, plain);
        html.Append("</").Append(tag).Append('>');
    }

    private void EmitChildren(IElement element, StringBuilder html, StringBuilder plain)
    {
        foreach (var child in element.ChildNodes)
        {
            Emit(child, html, plain);
        }
    }

    private void EmitLink(IElement link, StringBuilder html, StringBuilder plain)
    {
        var href = link.GetAttribute("href")?.Trim();
        if (string.IsNullOrEmpty(href))
        {
            EmitChildren(link, html, plain);
            return;
        }

        var target = ArchiveLinks.Resolve(href, options.ArchiveHosts, options.Lookup);
        if (target.IsKnown)
        {
            EmitChildren(link, html, plain);
            var key = ImportKeys.CitationKey(postUrl, _citations.Count + 1);
            _citations.Add(new Citation { Key = key.ToString("D"), DocumentKey = target.DocumentKey.ToString("D") });
            html.Append("<sup data-citation=\"").Append(key.ToString("D")).Append("\"></sup>");
            return;
        }

        if (target.IsArchiveDocument)
        {
            cleaner.Add(LocationOf(link), Field, FindingKind.Flagged,
                $"The link to the Digital Archive document {href} (\"{HtmlPage.Collapse(link.TextContent)}\") names no imported document, so it stays a link and no citation was made. Import that record and run the import again to cite it.");
        }

        html.Append("<a href=\"").Append(WebUtility.HtmlEncode(href)).Append("\">");
        EmitChildren(link, html, plain);
        html.Append("</a>");
    }

    private static string Source(IElement element) =>
        element.GetAttribute("src") is { Length: > 0 } src ? $" ({src})" : element.GetAttribute("alt") is { Length: > 0 } alt ? $" (\"{alt}\")" : string.Empty;

    private static string LocationOf(INode node)
    {
        var element = node as IElement ?? node.ParentElement;
        return element is null ? "body" : $"line {HtmlPage.LineOf(element)}";
    }

    private static string Encode(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    /// <summary>HTML's white space (not the no-break space, which is text).</summary>
    [GeneratedRegex("[ \t\r\n\f]+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();
}
