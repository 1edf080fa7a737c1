using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;

namespace HistoryCms.Search.Analysis;

/// <summary>
/// Makes names findable across scripts and romanizations. A capitalized Cyrillic word (a name, most of the time) is
/// kept and also indexed, at the same position and offsets, as its Latin romanizations (Library of Congress, common
/// English, scholarly) and its <see cref="RomanizationKey"/>; a capitalized Latin word also gets its key, so a
/// Cyrillic query finds the Latin spelling. Lower-case words pass untouched: transliterating every word would double
/// the index for no reader. Added tokens are keywords, so later stemmers leave them alone.
/// </summary>
internal sealed class RomanizationFilter : TokenFilter
{
    /// <summary>The token type of the added romanized tokens.</summary>
    public const string RomanizedType = "<ROMANIZED>";

    // Names recur through a document and across an archive: each chain (one per indexing thread) works out a word's
    // romanizations once and reuses them, forgetting everything when this many words are remembered.
    private const int MaxRemembered = 8192;

    private static readonly int[] CyrillicSystems =
        [CyrillicTransliteration.LibraryOfCongress, CyrillicTransliteration.CommonEnglish, CyrillicTransliteration.Scholarly];

    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _positionIncrement;
    private readonly IOffsetAttribute _offset;
    private readonly ITypeAttribute _type;
    private readonly IKeywordAttribute _keyword;
    private readonly CharArraySet _commonWords;
    private readonly CharArrayDictionary<string[]> _remembered = new(SiteSearchAnalyzer.Version, 256, ignoreCase: false);
    private string[] _pending = [];
    private char[] _lowered = new char[32];
    private int _next;
    private int _startOffset;
    private int _endOffset;

    /// <summary>Creates the filter.</summary>
    /// <param name="input">The tokens from the tokenizer (original case).</param>
    /// <param name="commonWords">Words never treated as names (stop words), in lower case (a token is lower-cased to look it up).</param>
    public RomanizationFilter(TokenStream input, CharArraySet commonWords)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _positionIncrement = AddAttribute<IPositionIncrementAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _type = AddAttribute<ITypeAttribute>();
        _keyword = AddAttribute<IKeywordAttribute>();
        _commonWords = commonWords;
    }

    /// <inheritdoc />
    public override bool IncrementToken()
    {
        if (_next < _pending.Length)
        {
            // Cheaper than capturing and restoring the whole state: the added token differs only in these.
            ClearAttributes();
            _term.SetEmpty().Append(_pending[_next++]);
            _positionIncrement.PositionIncrement = 0;
            _offset.SetOffset(_startOffset, _endOffset);
            _type.Type = RomanizedType;
            _keyword.IsKeyword = true;
            return true;
        }

        if (!m_input.IncrementToken())
        {
            return false;
        }

        var buffer = _term.Buffer;
        var length = _term.Length;
        if (length < 3 || !char.IsUpper(buffer[0]) || IsCommonWord(buffer, length))
        {
            return true;
        }

        if (!_remembered.TryGetValue(buffer, 0, length, out var variants))
        {
            variants = Romanizations(new ReadOnlySpan<char>(buffer, 0, length));
            if (_remembered.Count >= MaxRemembered)
            {
                _remembered.Clear();
            }

            _remembered.Put(buffer, 0, length, variants, out _);
        }

        _pending = variants;
        _next = 0;
        _startOffset = _offset.StartOffset;
        _endOffset = _offset.EndOffset;
        return true;
    }

    /// <inheritdoc />
    public override void Reset()
    {
        base.Reset();
        _pending = [];
        _next = 0;
    }

    // The set's own ignore-case lookup lower-cases through J2N per character, at a cost that showed in indexing.
    private bool IsCommonWord(char[] buffer, int length)
    {
        if (_lowered.Length < length)
        {
            _lowered = new char[length];
        }

        for (var i = 0; i < length; i++)
        {
            _lowered[i] = InvariantLowerCase.Of(buffer[i]);
        }

        return _commonWords.Contains(_lowered, 0, length);
    }

    // A Cyrillic name: its distinct romanizations and their key; a Latin one: its key. Nothing for other scripts.
    private static string[] Romanizations(ReadOnlySpan<char> word)
    {
        var variants = new List<string>(4);
        if (CyrillicTransliteration.IsCyrillic(word[0]))
        {
            foreach (var system in CyrillicSystems)
            {
                var variant = CyrillicTransliteration.Romanize(word, system);
                if (!variants.Contains(variant))
                {
                    variants.Add(variant);
                }
            }

            AddKey(variants, RomanizationKey.ForLatin(variants[0]));
        }
        else if (word[0] < '\u0250')
        {
            AddKey(variants, RomanizationKey.ForLatin(word));
        }

        return [.. variants];
    }

    private static void AddKey(List<string> variants, string? key)
    {
        if (key is not null)
        {
            variants.Add(key);
        }
    }
}
