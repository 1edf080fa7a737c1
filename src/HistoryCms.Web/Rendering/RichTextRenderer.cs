using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using HistoryCms.Core.Citations;
using HistoryCms.Web.ViewModels;
using Microsoft.AspNetCore.Html;

namespace HistoryCms.Web.Rendering;

/// <summary>
/// Prepares editor-written rich text for a page: sanitizes it, cuts a post body at its citation markers
/// (<c>&lt;sup data-citation="KEY"&gt;&lt;/sup&gt;</c>, found in the sanitized HTML by Core's one marker reader,
/// <see cref="CitationMarkers"/>) so each renders through <c>_CitationMarker</c>, and marks the
/// page markers of a translation ("[p. 2]") so readers can see and link to them.
/// </summary>
/// <param name="sanitizer">The package's sanitizer.</param>
public sealed partial class RichTextRenderer(HistoryHtmlSanitizer sanitizer)
{
    /// <summary>Sanitized HTML with nothing else done.</summary>
    /// <param name="html">The HTML as stored.</param>
    /// <returns>Safe HTML.</returns>
    public IHtmlContent Html(string? html) => new HtmlString(sanitizer.Sanitize(html));

    /// <summary>
    /// Sanitizes a post body and cuts it at its citation markers; markers of unknown citations are dropped. A marker
    /// element's content is not shown; a marker nested in another is rendered after it, as note numbering counts it.
    /// </summary>
    /// <param name="html">The body as stored.</param>
    /// <param name="numbers">The note number of each citation key.</param>
    /// <returns>The body's segments.</returns>
    public RichTextModel WithMarkers(string? html, IReadOnlyDictionary<Guid, int> numbers)
    {
        ArgumentNullException.ThrowIfNull(numbers);
        if (string.IsNullOrWhiteSpace(html))
        {
            return RichTextModel.Empty;
        }

        var body = HistoryHtmlSanitizer.BodyHtml(sanitizer.SanitizeToDocument(html));
        var segments = new List<RichTextSegment>();
        var seen = new Dictionary<int, int>();
        var openMarkerEnds = new Stack<int>();
        var position = 0;
        foreach (var marker in CitationMarkers.Find(body))
        {
            while (openMarkerEnds.Count > 0 && openMarkerEnds.Peek() <= marker.Offset)
            {
                position = openMarkerEnds.Pop();
            }

            if (openMarkerEnds.Count == 0)
            {
                AddHtml(segments, body[position..marker.Offset]);
            }

            if (CitationKeys.TryParse(marker.Key, out var key) && numbers.TryGetValue(key, out var number))
            {
                var count = seen[number] = seen.GetValueOrDefault(number) + 1;
                var referenceId = count == 1 ? RefId(number) : string.Create(CultureInfo.InvariantCulture, $"{RefId(number)}-{count}");
                segments.Add(new RichTextSegment(null, new CitationMarkerModel(number, FootnoteId(number), referenceId)));
            }

            openMarkerEnds.Push(marker.Offset + marker.Length);
        }

        while (openMarkerEnds.Count > 0)
        {
            position = openMarkerEnds.Pop();
        }

        AddHtml(segments, body[position..]);
        return new RichTextModel(segments);
    }

    /// <summary>Sanitizes a translation and wraps its page markers ("[p. 2]", "[l. 193ob]") in <c>&lt;span class="history-page-marker" id="page-2"&gt;</c>.</summary>
    /// <param name="html">The translation as stored.</param>
    /// <returns>Safe HTML.</returns>
    public IHtmlContent WithPageMarkers(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return HtmlString.Empty;
        }

        var document = sanitizer.SanitizeToDocument(html);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var texts = document.Body?.Descendants<IText>().Where(t => PageMarker().IsMatch(t.Data)).ToList() ?? [];
        foreach (var text in texts)
        {
            var data = text.Data;
            var position = 0;
            foreach (Match match in PageMarker().Matches(data))
            {
                text.Before(document.CreateTextNode(data[position..match.Index]));
                var span = document.CreateElement("span");
                span.ClassName = "history-page-marker";
                var id = "page-" + IdPart().Replace(match.Groups["value"].Value.ToLowerInvariant(), "-");
                if (ids.Add(id))
                {
                    span.Id = id;
                }

                span.TextContent = match.Value;
                text.Before(span);
                position = match.Index + match.Length;
            }

            text.Before(document.CreateTextNode(data[position..]));
            text.Remove();
        }

        return new HtmlString(HistoryHtmlSanitizer.BodyHtml(document));
    }

    /// <summary>The element id of a note.</summary>
    /// <param name="number">The note number.</param>
    /// <returns>The id.</returns>
    public static string FootnoteId(int number) => string.Create(CultureInfo.InvariantCulture, $"note-{number}");

    /// <summary>The element id of the first marker of a note.</summary>
    /// <param name="number">The note number.</param>
    /// <returns>The id.</returns>
    public static string RefId(int number) => string.Create(CultureInfo.InvariantCulture, $"cite-ref-{number}");

    private static void AddHtml(List<RichTextSegment> segments, string html)
    {
        if (html.Length > 0)
        {
            segments.Add(new RichTextSegment(new HtmlString(html), null));
        }
    }

    [GeneratedRegex(@"\[(?:p|pp|page|l|ll|list|f|ff|fol|s)\.?\s*(?<value>\d+[a-z]{0,2}(?:\s*[-–]\s*\d+[a-z]{0,2})?)\]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PageMarker();

    [GeneratedRegex("[^a-z0-9]+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex IdPart();
}
