using System.Globalization;
using System.Text;

namespace HistoryCms.USync.Naming;

/// <summary>
/// The names Umbraco derives from a node or type name with its default settings (<c>DefaultShortStringHelper</c> with the
/// default <c>RequestHandlerSettings</c>): URL segments, uSync's safe file names and safe aliases. Implemented here so
/// that the uSync files and the routes are computed without Umbraco; a test compares them with Umbraco's own helper.
/// </summary>
public static class UmbracoNames
{
    private const int MaxUrlSegmentLength = 240;

    private static readonly (string From, string To)[] CharReplacements =
    [
        (" ", "-"), ("\"", string.Empty), ("'", string.Empty), ("%", string.Empty), (".", string.Empty), (";", string.Empty),
        ("/", string.Empty), ("\\", string.Empty), (":", string.Empty), ("#", string.Empty), ("&", string.Empty), ("?", string.Empty),
        ("<", string.Empty), (">", string.Empty), ("+", "plus"), ("*", "star"), ("æ", "ae"), ("Æ", "ae"), ("ä", "ae"), ("Ä", "ae"),
        ("ø", "oe"), ("Ø", "oe"), ("ö", "oe"), ("Ö", "oe"), ("å", "aa"), ("Å", "aa"), ("ü", "ue"), ("Ü", "ue"), ("ß", "ss"), ("|", "-"),
    ];

    /// <summary>
    /// The URL segment of a node name: character replacements, converted to ASCII when every letter can be
    /// (otherwise kept as it is), lower case, words joined by hyphens; e.g. "Failed Diplomacy: Soviet-American
    /// Relations" gives <c>failed-diplomacy-soviet-american-relations</c>.
    /// </summary>
    /// <param name="name">The node name.</param>
    /// <returns>The segment (empty when the name has no letter or digit).</returns>
    public static string UrlSegment(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var filtered = ReplaceChars(name);
        var text = AsciiFolding.TryFold(filtered) ?? filtered;
        var segment = string.Join('-', Terms(text, leadingLettersOnly: false)).ToLowerInvariant();
        return segment.Length <= MaxUrlSegmentLength ? segment : segment[..MaxUrlSegmentLength];
    }

    /// <summary>
    /// The file name (without extension) uSync gives an item named so: lower case, words joined by hyphens,
    /// letters kept as they are, and a dot kept before the last part as Umbraco's safe file names do.
    /// </summary>
    /// <param name="name">The item's name (or, for document types, alias).</param>
    /// <returns>The safe file name.</returns>
    public static string SafeFileName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (string.IsNullOrWhiteSpace(name))
        {
            return string.Empty;
        }

        var text = name.Replace('\0', '-').Replace('/', '-');
        var extensionAt = text.LastIndexOf('.');
        var stem = extensionAt < 0 ? text : text[..extensionAt];
        var extension = extensionAt < 0 ? string.Empty : FileNamePart(text[(extensionAt + 1)..]);
        stem = FileNamePart(stem);
        return extension.Length == 0 ? stem : stem + "." + extension;
    }

    /// <summary>
    /// The safe alias uSync uses to name data type and relation type files: ASCII, the first word as written and
    /// every later word capitalised, no separators; leading characters up to the first letter are dropped
    /// (e.g. "History - Post body" gives <c>HistoryPostBody</c>).
    /// </summary>
    /// <param name="name">The name or alias.</param>
    /// <returns>The safe alias.</returns>
    public static string SafeAlias(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var text = AsciiFolding.FoldOrDrop(ReplaceChars(name));
        var builder = new StringBuilder(text.Length);
        var first = true;
        foreach (var term in Terms(text, leadingLettersOnly: true))
        {
            builder.Append(first ? term : char.ToUpperInvariant(term[0]) + term[1..]);
            first = false;
        }

        return builder.ToString();
    }

    private static string FileNamePart(string text) =>
        string.Join('-', Terms(ReplaceChars(text), leadingLettersOnly: false)).ToLowerInvariant();

    private static string ReplaceChars(string text)
    {
        foreach (var (from, to) in CharReplacements)
        {
            text = text.Replace(from, to, StringComparison.Ordinal);
        }

        return text;
    }

    private static List<string> Terms(string text, bool leadingLettersOnly)
    {
        var terms = new List<string>();
        var current = new StringBuilder();
        foreach (var c in text)
        {
            var leading = terms.Count == 0 && current.Length == 0;
            var isTerm = leading && leadingLettersOnly ? char.IsLetter(c) : char.IsLetterOrDigit(c) || c == '_';
            if (isTerm)
            {
                current.Append(c);
            }
            else if (current.Length > 0)
            {
                terms.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            terms.Add(current.ToString());
        }

        return terms;
    }

    /// <summary>Converts letters to ASCII the way Umbraco's converter does for Latin and Russian Cyrillic letters.</summary>
    private static class AsciiFolding
    {
        private static readonly Dictionary<char, string> Letters = Build();

        private static readonly HashSet<UnicodeCategory> Separators =
        [
            UnicodeCategory.SpaceSeparator, UnicodeCategory.DashPunctuation, UnicodeCategory.InitialQuotePunctuation,
            UnicodeCategory.FinalQuotePunctuation, UnicodeCategory.OpenPunctuation, UnicodeCategory.ClosePunctuation,
            UnicodeCategory.OtherPunctuation,
        ];

        /// <summary>The ASCII form, or <c>null</c> when a character cannot be converted (Umbraco then keeps the text as it is).</summary>
        public static string? TryFold(string text)
        {
            var builder = new StringBuilder(text.Length);
            foreach (var c in text)
            {
                var folded = Fold(c);
                if (folded is null)
                {
                    return null;
                }

                builder.Append(folded);
            }

            return builder.ToString();
        }

        /// <summary>The ASCII form, dropping what cannot be converted.</summary>
        public static string FoldOrDrop(string text)
        {
            var builder = new StringBuilder(text.Length);
            foreach (var c in text)
            {
                builder.Append(Fold(c) ?? " ");
            }

            return builder.ToString();
        }

        private static string? Fold(char c)
        {
            if (c < 128)
            {
                return c.ToString();
            }

            if (Letters.TryGetValue(c, out var mapped))
            {
                return mapped;
            }

            var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
            if (decomposed[0] < 128 && char.IsLetter(decomposed[0])
                && decomposed.Skip(1).All(m => CharUnicodeInfo.GetUnicodeCategory(m) == UnicodeCategory.NonSpacingMark))
            {
                return decomposed[0].ToString();
            }

            return Separators.Contains(CharUnicodeInfo.GetUnicodeCategory(c)) ? " " : null;
        }

        private static Dictionary<char, string> Build()
        {
            var map = new Dictionary<char, string>
            {
                ['Ð'] = "D", ['ð'] = "d", ['Đ'] = "D", ['đ'] = "d", ['Þ'] = "TH", ['þ'] = "th", ['Ł'] = "L", ['ł'] = "l",
                ['Œ'] = "OE", ['œ'] = "oe", ['ı'] = "i", ['ƒ'] = "f",
            };

            // Russian Cyrillic as Umbraco's Utf8ToAsciiConverter writes it (including its "ц" → "f"); hard and soft signs separate words.
            const string cyrillic = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя";
            string[] latin =
            [
                "a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "i", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u", "f", "kh",
                "f", "ch", "sh", "sh", " ", "y", " ", "e", "yu", "ya",
            ];
            for (var i = 0; i < cyrillic.Length; i++)
            {
                map[cyrillic[i]] = latin[i];
                var upper = char.ToUpperInvariant(cyrillic[i]);
                map[upper] = latin[i].Length > 0 && latin[i] != " " ? char.ToUpperInvariant(latin[i][0]) + latin[i][1..] : latin[i];
            }

            return map;
        }
    }
}
