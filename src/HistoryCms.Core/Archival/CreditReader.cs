using System.Text.RegularExpressions;

namespace HistoryCms.Core.Archival;

/// <summary>
/// Finds the credit sentences of a "Source" line ("Translated by Gary Goldberg.", "Obtained for CWIHP by Mark Kramer.",
/// "Contributed, transcribed, and translated by Stephan Kieninger.") and splits their names.
/// </summary>
internal static partial class CreditReader
{
    private static readonly HashSet<string> TitleAbbreviations = new(StringComparer.OrdinalIgnoreCase) { "Jr", "Sr", "Dr", "Mr", "Mrs", "Ms", "Prof", "St", "Fr", "Rev" };

    /// <summary>The credits in <paramref name="text"/>, in order; each ends at its last name.</summary>
    public static List<CreditSpan> Find(string text)
    {
        var spans = new List<CreditSpan>();
        var labels = new List<Match>();
        foreach (Match m in Label().Matches(text))
        {
            if (StartsSentence(text, m.Index) || (m.Groups["join"].Success && labels.Count > 0))
            {
                labels.Add(m);
            }
        }

        for (var i = 0; i < labels.Count; i++)
        {
            var label = labels[i];
            var limit = i + 1 < labels.Count ? labels[i + 1].Index : text.Length;
            var namesStart = label.Index + label.Length;
            var namesEnd = NamesEnd(text, namesStart, limit);
            var names = SplitNames(text[namesStart..namesEnd]);
            if (names.Count == 0)
            {
                continue;
            }

            var labelText = label.Value.TrimEnd();
            var qualifier = label.Groups["qual"].Success ? label.Groups["qual"].Value.Trim() : null;
            var roles = Verb().Matches(label.Groups["verbs"].Value).Select(v => RoleOf(v.Value)).Distinct().ToList();
            var credit = new ArchivalCredit(text[label.Index..namesEnd], labelText, roles, qualifier, names);
            spans.Add(new CreditSpan(label.Index, namesEnd, credit));
        }

        return spans;
    }

    private static bool StartsSentence(string text, int index)
    {
        var before = index - 1;
        while (before >= 0 && char.IsWhiteSpace(text[before]))
        {
            before--;
        }

        return before < 0 || text[before] is '.' or ';' or ':' or ',' or '(' or '[' || (before < index - 1 && char.IsUpper(text[index]));
    }

    /// <summary>Where the names end: at a full stop that closes the sentence (not an initial such as "G." nor "Jr."), or at the limit.</summary>
    private static int NamesEnd(string text, int start, int limit)
    {
        var end = limit;
        foreach (Match stop in SentenceStop().Matches(text[start..limit]))
        {
            if (ClosesSentence(text, start + stop.Index))
            {
                end = start + stop.Index;
                break;
            }
        }

        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is ',' or ';' or ':'))
        {
            end--;
        }

        if (end > start && text[end - 1] == '.' && ClosesSentence(text, end - 1))
        {
            end--;
        }

        var open = text[start..end].Count(c => c == '(');
        while (end > start && text[end - 1] == ')' && text[start..end].Count(c => c == ')') > open)
        {
            end--;
        }

        return end;
    }

    private static bool ClosesSentence(string text, int dot)
    {
        var wordStart = dot;
        while (wordStart > 0 && char.IsLetter(text[wordStart - 1]))
        {
            wordStart--;
        }

        var word = text[wordStart..dot];
        return word.Length != 1 && !TitleAbbreviations.Contains(word);
    }

    private static List<string> SplitNames(string names)
    {
        var result = new List<string>();
        foreach (var piece in NameSeparator().Split(names))
        {
            var name = piece.Trim();
            if (name.Length == 0)
            {
                continue;
            }

            if (result.Count > 0 && Suffix().IsMatch(name))
            {
                result[^1] = result[^1] + ", " + name;
                continue;
            }

            result.Add(name);
        }

        return result;
    }

    private static ArchivalCreditRole RoleOf(string verb) => verb.ToUpperInvariant() switch
    {
        "TRANSLATED" or "TRANSLATION" => ArchivalCreditRole.Translated,
        "TRANSCRIBED" or "TRANSCRIPTION" => ArchivalCreditRole.Transcribed,
        "TRANSLITERATED" => ArchivalCreditRole.Transliterated,
        "OBTAINED" => ArchivalCreditRole.Obtained,
        "EDITED" => ArchivalCreditRole.Edited,
        "ANNOTATED" => ArchivalCreditRole.Annotated,
        "COMPILED" or "SELECTED" => ArchivalCreditRole.Compiled,
        "INTRODUCED" => ArchivalCreditRole.Introduced,
        _ => ArchivalCreditRole.Contributed,
    };

    private const string Verbs = "translated|translation|transcribed|transcription|transliterated|contributed|provided|donated|obtained|edited|annotated|compiled|selected|introduced";

    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?<join>(?:and|&)\s+)?(?<verbs>(?:" + Verbs + @")(?:(?:\s*,\s*(?:and\s+|&\s*)?|\s+and\s+|\s*&\s*)(?:" + Verbs + @"))*)(?<qual>\s+(?:for|from|into|with)\s+[^.;:,()\[\]]{1,60}?)?\s+by:?\s+(?=\S)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Label();

    [GeneratedRegex(Verbs, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Verb();

    [GeneratedRegex(@"\.\s+(?=\p{Lu}|\p{N})", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceStop();

    [GeneratedRegex(@"\s*(?:,\s*(?:and\s+|&\s*)?|;\s*|\s+and\s+|&)\s*", RegexOptions.CultureInvariant)]
    private static partial Regex NameSeparator();

    [GeneratedRegex(@"^(?:Jr\.?|Sr\.?|II|III|IV)$", RegexOptions.CultureInvariant)]
    private static partial Regex Suffix();
}

/// <summary>A credit found in the text: <c>[Start, End)</c> runs from its first word to its last name.</summary>
internal sealed record CreditSpan(int Start, int End, ArchivalCredit Credit);
