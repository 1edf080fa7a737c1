using System.Text.RegularExpressions;

namespace HistoryCms.Import.LegacyPosts;

/// <summary>
/// Finds sentences that lost the words of a link when the page was captured: punctuation after a space ("Jacob Malik —
/// then Deputy Foreign Minister — ."), quotation marks around nothing ("demanded an “.”"), a comma after nothing ("On , Molotov"). It returns the sentences for the report; it cannot bring the words back.
/// </summary>
internal static partial class StrippedLinkDetector
{
    /// <summary>The sentences of <paramref name="text"/> that look as if a link's words were stripped from them.</summary>
    /// <param name="text">A paragraph of prose.</param>
    /// <returns>The sentences, trimmed, in order, each once.</returns>
    public static IReadOnlyList<string> Find(string text)
    {
        var sentences = new List<string>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return sentences;
        }

        foreach (Match match in Gap().Matches(text))
        {
            var sentence = SentenceAround(text, match.Index);
            if (!sentences.Contains(sentence, StringComparer.Ordinal))
            {
                sentences.Add(sentence);
            }
        }

        return sentences;
    }

    private static string SentenceAround(string text, int at)
    {
        var start = at;
        while (start > 0 && !IsSentenceEnd(text, start - 1))
        {
            start--;
        }

        var end = at + 1;
        while (end < text.Length && !IsSentenceEnd(text, end - 1))
        {
            end++;
        }

        return text[start..end].Trim();
    }

    /// <summary>The last character of a sentence: a full stop (or ! ?), or a closing quote or bracket after one, followed by a space and a capital.</summary>
    private static bool IsSentenceEnd(string text, int i)
    {
        var k = i;
        while (k >= 0 && text[k] is '”' or '"' or ')' or '’')
        {
            k--;
        }

        return k >= 0 && text[k] is '.' or '!' or '?' && i + 2 < text.Length && text[i + 1] == ' ' && char.IsUpper(text[i + 2]);
    }

    /// <summary>
    /// Punctuation after whitespace (not an ellipsis); curly quotation marks holding nothing but punctuation.
    /// </summary>
    [GeneratedRegex(@"(?<=\S)\s+[.,;:!?)](?!\.\.)|“\s*[.,;:!?]?\s*”", RegexOptions.CultureInvariant)]
    private static partial Regex Gap();
}
