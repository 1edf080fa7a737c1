using Lucene.Net.Analysis.Miscellaneous;

namespace HistoryCms.Search.Analysis;

/// <summary>
/// A lenient spelling key for names across romanizations: <c>Vyshinsky</c>, <c>Vyshinskii</c>, <c>Vyshinskiy</c>,
/// <c>Vysinskij</c> and the romanized <c>Вышинского</c> all give <c>~visinsk</c>. Digraphs collapse to one letter
/// (sh, zh, ch, kh, ts, shch, German sch/tsch, Polish sz/cz), <c>j</c>/<c>y</c> become <c>i</c>, doubled letters
/// collapse, <c>ie</c>/<c>io</c> become <c>e</c> (ye, yo), and one Russian inflection ending is removed. Keys are
/// indexed with a <c>~</c> prefix so they never collide with ordinary words.
/// </summary>
internal static class RomanizationKey
{
    /// <summary>The prefix that marks key terms in the index.</summary>
    public const char Prefix = '~';

    private const int MinimumLength = 3;
    private const int MaxLength = 64;

    // Longest first; removed once from the end of a key when at least three letters remain.
    private static readonly string[] Endings =
        ["iami", "ogo", "ego", "omu", "emu", "ami", "imi", "aia", "oi", "ei", "om", "em", "im", "ih", "ia", "iu", "oe", "a", "u", "i", "e", "o"];

    /// <summary>The key of a Latin-script word (any case, diacritics allowed), or <c>null</c> when too short or long.</summary>
    /// <param name="word">The word.</param>
    /// <returns>The key with its prefix, or <c>null</c>.</returns>
    public static string? ForLatin(ReadOnlySpan<char> word)
    {
        if (word.Length < MinimumLength || word.Length > MaxLength)
        {
            return null;
        }

        Span<char> letters = stackalloc char[MaxLength * 4];
        var length = 0;
        foreach (var c in word)
        {
            if (c < 0x80)
            {
                length = Append(letters, length, c);
                continue;
            }

            var source = new[] { c };
            var folded = new char[4];
            var foldedLength = ASCIIFoldingFilter.FoldToASCII(source, 0, folded, 0, 1);
            for (var i = 0; i < foldedLength; i++)
            {
                length = Append(letters, length, folded[i]);
            }
        }

        return Build(letters[..length]);
    }

    /// <summary>The key of a Cyrillic word (via its Library of Congress romanization), or <c>null</c> when too short.</summary>
    /// <param name="word">The word.</param>
    /// <returns>The key with its prefix, or <c>null</c>.</returns>
    public static string? ForCyrillic(ReadOnlySpan<char> word) =>
        word.Length < MinimumLength ? null : ForLatin(CyrillicTransliteration.Romanize(word, CyrillicTransliteration.LibraryOfCongress));

    private static int Append(Span<char> letters, int length, char c)
    {
        c = c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
        if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
        {
            letters[length++] = c;
        }

        return length;
    }

    private static string? Build(ReadOnlySpan<char> s)
    {
        Span<char> key = stackalloc char[(s.Length * 2) + 1];
        key[0] = Prefix;
        var length = 1;
        for (var i = 0; i < s.Length;)
        {
            var (replacement, consumed) = Digraph(s[i..]);
            foreach (var c in replacement)
            {
                if (key[length - 1] != c)
                {
                    key[length++] = c;
                }
            }

            i += consumed;
        }

        length = Vowels(key, length);
        if (length - 1 < MinimumLength)
        {
            return null;
        }

        foreach (var ending in Endings)
        {
            if (length - 1 - ending.Length >= MinimumLength && key[..length].EndsWith(ending))
            {
                length -= ending.Length;
                break;
            }
        }

        return new string(key[..length]);
    }

    // ie → e and io → e (ye, yo after the j/y → i step).
    private static int Vowels(Span<char> key, int length)
    {
        var write = 1;
        for (var read = 1; read < length; read++)
        {
            if (key[read] == 'i' && read + 1 < length && key[read + 1] is 'e' or 'o')
            {
                key[write++] = 'e';
                read++;
                continue;
            }

            key[write++] = key[read];
        }

        return write;
    }

    private static (string Replacement, int Consumed) Digraph(ReadOnlySpan<char> rest)
    {
        if (rest.StartsWith("shch")) return ("sc", 4);
        if (rest.StartsWith("tsch")) return ("c", 4);
        if (rest.StartsWith("sch")) return ("s", 3);
        if (rest.StartsWith("sh") || rest.StartsWith("sz")) return ("s", 2);
        if (rest.StartsWith("zh")) return ("z", 2);
        if (rest.StartsWith("ch") || rest.StartsWith("ts") || rest.StartsWith("tz") || rest.StartsWith("cz")) return ("c", 2);
        if (rest.StartsWith("kh")) return ("h", 2);
        return rest[0] switch
        {
            'j' or 'y' => ("i", 1),
            'w' => ("v", 1),
            'x' => ("ks", 1),
            var c => (Single[c], 1),
        };
    }

    private static readonly string[] Single = [.. Enumerable.Range(0, 128).Select(c => ((char)c).ToString())];
}
