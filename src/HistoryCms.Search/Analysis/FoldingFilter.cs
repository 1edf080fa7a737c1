using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.TokenAttributes;

namespace HistoryCms.Search.Analysis;

/// <summary>
/// Lower case and diacritic folding in one pass (Satō → sato, Ё → е): ASCII words take a fast path; only words with
/// Latin letters beyond ASCII go through the ASCII folding table. Cyrillic and CJK letters are lower-cased, not folded.
/// </summary>
internal sealed class FoldingFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;
    private char[] _folded = new char[64];

    /// <summary>Creates the filter.</summary>
    /// <param name="input">The tokens.</param>
    public FoldingFilter(TokenStream input)
        : base(input) => _term = AddAttribute<ICharTermAttribute>();

    /// <inheritdoc />
    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        var buffer = _term.Buffer;
        var length = _term.Length;
        var foldable = false;
        for (var i = 0; i < length; i++)
        {
            var c = buffer[i];
            if (c < 0x80)
            {
                if (c is >= 'A' and <= 'Z')
                {
                    buffer[i] = (char)(c + 32);
                }

                continue;
            }

            c = InvariantLowerCase.Of(c);
            buffer[i] = c == 'ё' ? 'е' : c;
            foldable |= c is (< '\u0400' or > '\u04FF') and (< '\u1100' or > '\u11FF') and (< '\u3000' or > '\u9FFF') and (< '\uAC00' or > '\uD7AF');
        }

        if (foldable)
        {
            if (_folded.Length < length * 4)
            {
                _folded = new char[length * 4];
            }

            var foldedLength = ASCIIFoldingFilter.FoldToASCII(buffer, 0, _folded, 0, length);
            _term.CopyBuffer(_folded, 0, foldedLength);
        }

        return true;
    }
}
