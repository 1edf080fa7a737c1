using System.Globalization;

namespace HistoryCms.Core.Citations;

/// <summary>
/// How a citation names a document (CMOS 14.98, 14.120): a specific title in quotation marks; a generic description
/// ("Letter from …", "Memorandum of conversation between …", "Report") without them; the original-language title, in
/// Latin script (romanized when the original script is not Latin), in quotation marks followed by the English title in
/// brackets. Titles are printed as the record gives them (no change of case, which would mangle proper names).
/// </summary>
public static class CitationTitles
{
    /// <summary>Printed for a document without a title.</summary>
    public const string Untitled = "Untitled document";

    private static readonly string[] GenericTerms =
    [
        "memorandum of conversation", "record of conversation", "record of a conversation", "minutes of conversation",
        "draft resolution", "letter", "memorandum", "cable", "telegram", "report", "minutes", "journal", "diary", "speech",
        "resolution", "notes", "note", "directive", "decree", "transcript", "interview", "statement", "treaty",
        "agreement", "excerpt", "draft", "typescript", "record", "message", "instruction", "instructions", "protocol", "untitled",
    ];

    private static readonly string[] Connectors =
        ["from", "to", "of", "between", "by", "on", "with", "for", "regarding", "concerning", "about", "at", "in"];

    private static readonly HashSet<string> TrailingFunctionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "and", "or", "of", "between", "with", "to", "from", "on", "in", "for", "by", "at", "about", "regarding", "concerning",
    };

    /// <summary>Whether a title is a generic description rather than a specific title: a document-type term alone or followed by a connecting word ("Letter from A to B").</summary>
    /// <param name="title">The title.</param>
    /// <returns><c>true</c> for a description.</returns>
    public static bool IsDescription(string? title)
    {
        if (string.IsNullOrWhiteSpace(title) || title.IndexOfAny(['"', '“', '”', '«']) >= 0)
        {
            return string.IsNullOrWhiteSpace(title);
        }

        var text = title.Trim().ToLowerInvariant();
        foreach (var article in new[] { "a ", "an ", "the " })
        {
            if (text.StartsWith(article, StringComparison.Ordinal))
            {
                text = text[article.Length..];
                break;
            }
        }

        foreach (var term in GenericTerms)
        {
            if (!text.StartsWith(term, StringComparison.Ordinal))
            {
                continue;
            }

            var rest = text[term.Length..];
            if (rest.Length == 0 || rest[0] is ',' or ':' or ';' || term == "untitled")
            {
                return true;
            }

            var next = rest.TrimStart().Split(' ', 2)[0];
            return rest[0] == ' ' && Connectors.Contains(next, StringComparer.Ordinal);
        }

        return false;
    }

    /// <summary>The original title a citation may print: the romanized title, or the original title when it is in Latin script; <c>null</c> when neither, or when it equals the English title.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The title in Latin script, or <c>null</c>.</returns>
    public static string? OriginalInLatinScript(CitedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var candidate = !string.IsNullOrWhiteSpace(document.RomanizedTitle) ? document.RomanizedTitle.Trim()
            : !string.IsNullOrWhiteSpace(document.OriginalTitle) && IsLatinScript(document.OriginalTitle) ? document.OriginalTitle.Trim()
            : null;
        return candidate is null || string.Equals(candidate, document.Title.Trim(), StringComparison.OrdinalIgnoreCase) ? null : candidate;
    }

    /// <summary>Whether every letter of <paramref name="text"/> is a Latin letter (basic, accented or extended).</summary>
    /// <param name="text">The text.</param>
    /// <returns><c>true</c> for Latin script.</returns>
    public static bool IsLatinScript(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Where(char.IsLetter).All(c => c <= '\u024F' || c is >= '\u1E00' and <= '\u1EFF');
    }

    /// <summary>
    /// A short title (CMOS 18 ch. 13, shortened citations: at most four words): the title before a colon or dash when that is shorter; a
    /// title of <paramref name="wholeUpTo"/> words or fewer whole; otherwise its first four words, without trailing
    /// function words. A generic description keeps up to eight words, since its names are what identify it
    /// ("Letter from Kim Il Sung to Joseph Stalin"). A bracketed insertion or a quotation counts as one word and is
    /// never cut: a short title never ends inside an unclosed bracket or quotation mark
    /// ("The Chancellor's [Helmut Kohl's] Conversation", not "The Chancellor's [Helmut").
    /// </summary>
    /// <param name="title">The title.</param>
    /// <param name="wholeUpTo">The most words kept whole (5 for a title, 8 for a description).</param>
    /// <returns>The short title.</returns>
    public static string Shorten(string title, int wholeUpTo = 5)
    {
        ArgumentNullException.ThrowIfNull(title);
        var text = title.Trim();
        var cut = TitleGroups.FirstOutside(text, [':', '—', '–']);
        if (cut > 0)
        {
            text = text[..cut].TrimEnd(' ', ',', '-');
        }

        var units = TitleGroups.Units(text);
        if (units.Count <= wholeUpTo)
        {
            return text;
        }

        var kept = units.Take(4).ToList();
        while (kept.Count > 1 && TrailingFunctionWords.Contains(kept[^1].TrimEnd(',', ';')))
        {
            kept.RemoveAt(kept.Count - 1);
        }

        return string.Join(' ', kept).TrimEnd(',', ';', '.');
    }

    /// <summary>The English title of a document as printed ("Untitled document" when it has none).</summary>
    /// <param name="document">The document.</param>
    /// <returns>The title.</returns>
    public static string TitleOf(CitedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return string.IsNullOrWhiteSpace(document.Title) ? Untitled : document.Title.Trim();
    }

    /// <summary>The short form of a document's English title: the record's own, or one derived by <see cref="Shorten"/>.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The short title.</returns>
    public static string ShortTitleOf(CitedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var title = TitleOf(document);
        return !string.IsNullOrWhiteSpace(document.ShortTitle) ? document.ShortTitle.Trim() : Shorten(title, IsDescription(title) ? 8 : 5);
    }

    /// <summary>Wraps a title in quotation marks, turning its own double quotation marks into single ones.</summary>
    /// <param name="title">The title.</param>
    /// <param name="typographic">Curly quotes (Chicago) or straight quotes (the digital-archive style).</param>
    /// <returns>The quoted title.</returns>
    public static string Quote(string title, bool typographic = true)
    {
        ArgumentNullException.ThrowIfNull(title);
        if (!typographic)
        {
            return "\"" + title.Replace('"', '\'') + "\"";
        }

        var inner = title.Replace('“', '‘').Replace('”', '’');
        var open = true;
        var chars = inner.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] == '"')
            {
                chars[i] = open ? '‘' : '’';
                open = !open;
            }
        }

        return "“" + new string(chars) + "”";
    }

    /// <summary>A document type as a generic description in a note ("memorandum of conversation"); <c>null</c> for none or "Other".</summary>
    /// <param name="documentType">The document type.</param>
    /// <returns>The lower-case description, or <c>null</c>.</returns>
    public static string? Genre(string? documentType) =>
        string.IsNullOrWhiteSpace(documentType) || documentType.Trim().Equals("Other", StringComparison.OrdinalIgnoreCase)
            ? null
            : documentType.Trim().ToLower(CultureInfo.InvariantCulture);

    /// <summary>Names joined as CMOS lists them: "A", "A and B", "A, B, and C".</summary>
    /// <param name="names">The names.</param>
    /// <returns>The list.</returns>
    public static string JoinNames(IEnumerable<string> names)
    {
        var list = names.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n.Trim()).ToList();
        return list.Count switch
        {
            0 => string.Empty,
            1 => list[0],
            2 => $"{list[0]} and {list[1]}",
            _ => string.Join(", ", list.Take(list.Count - 1)) + ", and " + list[^1],
        };
    }
}
