using HistoryCms.Search.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace HistoryCms.Search.Querying;

/// <summary>
/// Analyses query text the way every profile indexed it: each position gets the union of the English, German and
/// plain forms (so one query matches documents of every language) and the romanization key of the word as typed.
/// Stop words of any profile leave a gap instead of a required term.
/// </summary>
internal static class QueryAnalysis
{
    private const string Field = "q";

    private static readonly Analyzer Words = new SiteSearchAnalyzer(TextProfile.Default, AnalyzerMode.Words);

    private static readonly Analyzer[] Profiles =
    [
        new SiteSearchAnalyzer(TextProfile.English, AnalyzerMode.Query),
        new SiteSearchAnalyzer(TextProfile.German, AnalyzerMode.Query),
        new SiteSearchAnalyzer(TextProfile.Default, AnalyzerMode.Query),
    ];

    /// <summary>The alternatives at each position of the text, positions in order (stop-word positions left out).</summary>
    /// <param name="text">The query word or phrase.</param>
    /// <returns>Position and the distinct terms that may stand there.</returns>
    public static SortedDictionary<int, List<string>> Analyze(string text)
    {
        text = text.Replace('ё', 'е').Replace('Ё', 'Е');
        var positions = new SortedDictionary<int, List<string>>();
        foreach (var (position, word) in Tokens(Words, text))
        {
            if (SiteSearchAnalyzer.AllStopWords.Contains(word))
            {
                continue;
            }

            var alternatives = new List<string>(4);
            var key = CyrillicTransliteration.IsCyrillic(word[0]) ? RomanizationKey.ForCyrillic(word)
                : word[0] < '\u0250' ? RomanizationKey.ForLatin(word) : null;
            if (key is not null)
            {
                alternatives.Add(key);
            }

            positions[position] = alternatives;
        }

        foreach (var analyzer in Profiles)
        {
            foreach (var (position, term) in Tokens(analyzer, text))
            {
                if (positions.TryGetValue(position, out var alternatives) && !alternatives.Contains(term))
                {
                    alternatives.Insert(0, term);
                }
            }
        }

        return positions;
    }

    private static List<(int Position, string Term)> Tokens(Analyzer analyzer, string text)
    {
        var tokens = new List<(int, string)>();
        using var stream = analyzer.GetTokenStream(Field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            tokens.Add((position, term.ToString()));
        }

        stream.End();
        return tokens;
    }
}
