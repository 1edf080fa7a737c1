using System.Text;
using Lucene.Net.Analysis.Miscellaneous;

namespace HistoryCms.Search.Analysis;

/// <summary>
/// A lenient spelling key for names across romanizations: <c>Vyshinsky</c>, <c>Vyshinskii</c>, <c>Vyshinskiy</c>,
/// <c>Vysinskij</c> and the romanized <c>Вышинского</c> all give <c>~visinsk</c>. Digraphs collapse to one letter
/// (sh, zh, ch, kh, ts, shch, German sch/tsch, Polish sz/cz), <c>j</c>/<c>y</c> become <c>i</c>, doubled letters
/// collapse, <c>ie</c>/<c>io</c> become <c>e</c> (ye, yo), and one Russian inflection ending is removed. Keys are indexed with a <c>~</c> prefix so they never
/// collide with ordinary words.
/// </summary>
internal static class RomanizationKey
{
    /// <summary>The prefix that marks key terms in the index.</summary>
    public const char Prefix = '~';

    private const int MinimumLength = 3;

    // Longest first; removed once from the end of a key when at least three letters remain.
    private static readonly string[] Endings =
        ["iami", "ogo", "ego", "omu", "emu", "ami", "imi", "aia", "oi", "ei", "om", "em", "im", "ih", "ia", "iu", "oe", "a", "u", "i", "e", "o"];

    /// <summary>The key of a Latin-script word (any case, diacritics allowed), or <c>null</c> when too short.</summary>
    /// <param name="word">The word.</param>
    /// <returns>The key with its prefix, or <c>null</c>.</returns>
    public static string? ForLatin(ReadOnlySpan<char> word)
    {
        if (word.Length < MinimumLength)
        {
            return null;
        }

        var folded = new char[word.Length * 4];
        var source = word.ToArray();
        var length = ASCIIFoldingFilter.FoldToASCII(source, 0, folded, 0, source.Length);
        var letters = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            var c = char.ToLowerInvariant(folded[i]);
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                letters.Append(c);
            }
        }

        return Build(letters.ToString());
    }

    /// <summary>The key of a Cyrillic word (via its Library of Congress romanization), or <c>null</c> when too short.</summary>
    /// <param name="word">The word.</param>
    /// <returns>The key with its prefix, or <c>null</c>.</returns>
    public static string? ForCyrillic(ReadOnlySpan<char> word) =>
        word.Length < MinimumLength ? null : ForLatin(CyrillicTransliteration.Romanize(word, CyrillicTransliteration.LibraryOfCongress));

    private static string? Build(string s)
    {
        var collapsed = new StringBuilder(s.Length + 1).Append(Prefix);
        var i = 0;
        while (i < s.Length)
        {
            var (replacement, consumed) = Digraph(s, i);
            foreach (var c in replacement)
            {
                if (collapsed[^1] != c)
                {
                    collapsed.Append(c);
                }
            }

            i += consumed;
        }

        collapsed.Replace("ie", "e", 1, collapsed.Length - 1).Replace("io", "e", 1, collapsed.Length - 1);
        if (collapsed.Length - 1 < MinimumLength)
        {
            return null;
        }

        foreach (var ending in Endings)
        {
            if (collapsed.Length - 1 - ending.Length >= MinimumLength && EndsWith(collapsed, ending))
            {
                collapsed.Length -= ending.Length;
                break;
            }
        }

        return collapsed.ToString();
    }

    private static (string Replacement, int Consumed) Digraph(string s, int i)
    {
        var rest = s.AsSpan(i);
        if (rest.StartsWith("shch")) return ("sc", 4);
        if (rest.StartsWith("tsch")) return ("c", 4);
        if (rest.StartsWith("sch")) return ("s", 3);
        if (rest.StartsWith("sh") || rest.StartsWith("sz")) return ("s", 2);
        if (rest.StartsWith("zh")) return ("z", 2);
        if (rest.StartsWith("ch") || rest.StartsWith("ts") || rest.StartsWith("tz") || rest.StartsWith("cz")) return ("c", 2);
        if (rest.StartsWith("kh")) return ("h", 2);
        return s[i] switch
        {
            'j' or 'y' => ("i", 1),
            'w' => ("v", 1),
            'x' => ("ks", 1),
            var c => (c.ToString(), 1),
        };
    }

    private static bool EndsWith(StringBuilder builder, string ending)
    {
        for (var i = 0; i < ending.Length; i++)
        {
            if (builder[builder.Length - ending.Length + i] != ending[i])
            {
                return false;
            }
        }

        return true;
    }
}
