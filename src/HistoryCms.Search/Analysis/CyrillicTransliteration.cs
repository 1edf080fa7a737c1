using System.Text;

namespace HistoryCms.Search.Analysis;

/// <summary>
/// Romanizes Cyrillic words the ways readers spell them, without diacritics (search folds them anyway):
/// Library of Congress (<c>vyshinskii</c>), common English (<c>vyshinsky</c>), scholarly/ISO (<c>vysinskij</c>) and
/// the mixed digraph-and-j form found in older literature (<c>vyshinskij</c>). Table-driven: one lookup per letter.
/// </summary>
internal static class CyrillicTransliteration
{
    /// <summary>The romanization systems, in the order of the table columns.</summary>
    public const int LibraryOfCongress = 0, CommonEnglish = 1, Scholarly = 2, Mixed = 3, SystemCount = 4;

    // Lower-case letters U+0430..U+045F: Library of Congress, common English, scholarly, mixed.
    private static readonly string[][] Letters = BuildTable();

    /// <summary>Whether the character is a Cyrillic letter this class romanizes.</summary>
    /// <param name="c">The character.</param>
    /// <returns><c>true</c> for Cyrillic letters.</returns>
    public static bool IsCyrillic(char c) => c is >= '\u0400' and <= '\u04FF';

    /// <summary>Romanizes a word in one system (lower case, letters outside the table kept as they are).</summary>
    /// <param name="word">The word, any case.</param>
    /// <param name="system">One of the system constants.</param>
    /// <returns>The romanized word in lower case.</returns>
    public static string Romanize(ReadOnlySpan<char> word, int system)
    {
        var builder = new StringBuilder(word.Length + 4);
        for (var i = 0; i < word.Length; i++)
        {
            var c = InvariantLowerCase.Of(word[i]);
            var atEnd = i == word.Length - 1 || (i == word.Length - 2 && IsShortI(word[i + 1]));
            if (system == CommonEnglish && IsShortI(c) && i > 0 && i == word.Length - 1 && IsIOrYery(word[i - 1]))
            {
                continue; // -ий, -ый: "Vyshinsky", already written as "y" below.
            }

            if (system == CommonEnglish && IsIOrYery(c) && atEnd && i < word.Length - 1)
            {
                builder.Append('y');
                continue;
            }

            if (system == CommonEnglish && c == 'е' && (i == 0 || IsVowelOrSign(word[i - 1])))
            {
                builder.Append("ye");
                continue;
            }

            builder.Append(c is >= '\u0430' and <= '\u045F' ? Letters[c - '\u0430'][system] : c.ToString());
        }

        return builder.ToString();
    }

    /// <summary>The distinct romanizations of a word across the systems.</summary>
    /// <param name="word">The word, any case.</param>
    /// <returns>One to four distinct lower-case romanizations, Library of Congress first.</returns>
    public static IReadOnlyList<string> Variants(ReadOnlySpan<char> word)
    {
        var variants = new List<string>(SystemCount);
        for (var system = 0; system < SystemCount; system++)
        {
            var variant = Romanize(word, system);
            if (!variants.Contains(variant))
            {
                variants.Add(variant);
            }
        }

        return variants;
    }

    private static bool IsShortI(char c) => c is 'й' or 'Й';

    private static bool IsIOrYery(char c) => c is 'и' or 'ы' or 'И' or 'Ы';

    private static bool IsVowelOrSign(char c) => "аеёиоуыэюяьъАЕЁИОУЫЭЮЯЬЪ".Contains(c, StringComparison.Ordinal);

    private static string[][] BuildTable()
    {
        // letter, LoC, common, scholarly, mixed
        string[][] rows =
        [
            ["а", "a", "a", "a", "a"], ["б", "b", "b", "b", "b"], ["в", "v", "v", "v", "v"], ["г", "g", "g", "g", "g"],
            ["д", "d", "d", "d", "d"], ["е", "e", "e", "e", "e"], ["ж", "zh", "zh", "z", "zh"], ["з", "z", "z", "z", "z"],
            ["и", "i", "i", "i", "i"], ["й", "i", "y", "j", "j"], ["к", "k", "k", "k", "k"], ["л", "l", "l", "l", "l"],
            ["м", "m", "m", "m", "m"], ["н", "n", "n", "n", "n"], ["о", "o", "o", "o", "o"], ["п", "p", "p", "p", "p"],
            ["р", "r", "r", "r", "r"], ["с", "s", "s", "s", "s"], ["т", "t", "t", "t", "t"], ["у", "u", "u", "u", "u"],
            ["ф", "f", "f", "f", "f"], ["х", "kh", "kh", "h", "kh"], ["ц", "ts", "ts", "c", "ts"], ["ч", "ch", "ch", "c", "ch"],
            ["ш", "sh", "sh", "s", "sh"], ["щ", "shch", "shch", "sc", "shch"], ["ъ", "", "", "", ""], ["ы", "y", "y", "y", "y"],
            ["ь", "", "", "", ""], ["э", "e", "e", "e", "e"], ["ю", "iu", "yu", "ju", "ju"], ["я", "ia", "ya", "ja", "ja"],
            ["ѐ", "e", "e", "e", "e"], ["ё", "e", "yo", "e", "jo"], ["ђ", "dj", "dj", "d", "dj"], ["ѓ", "g", "g", "g", "g"],
            ["є", "ie", "ye", "je", "je"], ["ѕ", "dz", "dz", "dz", "dz"], ["і", "i", "i", "i", "i"], ["ї", "i", "yi", "ji", "ji"],
            ["ј", "j", "j", "j", "j"], ["љ", "lj", "lj", "lj", "lj"], ["њ", "nj", "nj", "nj", "nj"], ["ћ", "c", "c", "c", "c"],
            ["ќ", "k", "k", "k", "k"], ["ѝ", "i", "i", "i", "i"], ["ў", "u", "w", "u", "u"], ["џ", "dz", "dz", "dz", "dz"],
        ];
        var table = new string[0x30][];
        foreach (var row in rows)
        {
            table[row[0][0] - '\u0430'] = row[1..];
        }

        return table;
    }
}
