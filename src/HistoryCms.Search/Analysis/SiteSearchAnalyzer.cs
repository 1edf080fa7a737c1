using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.De;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Ru;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace HistoryCms.Search.Analysis;

/// <summary>What an <see cref="SiteSearchAnalyzer"/> is for.</summary>
internal enum AnalyzerMode
{
    /// <summary>Indexing: the full chain with romanized names.</summary>
    Index,

    /// <summary>Query text: the full chain without romanized names (the query builder adds keys itself).</summary>
    Query,

    /// <summary>The words and CJK bigrams as typed, at the positions the other modes give them.</summary>
    Words,
}

/// <summary>
/// The analysis chain of one <see cref="TextProfile"/>: UAX#29 words, CJK width folding and bigrams, romanized
/// names (at index time), lower case with diacritic folding (Satō → sato), stop words, then stemming by script: the
/// profile's stemmer for Latin words, Russian light stemming for Cyrillic words. Cheap filters only: no ICU per token.
/// </summary>
internal sealed class SiteSearchAnalyzer : Analyzer
{
    /// <summary>The Lucene version the chains follow.</summary>
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private readonly TextProfile _profile;
    private readonly AnalyzerMode _mode;

    /// <summary>Creates the analyzer.</summary>
    /// <param name="profile">The language profile.</param>
    /// <param name="mode">What the analyzer is for.</param>
    public SiteSearchAnalyzer(TextProfile profile, AnalyzerMode mode)
    {
        _profile = profile;
        _mode = mode;
    }

    /// <summary>Every stop word of every profile: a query word in it is not required to match.</summary>
    public static CharArraySet AllStopWords { get; } = BuildAllStopWords(ignoreCase: true);

    /// <summary>The same words, matched exactly: for callers that lower-case the word themselves (cheaper per token).</summary>
    public static CharArraySet LowerCaseStopWords { get; } = BuildAllStopWords(ignoreCase: false);

    /// <inheritdoc />
    public override int GetPositionIncrementGap(string fieldName) => 100;

    /// <inheritdoc />
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        TokenStream stream = new CJKWidthFilter(tokenizer);
        stream = new CJKBigramFilter(stream);
        if (_mode == AnalyzerMode.Words)
        {
            return new TokenStreamComponents(tokenizer, stream);
        }

        if (_mode == AnalyzerMode.Index)
        {
            stream = new RomanizationFilter(stream, LowerCaseStopWords);
        }

        stream = new FoldingFilter(stream);
        var stopWords = StopWords(_profile);
        if (stopWords is not null)
        {
            stream = new StopFilter(Version, stream, stopWords);
        }

        stream = _profile switch
        {
            TextProfile.English => new PorterStemFilter(new EnglishPossessiveFilter(Version, stream)),
            TextProfile.German => new GermanLightStemFilter(stream),
            _ => stream,
        };
        return new TokenStreamComponents(tokenizer, new RussianLightStemFilter(stream));
    }

    private static CharArraySet? StopWords(TextProfile profile) => profile switch
    {
        TextProfile.English => EnglishAnalyzer.DefaultStopSet,
        TextProfile.German => GermanAnalyzer.DefaultStopSet,
        TextProfile.Russian => RussianAnalyzer.DefaultStopSet,
        _ => null,
    };

    private static CharArraySet BuildAllStopWords(bool ignoreCase)
    {
        var all = new CharArraySet(Version, 512, ignoreCase);
        all.UnionWith(EnglishAnalyzer.DefaultStopSet);
        all.UnionWith(GermanAnalyzer.DefaultStopSet);
        all.UnionWith(RussianAnalyzer.DefaultStopSet);
        return all.AsReadOnly();
    }
}
