using System.Net;

namespace HistoryCms.Core.Citations;

/// <summary>
/// Finds the inline citation markers of a post body (rich-text HTML): every <c>sup</c> element with a
/// <c>data-citation</c> attribute, in document order. This is the one reader of markers: note numbering, the editor's
/// checks and the page renderer (on the sanitized body) all use it. The scanner follows the HTML tokenizer's rules for
/// what it needs: tag and attribute names in any case, attributes in any order, double-, single- or unquoted values,
/// character references in values, the first of duplicate attributes, a tag cut off by the end of the body is no tag;
/// it skips comments (including <c>&lt;!--&gt;</c>), bogus comments (<c>&lt;?…&gt;</c>, <c>&lt;!…&gt;</c>, CDATA
/// outside SVG/MathML), the attributes of end tags and the raw text of <c>script</c>, <c>style</c>, <c>textarea</c>,
/// <c>title</c>, <c>xmp</c>, <c>iframe</c>, <c>noembed</c>, <c>noframes</c> and <c>plaintext</c>. It never throws and
/// runs in linear time.
/// </summary>
public static class CitationMarkers
{
    private const string AttributeName = "data-citation";
    private const string MarkerElement = "sup";
    private static readonly string[] RawTextElements = ["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext"];

    /// <summary>The markers of <paramref name="html"/>, in document order.</summary>
    /// <param name="html">The body HTML (may be <c>null</c> or malformed).</param>
    /// <returns>The markers.</returns>
    public static IReadOnlyList<CitationMarker> Find(string? html)
    {
        var markers = new List<CitationMarker>();
        if (string.IsNullOrEmpty(html))
        {
            return markers;
        }

        var open = new Stack<(int Index, int Depth)>();
        var supDepth = 0;
        var i = 0;
        while (i < html.Length)
        {
            var lt = html.IndexOf('<', i);
            if (lt < 0 || lt + 1 >= html.Length)
            {
                break;
            }

            var next = html[lt + 1];
            if (next is '!' or '?')
            {
                i = SkipMarkup(html, lt);
                continue;
            }

            var isEnd = next == '/';
            var nameStart = isEnd ? lt + 2 : lt + 1;
            if (nameStart >= html.Length || !char.IsAsciiLetter(html[nameStart]))
            {
                // "</" not followed by a letter is a bogus comment up to the next '>'; a lone '<' is text.
                i = isEnd ? SkipPast(html, nameStart, ">") : lt + 1;
                continue;
            }

            var nameEnd = nameStart;
            while (nameEnd < html.Length && !IsNameEnd(html[nameEnd]))
            {
                nameEnd++;
            }

            var (attribute, tagEnd) = ReadAttributes(html, nameEnd);
            if (tagEnd < 0)
            {
                break;
            }

            var isSup = string.Compare(html, nameStart, MarkerElement, 0, MarkerElement.Length, StringComparison.OrdinalIgnoreCase) == 0
                && nameEnd - nameStart == MarkerElement.Length;
            if (isEnd)
            {
                if (isSup && supDepth > 0)
                {
                    if (open.Count > 0 && open.Peek().Depth == supDepth)
                    {
                        var index = open.Pop().Index;
                        markers[index] = markers[index] with { Length = tagEnd - markers[index].Offset };
                    }

                    supDepth--;
                }

                i = tagEnd;
                continue;
            }

            if (isSup)
            {
                supDepth++;
                if (attribute is not null)
                {
                    open.Push((markers.Count, supDepth));
                    markers.Add(new CitationMarker(attribute, lt, markers.Count + 1) { Length = tagEnd - lt });
                }
            }

            i = tagEnd;
            var raw = Array.Find(RawTextElements, e => e.Length == nameEnd - nameStart
                && string.Compare(html, nameStart, e, 0, e.Length, StringComparison.OrdinalIgnoreCase) == 0);
            if (raw is not null)
            {
                i = SkipToEndTag(html, i, raw);
            }
        }

        return markers;
    }

    private static bool IsNameEnd(char c) => char.IsWhiteSpace(c) || c is '/' or '>';

    /// <summary>Skips a comment (<c>&lt;!--…--&gt;</c>, ended early by <c>&lt;!--&gt;</c> or <c>&lt;!---&gt;</c>, or by <c>--!&gt;</c>) or a bogus comment (<c>&lt;!…&gt;</c>, <c>&lt;?…&gt;</c>).</summary>
    private static int SkipMarkup(string html, int lt)
    {
        if (string.CompareOrdinal(html, lt, "<!--", 0, 4) != 0)
        {
            return SkipPast(html, lt + 2, ">");
        }

        var from = lt + 4;
        if (string.CompareOrdinal(html, from, ">", 0, 1) == 0)
        {
            return from + 1;
        }

        if (string.CompareOrdinal(html, from, "->", 0, 2) == 0)
        {
            return from + 2;
        }

        var close = html.IndexOf("-->", from, StringComparison.Ordinal);
        var bang = html.IndexOf("--!>", from, StringComparison.Ordinal);
        return (close, bang) switch
        {
            (< 0, < 0) => html.Length,
            (< 0, _) => bang + 4,
            (_, < 0) => close + 3,
            _ => close < bang ? close + 3 : bang + 4,
        };
    }

    private static int SkipPast(string html, int from, string end)
    {
        if (from >= html.Length)
        {
            return html.Length;
        }

        var at = html.IndexOf(end, from, StringComparison.Ordinal);
        return at < 0 ? html.Length : at + end.Length;
    }

    /// <summary>The start of the raw text element's end tag (<c>&lt;/name</c> followed by a space, <c>/</c> or <c>&gt;</c>).</summary>
    private static int SkipToEndTag(string html, int from, string name)
    {
        var at = from;
        while (at < html.Length)
        {
            at = html.IndexOf("</" + name, at, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                return html.Length;
            }

            var after = at + 2 + name.Length;
            if (after < html.Length && IsNameEnd(html[after]))
            {
                return at;
            }

            at = after;
        }

        return html.Length;
    }

    /// <summary>Reads the attributes of a tag from <paramref name="i"/>; returns the data-citation value (or <c>null</c>) and the index after the tag, or -1 when the body ends inside the tag.</summary>
    private static (string? Value, int End) ReadAttributes(string html, int i)
    {
        string? found = null;
        while (i < html.Length)
        {
            var c = html[i];
            if (c == '>')
            {
                return (found, i + 1);
            }

            if (char.IsWhiteSpace(c) || c == '/')
            {
                i++;
                continue;
            }

            var nameStart = i;
            i++;
            while (i < html.Length && !char.IsWhiteSpace(html[i]) && html[i] is not ('/' or '>' or '='))
            {
                i++;
            }

            var attributeName = html[nameStart..i];
            while (i < html.Length && char.IsWhiteSpace(html[i]))
            {
                i++;
            }

            var value = string.Empty;
            if (i < html.Length && html[i] == '=')
            {
                (value, i) = ReadValue(html, i + 1);
            }

            if (found is null && attributeName.Equals(AttributeName, StringComparison.OrdinalIgnoreCase))
            {
                found = WebUtility.HtmlDecode(value).Trim();
            }
        }

        return (found, -1);
    }

    private static (string Value, int End) ReadValue(string html, int i)
    {
        while (i < html.Length && char.IsWhiteSpace(html[i]))
        {
            i++;
        }

        if (i >= html.Length)
        {
            return (string.Empty, i);
        }

        if (html[i] is '"' or '\'')
        {
            var close = html.IndexOf(html[i], i + 1);
            return close < 0 ? (html[(i + 1)..], html.Length) : (html[(i + 1)..close], close + 1);
        }

        var start = i;
        while (i < html.Length && !char.IsWhiteSpace(html[i]) && html[i] != '>')
        {
            i++;
        }

        return (html[start..i], i);
    }
}
