using System.Text.RegularExpressions;

namespace HistoryCms.Core.Archival;

/// <summary>
/// Finds the credit sentences of a "Source" line ("Translated by Gary Goldberg.", "Obtained for CWIHP by Mark Kramer.",
/// "Contributed, transcribed, and translated by Stephan Kieninger.") and splits their names.
/// </summary>
internal static partial class CreditReader
{
    private static readonly HashSet<string> TitleAbbreviations = new(StringComparer.OrdinalIgnoreCase) { "Jr", "Sr", "Dr", "Mr", "Mrs", "Ms", "Prof", "St", "Fr", "Rev" };

    /// <summary>The credits in <paramref name="text"/>, in order; each ends at its last name, and names never run past <paramref name="stop"/> (a book's publication facts).</summary>
    public static List<CreditSpan> Find(string text, int stop = int.MaxValue)
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
            limit = label.Index < stop && stop < limit ? stop : limit;
            limit = UnitLabels.Scan(text, label.Index + label.Length, limit) is [var unit, ..] ? unit.Start : limit;
            var namesStart = label.Index + label.Length;
            var namesEnd = NamesEnd(text, namesStart, limit);
            var (names, purpose) = Purpose(text[namesStart..namesEnd]);
            var people = SplitNames(names);
            if (people.Count == 0)
            {
                continue;
            }

            var labelText = label.Value.TrimEnd();
            var qualifier = label.Groups["qual"].Success ? label.Groups["qual"].Value.Trim() : purpose;
            var credit = new ArchivalCredit(text[label.Index..namesEnd], labelText, RolesOf(label), qualifier, people);
            spans.Add(new CreditSpan(label.Index, namesEnd, credit));
        }

        return spans;
    }

    private static List<ArchivalCreditRole> RolesOf(Match label)
    {
        if (label.Groups["abbr"].Success)
        {
            return [label.Groups["abbr"].Value.StartsWith("ed", StringComparison.OrdinalIgnoreCase) ? ArchivalCreditRole.Edited : ArchivalCreditRole.Translated];
        }

        if (label.Groups["link"].Success)
        {
            return [label.Groups["link"].Value.StartsWith("provided", StringComparison.OrdinalIgnoreCase) ? ArchivalCreditRole.ProvidedTo : ArchivalCreditRole.CopyOnFile];
        }

        return [.. Verb().Matches(label.Groups["verbs"].Value).Select(v => RoleOf(v.Value)).Distinct()];
    }

    /// <summary>
    /// Splits a purpose printed after the names ("Stephen Mercado for the North Korea International Documentation Project") from
    /// them; names of bodies ("the Center for Korean Studies") keep their "for".
    /// </summary>
    private static (string Names, string? Purpose) Purpose(string names)
    {
        var m = TrailingPurpose().Match(names);
        return m.Success && !BodyWords().IsMatch(m.Groups["names"].Value) ? (m.Groups["names"].Value, m.Groups["purpose"].Value) : (names, null);
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

    /// <summary>Splits names on commas, "and", "&amp;" and semicolons outside parentheses; a parenthesis after a name is its affiliation.</summary>
    private static List<ArchivalCreditName> SplitNames(string names)
    {
        var result = new List<ArchivalCreditName>();
        var at = 0;
        foreach (Match separator in NameSeparator().Matches(names))
        {
            if (Depth(names, separator.Index) == 0)
            {
                Add(names[at..separator.Index]);
                at = separator.Index + separator.Length;
            }
        }

        Add(names[at..]);
        return result;

        void Add(string piece)
        {
            var name = piece.Trim();
            if (name.Length == 0)
            {
                return;
            }

            if (result.Count > 0 && Suffix().IsMatch(name))
            {
                result[^1] = result[^1] with { Name = result[^1].Name + ", " + name };
                return;
            }

            var affiliation = Affiliation().Match(name);
            result.Add(affiliation.Success
                ? new ArchivalCreditName(affiliation.Groups["name"].Value, affiliation.Groups["aff"].Value.Trim())
                : new ArchivalCreditName(name));
        }
    }

    private static int Depth(string text, int index)
    {
        var depth = 0;
        for (var i = 0; i < index; i++)
        {
            depth += text[i] == '(' ? 1 : text[i] == ')' && depth > 0 ? -1 : 0;
        }

        return depth;
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

    /// <summary>
    /// A credit label: verbs and "by" ("Contributed, transcribed, and translated by", "Obtained for CWIHP by", "Provided to X by"),
    /// an abbreviation before a capitalised name ("trans.", "transl.", "ed.", "eds."; not "ed. khr."), or a link of a credit
    /// chain ("provided to", "copy on file at").
    /// </summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?<join>(?:and|&)\s+)?(?:(?<verbs>(?:" + Verbs + @")(?:(?:\s*,\s*(?:and\s+|&\s*)?|\s+and\s+|\s*&\s*)(?:" + Verbs + @"))*)(?<qual>\s+(?:for|from|into|with|to)\s+[^.;:,()\[\]]{1,60}?)?\s+by:?\s+(?=\S)|(?<abbr>transl?\.|eds?\.)\s+(?-i:(?=\p{Lu}))|(?<link>provided\s+to|(?:a\s+)?cop(?:y|ies)\s+(?:on\s+file|held)\s+at)\s+(?=\S))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Label();

    [GeneratedRegex(Verbs, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Verb();

    [GeneratedRegex(@"\.\s+(?=\p{Lu}|\p{N}|\()", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceStop();

    [GeneratedRegex(@"\s*(?:,\s*(?:and\s+|&\s*)?|;\s*|\s+and\s+|&)\s*", RegexOptions.CultureInvariant)]
    private static partial Regex NameSeparator();

    [GeneratedRegex(@"^(?:Jr\.?|Sr\.?|II|III|IV)$", RegexOptions.CultureInvariant)]
    private static partial Regex Suffix();

    [GeneratedRegex(@"^(?<name>[^()]*[^\s()])\s*\((?<aff>[^()]+)\)$", RegexOptions.CultureInvariant)]
    private static partial Regex Affiliation();

    [GeneratedRegex(@"^(?<names>\p{Lu}[^()]*?)\s+(?<purpose>(?:for|on\s+behalf\s+of)\s+\S.*)$", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex TrailingPurpose();

    [GeneratedRegex(@"\b(?:center|centre|archives?|institute|institution|university|project|ministry|committee|library|foundation|society|office|department|program|programme)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BodyWords();
}

/// <summary>A credit found in the text: <c>[Start, End)</c> runs from its first word to its last name.</summary>
internal sealed record CreditSpan(int Start, int End, ArchivalCredit Credit);
