using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;

namespace HistoryCms.Search.Analysis;

/// <summary>
/// Makes names findable across scripts and romanizations. A capitalized Cyrillic word (a name, most of the time) is
/// kept and also indexed, at the same position and offsets, as its Latin romanizations and its
/// <see cref="RomanizationKey"/>; a capitalized Latin word also gets its key, so a Cyrillic query finds the Latin
/// spelling. Lower-case words pass untouched: transliterating every word would double the index for no reader.
/// Added tokens are marked as keywords so later stemmers leave them alone. Also folds <c>ё</c> to <c>е</c>.
/// </summary>
internal sealed class RomanizationFilter : TokenFilter
{
    /// <summary>The token type of the added romanized tokens.</summary>
    public const string RomanizedType = "<ROMANIZED>";

    private readonly ICharTermAttribute term;
    private readonly IPositionIncrementAttribute positionIncrement;
    private readonly ITypeAttribute type;
    private readonly IKeywordAttribute keyword;
    private readonly CharArraySet commonWords;
    private readonly Queue<string> pending = new();
    private State? saved;

    /// <summary>Creates the filter.</summary>
    /// <param name="input">The tokens from the tokenizer (original case).</param>
    /// <param name="commonWords">Words never treated as names (stop words), matched ignoring case.</param>
    public RomanizationFilter(TokenStream input, CharArraySet commonWords)
        : base(input)
    {
        term = AddAttribute<ICharTermAttribute>();
        positionIncrement = AddAttribute<IPositionIncrementAttribute>();
        type = AddAttribute<ITypeAttribute>();
        keyword = AddAttribute<IKeywordAttribute>();
        this.commonWords = commonWords;
    }

    /// <inheritdoc />
    public override bool IncrementToken()
    {
        if (pending.Count > 0)
        {
            RestoreState(saved);
            term.SetEmpty().Append(pending.Dequeue());
            positionIncrement.PositionIncrement = 0;
            type.Type = RomanizedType;
            keyword.IsKeyword = true;
            return true;
        }

        if (!m_input.IncrementToken())
        {
            return false;
        }

        var buffer = term.Buffer;
        var length = term.Length;
        if (length < 3 || !char.IsUpper(buffer[0]) || commonWords.Contains(buffer, 0, length))
        {
            FoldYo(buffer, length);
            return true;
        }

        var word = new ReadOnlySpan<char>(buffer, 0, length);
        if (CyrillicTransliteration.IsCyrillic(buffer[0]))
        {
            foreach (var variant in CyrillicTransliteration.Variants(word))
            {
                pending.Enqueue(variant);
            }

            Enqueue(RomanizationKey.ForCyrillic(word));
            FoldYo(buffer, length);
        }
        else if (buffer[0] < '\u0250')
        {
            Enqueue(RomanizationKey.ForLatin(word));
        }

        if (pending.Count > 0)
        {
            saved = CaptureState();
        }

        return true;
    }

    /// <inheritdoc />
    public override void Reset()
    {
        base.Reset();
        pending.Clear();
        saved = null;
    }

    private void Enqueue(string? key)
    {
        if (key is not null)
        {
            pending.Enqueue(key);
        }
    }

    private static void FoldYo(char[] buffer, int length)
    {
        for (var i = 0; i < length; i++)
        {
            buffer[i] = buffer[i] switch
            {
                'ё' => 'е',
                'Ё' => 'Е',
                var c => c,
            };
        }
    }
}
