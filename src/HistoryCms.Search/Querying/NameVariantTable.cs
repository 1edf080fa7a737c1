using System.Text;
using HistoryCms.Search.Analysis;
using HistoryCms.Search.Indexing;
using Lucene.Net.Analysis.Miscellaneous;

namespace HistoryCms.Search.Querying;

/// <summary>
/// The known spellings of names, gathered from the people fields of indexed items (<c>Pak Seong-cheol</c>,
/// <c>Pak Song Chol</c>, <c>박성철</c>): a query naming one spelling also searches the others.
/// </summary>
internal sealed class NameVariantTable
{
    private readonly Dictionary<string, List<(string[] Tokens, string[] Group)>> _byFirstToken = new(StringComparer.Ordinal);

    /// <summary>Builds the table from stored variant groups.</summary>
    /// <param name="groups">Each group: the spellings of one name joined by <see cref="SearchFields.Separator"/>.</param>
    public NameVariantTable(IEnumerable<string> groups)
    {
        foreach (var group in groups.Distinct(StringComparer.Ordinal))
        {
            var names = group.Split(SearchFields.Separator, StringSplitOptions.RemoveEmptyEntries);
            foreach (var name in names)
            {
                var tokens = Normalize(name);
                if (tokens.Length == 0)
                {
                    continue;
                }

                if (!_byFirstToken.TryGetValue(tokens[0], out var entries))
                {
                    _byFirstToken[tokens[0]] = entries = [];
                }

                entries.Add((tokens, names));
            }
        }
    }

    /// <summary>How many spellings the table knows.</summary>
    public int Count => _byFirstToken.Values.Sum(e => e.Count);

    /// <summary>
    /// Finds the longest known name that the words from <paramref name="start"/> spell out exactly (whole words).
    /// </summary>
    /// <param name="words">The normalized tokens of each query word.</param>
    /// <param name="start">The first word to look at.</param>
    /// <returns>How many words the name covers and all its spellings, or <c>(0, [])</c>.</returns>
    public (int Words, string[] Spellings) Match(IReadOnlyList<string[]> words, int start)
    {
        if (start >= words.Count || words[start].Length == 0 || !_byFirstToken.TryGetValue(words[start][0], out var entries))
        {
            return (0, []);
        }

        var best = (Words: 0, Spellings: Array.Empty<string>(), Tokens: 0);
        foreach (var (tokens, group) in entries)
        {
            var covered = Covers(words, start, tokens);
            if (covered > 0 && tokens.Length > best.Tokens)
            {
                best = (covered, group, tokens.Length);
            }
        }

        return (best.Words, best.Spellings);
    }

    /// <summary>Splits a name or query word into lower-case, diacritic-free tokens of letters and digits.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The tokens.</returns>
    public static string[] Normalize(string text)
    {
        var source = text.ToCharArray();
        var folded = new char[source.Length * 4];
        var length = ASCIIFoldingFilter.FoldToASCII(source, 0, folded, 0, source.Length);
        var tokens = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i <= length; i++)
        {
            if (i < length && char.IsLetterOrDigit(folded[i]))
            {
                current.Append(InvariantLowerCase.Of(folded[i]));
            }
            else if (current.Length > 0)
            {
                tokens.Add(current.ToString());
                current.Clear();
            }
        }

        return [.. tokens];
    }

    private static int Covers(IReadOnlyList<string[]> words, int start, string[] tokens)
    {
        var matched = 0;
        var word = start;
        while (matched < tokens.Length && word < words.Count)
        {
            var wordTokens = words[word];
            if (wordTokens.Length == 0 || matched + wordTokens.Length > tokens.Length)
            {
                return 0;
            }

            for (var i = 0; i < wordTokens.Length; i++)
            {
                if (wordTokens[i] != tokens[matched + i])
                {
                    return 0;
                }
            }

            matched += wordTokens.Length;
            word++;
        }

        return matched == tokens.Length ? word - start : 0;
    }
}
