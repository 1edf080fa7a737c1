using System.Net;

namespace HistoryCms.Core.Citations;

/// <summary>
/// Finds the inline citation markers of a post body (rich-text HTML): every <c>sup</c> element with a
/// <c>data-citation</c> attribute, in document order. The scanner follows the HTML tokenizer's rules for what it needs:
/// tag and attribute names in any case, attributes in any order, double-, single- or unquoted values, character
/// references in values, the first of duplicate attributes; it skips comments, CDATA sections and the raw text of
/// <c>script</c>, <c>style</c>, <c>textarea</c> and <c>title</c>. It never throws and runs in linear time.
/// </summary>
public static class CitationMarkers
{
    private const string AttributeName = "data-citation";
    private static readonly string[] RawTextElements = ["script", "style", "textarea", "title"];

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

        var i = 0;
        while (i < html.Length)
        {
            var lt = html.IndexOf('<', i);
            if (lt < 0 || lt + 1 >= html.Length)
            {
                break;
            }

            if (string.CompareOrdinal(html, lt, "<!--", 0, 4) == 0)
            {
                i = SkipPast(html, lt + 4, "-->");
                continue;
            }

            if (string.Compare(html, lt, "<![CDATA[", 0, 9, StringComparison.Ordinal) == 0)
            {
                i = SkipPast(html, lt + 9, "]]>");
                continue;
            }

            if (!char.IsAsciiLetter(html[lt + 1]))
            {
                i = lt + 1;
                continue;
            }

            var nameEnd = lt + 1;
            while (nameEnd < html.Length && !IsNameEnd(html[nameEnd]))
            {
                nameEnd++;
            }

            var name = html[(lt + 1)..nameEnd];
            var (attribute, tagEnd) = ReadAttributes(html, nameEnd);
            if (name.Equals("sup", StringComparison.OrdinalIgnoreCase) && attribute is not null)
            {
                markers.Add(new CitationMarker(attribute, lt, markers.Count + 1));
            }

            i = tagEnd;
            var raw = Array.Find(RawTextElements, e => e.Equals(name, StringComparison.OrdinalIgnoreCase));
            if (raw is not null)
            {
                i = SkipToEndTag(html, i, raw);
            }
        }

        return markers;
    }

    private static bool IsNameEnd(char c) => char.IsWhiteSpace(c) || c is '/' or '>';

    private static int SkipPast(string html, int from, string end)
    {
        var at = html.IndexOf(end, from, StringComparison.Ordinal);
        return at < 0 ? html.Length : at + end.Length;
    }

    private static int SkipToEndTag(string html, int from, string name)
    {
        var at = html.IndexOf("</" + name, from, StringComparison.OrdinalIgnoreCase);
        return at < 0 ? html.Length : at;
    }

    /// <summary>Reads the attributes of a start tag from <paramref name="i"/>; returns the data-citation value (or <c>null</c>) and the index after the tag.</summary>
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

        return (found, html.Length);
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
