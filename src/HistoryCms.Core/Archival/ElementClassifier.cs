using System.Text.RegularExpressions;
using K = HistoryCms.Core.Archival.ArchivalPartKind;

namespace HistoryCms.Core.Archival;

/// <summary>What the reader has seen so far, which decides what an unlabelled element is.</summary>
internal sealed class ElementContext
{
    public K? Previous { get; private set; }

    /// <summary>Whether a repository came after other parts (Western order: item, collection, repository, place).</summary>
    public bool RepositoryFollowsParts { get; private set; }

    public bool IsFirst => Previous is null;

    public void Add(K kind)
    {
        RepositoryFollowsParts |= kind == K.Repository && Previous is not null and not K.Repository;
        Previous = kind;
    }
}

/// <summary>
/// Decides what an unlabelled element of a reference is — repository, reference code, collection, pages after a code,
/// the repository's location — and where the separators between elements are.
/// </summary>
internal static partial class ElementClassifier
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "Dept", "Mass", "Corp", "Inc", "Univ", "Natl", "Govt", "Assn", "Ltd", "Coll", "Vol", "Nos", "Ser", "Fol", "Fols", "Box", "Doc", "Docs",
    };

    /// <summary>The separators in <c>[start, end)</c>: punctuation and spaces at both ends, commas and semicolons outside brackets, and full stops that end a sentence.</summary>
    public static IEnumerable<(int Start, int End)> Separators(string text, int start, int end)
    {
        var a = start;
        while (a < end && (char.IsWhiteSpace(text[a]) || text[a] is ',' or ';' or ':' or '.' or ')' or ']'))
        {
            a++;
        }

        if (a > start)
        {
            yield return (start, a);
        }

        if (a == end)
        {
            yield break;
        }

        var b = end;
        while (b > a && (char.IsWhiteSpace(text[b - 1]) || text[b - 1] is ',' or ';' or ':' or '.' or '(' or '['))
        {
            b--;
        }

        var depth = 0;
        for (var i = a; i < b; i++)
        {
            var c = text[i];
            depth += c is '(' or '[' ? 1 : c is ')' or ']' ? -1 : 0;
            var splits = depth <= 0 && (c is ',' or ';' || (c == '.' && EndsSentence(text, i, b)));
            if (!splits)
            {
                continue;
            }

            var sepStart = i;
            while (sepStart > a && char.IsWhiteSpace(text[sepStart - 1]))
            {
                sepStart--;
            }

            var sepEnd = i + 1;
            while (sepEnd < b && (char.IsWhiteSpace(text[sepEnd]) || text[sepEnd] is ',' or ';'))
            {
                sepEnd++;
            }

            if (sepStart > a && sepEnd < b)
            {
                yield return (sepStart, sepEnd);
            }

            i = sepEnd - 1;
        }

        if (b < end)
        {
            yield return (b, end);
        }
    }

    /// <summary>Classifies the element <c>[start, end)</c> (no separators at its ends) into one or two parts.</summary>
    public static List<Segment> Classify(string text, int start, int end, ElementContext context, bool nextIsUnit)
    {
        var medium = MediumNote().Match(text[start..end]);
        if (medium.Success)
        {
            var note = (Index: start + medium.Groups["medium"].Index, medium.Groups["medium"].Length);
            var before = start + medium.Index;
            while (before > start && char.IsWhiteSpace(text[before - 1]))
            {
                before--;
            }

            var segments = before > start ? Classify(text, start, before, context, nextIsUnit: false) : [];
            context.Add(K.Medium);
            segments.Add(new Segment(before, note.Index));
            segments.Add(new Segment(note.Index, note.Index + note.Length, new ArchivalPart(K.Medium, text, note.Index, note.Length)));
            segments.Add(new Segment(note.Index + note.Length, end));
            return segments;
        }

        var s = text[start..end];
        if (RepositoryLength(s) is { } length)
        {
            var codeStart = start + length;
            while (codeStart < end && char.IsWhiteSpace(text[codeStart]))
            {
                codeStart++;
            }

            if (codeStart > start + length && IsCode(text[codeStart..end]))
            {
                context.Add(K.Repository);
                context.Add(K.ReferenceCode);
                return
                [
                    new Segment(start, start + length, new ArchivalPart(K.Repository, text, start, length)),
                    new Segment(start + length, codeStart),
                    new Segment(codeStart, end, new ArchivalPart(K.ReferenceCode, text, codeStart, end - codeStart)),
                ];
            }
        }

        var kind = KindOf(s, context, nextIsUnit);
        context.Add(kind);
        return [new Segment(start, end, new ArchivalPart(kind, text, start, end - start))];
    }

    /// <summary>
    /// The length of a repository that starts an element and is followed by a code: a well-known abbreviation
    /// ("UCDA LA10/146") or a name with its abbreviation in brackets ("… (PRC FMA) 109-01794-02").
    /// </summary>
    private static int? RepositoryLength(string s)
    {
        if (ArchivalRepositories.FullName(s) is null && ArchivalRepositories.PrefixOf(s) is { } prefix)
        {
            return prefix.Length;
        }

        var close = s.LastIndexOf(')');
        var open = close > 0 ? s.LastIndexOf('(', close) : -1;
        return open > 0 && close < s.Length - 1 && ArchivalRepository.LooksLikeAbbreviation(s[(open + 1)..close].Trim()) ? close + 1 : null;
    }

    private static K KindOf(string s, ElementContext context, bool nextIsUnit)
    {
        if (ArchivalRepositories.FullName(s) is not null)
        {
            return K.Repository;
        }

        if (UnitLabels.IsRange(s) && context.Previous is K.ReferenceCode or K.File or K.Item or K.Volume or K.Box or K.Folder or K.Series or K.Collection
            or K.Medium or K.PublicationYear or K.Pages)
        {
            return K.Pages;
        }

        if (IsCode(s))
        {
            return K.ReferenceCode;
        }

        if (CollectionWords().IsMatch(s))
        {
            return K.Collection;
        }

        if (context.Previous is K.Repository && IsParentInstitution(s))
        {
            return K.Repository;
        }

        if (RepositoryWords().IsMatch(s) || (ArchivedAbbreviation().Match(s) is { Success: true } m && ArchivalRepository.LooksLikeAbbreviation(m.Groups[1].Value)))
        {
            return K.Repository;
        }

        if (context.Previous is K.Repository or K.Location && context.RepositoryFollowsParts && Place().IsMatch(s))
        {
            return K.Location;
        }

        if (context.IsFirst && char.IsLetter(s[0]) && (nextIsUnit || ArchivalRepository.LooksLikeAbbreviation(s)))
        {
            return K.Repository;
        }

        return K.Remainder;
    }

    /// <summary>Whether an element after a repository names the institution it belongs to ("Yale University", "Friedrich-Ebert-Stiftung") rather than another repository.</summary>
    internal static bool IsParentInstitution(string s) => ParentInstitution().IsMatch(s) && !RepositoryWords().IsMatch(s);

    /// <summary>A reference code or signature: short, with a digit and something besides digits, every word a number or a short capitalised code ("B 136/59748", "MS-2-650.2013-070", "DY 30/IV 2/2.035").</summary>
    internal static bool IsCode(string s)
    {
        if (s.Length is 0 or > 40 || !s.Any(char.IsDigit) || s.All(char.IsDigit))
        {
            return false;
        }

        var words = s.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= 4 && words.All(w => w.Any(char.IsDigit) || w.Length <= 3 || (w.Length <= 5 && !w.Any(char.IsLower)));
    }

    private static bool EndsSentence(string text, int dot, int limit)
    {
        if (dot + 2 >= limit || !char.IsWhiteSpace(text[dot + 1]))
        {
            return false;
        }

        var next = dot + 1;
        while (next < limit && char.IsWhiteSpace(text[next]))
        {
            next++;
        }

        var wordStart = dot;
        while (wordStart > 0 && char.IsLetter(text[wordStart - 1]))
        {
            wordStart--;
        }

        var word = text[wordStart..dot];
        return next < limit && char.IsUpper(text[next]) && word.Length >= 3 && !Abbreviations.Contains(word);
    }

    [GeneratedRegex(@"^(?:papers|records|collection|fonds|files)\s+of\b|\b(?:fonds|papers|collection|collections|records|files|nachlass|bestand)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CollectionWords();

    [GeneratedRegex(@"\b(?:archives?|\p{L}*archiv\p{L}*|arkhiv\p{L}*|archivo|archivio|arquivo|arhiv\p{L}*|arkiv\p{L}*|archiwum|library|libraries|bibliothek|biblioteka|museum|record\s+office|records\s+office|institute|institution|levéltár\p{L}*|архив\p{L}*|библиотека)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RepositoryWords();

    [GeneratedRegex(@"\b(?:university|universität|universitat|college|stiftung|foundation|academy|akademie)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ParentInstitution();

    /// <summary>A parenthetical note on the medium of the copy, closing an element: "(Microfilm)", "(microfilm reel 12)", "(Photocopy)".</summary>
    [GeneratedRegex(@"\(\s*(?<medium>(?:microfilm|microfiche|photocopy|photostat|carbon\s+copy|digital\s+copy|copy|original|typescript|manuscript|handwritten|draft|facsimile|scan|transcript|mimeograph)(?:\s+[\p{L}\p{N}.\-’']+){0,3}?)\s*\)\z", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MediumNote();

    [GeneratedRegex(@"\(([^()]+)\)$", RegexOptions.CultureInvariant)]
    private static partial Regex ArchivedAbbreviation();

    [GeneratedRegex(@"^\p{Lu}[\p{L}'’.\-]*(?:\s+(?:\p{Lu}[\p{L}'’.\-]*|of|de|la|del|am|upon|on)){0,4}$", RegexOptions.CultureInvariant)]
    private static partial Regex Place();
}
