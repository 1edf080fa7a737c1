namespace HistoryCms.Core.Citations;

/// <summary>
/// A piece of a formatted citation: text and URL runs (a URL is never punctuated as a quotation), written as plain text. Elements are joined
/// with American punctuation: a comma or period goes inside a closing quotation mark (“Title,”), never after a
/// question or exclamation mark, and never doubles a period.
/// </summary>
internal sealed class CitationText
{
    private readonly List<(string Text, bool IsUrl)> _runs = [];

    public bool IsEmpty => _runs.All(r => r.Text.Length == 0);

    public static CitationText Of(string text) => new CitationText().Text(text);

    public static CitationText OfUrl(string url) => new CitationText().Url(url);

    public CitationText Text(string text)
    {
        _runs.Add((text, false));
        return this;
    }

    public CitationText Url(string url)
    {
        _runs.Add((url, true));
        return this;
    }

    /// <summary>Joins the non-empty elements with <paramref name="delimiter"/> (", " or ". ") and closes with <paramref name="end"/> (".", or empty).</summary>
    public static CitationText Join(IEnumerable<CitationText?> elements, string delimiter, string end)
    {
        var result = new CitationText();
        var parts = elements.Where(e => e is { IsEmpty: false }).Cast<CitationText>().ToList();
        for (var i = 0; i < parts.Count; i++)
        {
            result._runs.AddRange(parts[i]._runs);
            var last = i == parts.Count - 1;
            result.Punctuate(last ? end : delimiter);
        }

        return result;
    }

    public override string ToString() => string.Concat(_runs.Select(r => r.Text));

    private void Punctuate(string separator)
    {
        var mark = separator.Length > 0 && separator[0] is ',' or '.' ? separator[0] : '\0';
        var space = separator.Length > 0 && separator[^1] == ' ' ? " " : string.Empty;
        var (text, isUrl) = _runs[^1];
        var trimmed = text.TrimEnd();
        if (mark == '\0')
        {
            _runs[^1] = (trimmed, isUrl);
            _runs.Add((separator, false));
            return;
        }

        if (!isUrl && trimmed.Length > 0 && trimmed[^1] is '”' or '"')
        {
            var quotes = trimmed.Length;
            while (quotes > 0 && trimmed[quotes - 1] is '”' or '"' or '’' or '\'')
            {
                quotes--;
            }

            var inner = quotes > 0 ? trimmed[quotes - 1] : ' ';
            // A comma after a title ending in a question or exclamation mark stays (“Who Started the Korean War?,”), as the
            // official CMOS 18 style prints it;
            // the straight quotes of the digital-archive style keep the archive's own form.
            var curly = trimmed[^1] == '”';
            var closed = inner == ',' || (inner is '?' or '!' && (mark == '.' || !curly)) || (inner == '.' && mark == '.');
            _runs[^1] = (closed ? trimmed : trimmed[..quotes] + mark + trimmed[quotes..], false);
            _runs.Add((space, false));
            return;
        }

        var ends = !isUrl && trimmed.Length > 0 && trimmed[^1] is '?' or '!' || (mark == '.' && trimmed.EndsWith('.'));
        _runs[^1] = (trimmed, isUrl);
        _runs.Add(((ends ? string.Empty : mark.ToString()) + space, false));
    }
}
