using System.Text;

namespace HistoryCms.USync.Text;

/// <summary>
/// One repair pass: reads text as the bytes it was wrongly decoded from (one misread encoding) and decodes runs that
/// form valid UTF-8 back, recording what it changed. Characters that the misread encoding cannot give bytes for are kept
/// as they are; a run that does not decode to a character the damage can explain is kept as it is too.
/// </summary>
internal sealed class MisreadDecoder
{
    /// <summary>Stands for a character whose last byte was lost; <see cref="LegacyTextRepair"/> chooses it from context.</summary>
    internal const char LostByte = '\uFFFF';

    private static readonly Encoding GbkEncoding = CreateEncoding(936);
    private static readonly Encoding Windows1252Encoding = CreateEncoding(1252);

    private readonly Func<string, int, byte[]?> _bytesOf;
    private readonly Func<string, bool> _isTarget;

    private MisreadDecoder(TextDamage damage, Func<string, int, byte[]?> bytesOf, Func<string, bool> isTarget)
    {
        Damage = damage;
        _bytesOf = bytesOf;
        _isTarget = isTarget;
    }

    /// <summary>UTF-8 read as GBK: only punctuation and Latin letters are restored, so genuine Chinese text stays.</summary>
    public static MisreadDecoder Gbk { get; } = new(TextDamage.Gbk, GbkBytes, s => s.Length == 1 && IsPunctuationOrLatin(s[0]));

    /// <summary>UTF-8 read as Windows-1252: Latin, Greek, Cyrillic, Hebrew, Arabic letters and punctuation are restored.</summary>
    public static MisreadDecoder Windows1252 { get; } = new(TextDamage.Windows1252, Windows1252Bytes,
        s => s.Length == 1 && (IsPunctuationOrLatin(s[0]) || s[0] is >= '\u0370' and <= '\u07FF'));

    /// <summary>The damage this pass repairs.</summary>
    public TextDamage Damage { get; }

    /// <summary>Decodes the text; lost bytes are left as <see cref="LostByte"/>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The decoded text and what changed, in order.</returns>
    public (StringBuilder Output, List<TextChange> Changes) Decode(string text)
    {
        var atoms = ToAtoms(text);
        var output = new StringBuilder(text.Length);
        var changes = new List<TextChange>();
        var p = 0;
        while (p < atoms.Count)
        {
            p = DecodeAt(text, atoms, p, output, changes);
        }

        return (output, changes);
    }

    /// <summary>What mis-decoded English text can hold: Latin letters, punctuation, currency and letter-like symbols.</summary>
    private static bool IsPunctuationOrLatin(char c) =>
        c is >= '\u00A0' and <= '\u02FF' or >= '\u2000' and <= '\u206F' or >= '\u20A0' and <= '\u20CF' or >= '\u2100' and <= '\u214F';

    private List<Atom> ToAtoms(string text)
    {
        var atoms = new List<Atom>(text.Length * 2);
        for (var i = 0; i < text.Length; i++)
        {
            var bytes = _bytesOf(text, i);
            if (bytes is null)
            {
                atoms.Add(new Atom(null, i, First: true));
                continue;
            }

            for (var k = 0; k < bytes.Length; k++)
            {
                atoms.Add(new Atom(bytes[k], i, First: k == 0));
            }
        }

        return atoms;
    }

    private int DecodeAt(string text, List<Atom> atoms, int p, StringBuilder output, List<TextChange> changes)
    {
        var atom = atoms[p];
        if (atom.Byte is not { } lead)
        {
            output.Append(text[atom.Origin]);
            return p + 1;
        }

        if (lead < 0x80)
        {
            if (!atom.First || text[atom.Origin] >= 0x80)
            {
                // A letter hidden in the second byte of a misread character (鈥檚 holds the "s" of ’s).
                changes.Add(new TextChange(atom.Origin, atom.Origin, output.Length, 1, Guess: false));
            }

            output.Append((char)lead);
            return p + 1;
        }

        var length = Utf8Length(lead);
        if (length > 0 && TryDecode(atoms, p, length, out var repaired) && !StandsInChinese(text, atom.Origin, atoms[p + length - 1].Origin))
        {
            changes.Add(new TextChange(atom.Origin, atoms[p + length - 1].Origin, output.Length, repaired.Length, Guess: false));
            output.Append(repaired);
            return p + length;
        }

        if (lead == 0xE2 && p + 1 < atoms.Count && atoms[p + 1].Byte == 0x80)
        {
            changes.Add(new TextChange(atom.Origin, atoms[p + 1].Origin, output.Length, 1, Guess: true));
            output.Append(LostByte);
            return p + 2;
        }

        if (!atom.First)
        {
            // The character's first byte went into the sequence before it; its second cannot stand alone.
            changes.Add(new TextChange(atom.Origin, atom.Origin, output.Length, 1, Guess: true));
            output.Append('\uFFFD');
            return p + 1;
        }

        output.Append(text[atom.Origin]);
        var next = p + 1;
        while (next < atoms.Count && atoms[next].Origin == atom.Origin)
        {
            next++;
        }

        return next;
    }

    /// <summary>
    /// Whether the characters stand inside genuine Chinese text (every neighbour there, past spaces and shared punctuation, is
    /// an ideograph or CJK punctuation): then GBK is not a
    /// misreading (说 is not ˵, 茅台 is not é台). Windows-1252 damage never stands in Chinese.
    /// </summary>
    private bool StandsInChinese(string text, int first, int last)
    {
        if (Damage != TextDamage.Gbk)
        {
            return false;
        }

        var b = first - 1;
        while (b >= 0 && IsNeutral(text[b]))
        {
            b--;
        }

        var a = last + 1;
        while (a < text.Length && IsNeutral(text[a]))
        {
            a++;
        }

        char? before = b >= 0 ? text[b] : null;
        char? after = a < text.Length ? text[a] : null;
        return (before is not null || after is not null) && (before is null || IsIdeograph(before.Value)) && (after is null || IsIdeograph(after.Value));
    }

    /// <summary>Spaces and the quotation marks and dashes both scripts use, which say nothing about the text around them.</summary>
    private static bool IsNeutral(char c) => char.IsWhiteSpace(c) || c is >= '\u2000' and <= '\u206F';

    private static bool IsIdeograph(char c) => c is >= '\u3000' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF' or >= '\uFF00' and <= '\uFFEF';

    private bool TryDecode(List<Atom> atoms, int p, int length, out string repaired)
    {
        repaired = string.Empty;
        if (p + length > atoms.Count)
        {
            return false;
        }

        var bytes = new byte[length];
        for (var k = 0; k < length; k++)
        {
            if (atoms[p + k].Byte is not { } b || (k > 0 && b is < 0x80 or > 0xBF))
            {
                return false;
            }

            bytes[k] = b;
        }

        var text = Encoding.UTF8.GetString(bytes);
        if (text.Contains('\uFFFD', StringComparison.Ordinal) || !_isTarget(text))
        {
            return false;
        }

        repaired = text;
        return true;
    }

    private static byte[]? GbkBytes(string text, int i)
    {
        var c = text[i];
        if (c < 0x80)
        {
            return [(byte)c];
        }

        if (c == '听')
        {
            // 听 is the simplified form of 聽 (a no-break space's bytes), but also a real word: only next to Latin text is it a space.
            return HasLatinNeighbour(text, i) ? [0xC2, 0xA0] : null;
        }

        try
        {
            var bytes = GbkEncoding.GetBytes([c]);
            return bytes.Length == 2 ? bytes : null;
        }
        catch (EncoderFallbackException)
        {
            return null;
        }
    }

    private static byte[]? Windows1252Bytes(string text, int i)
    {
        var c = text[i];
        if (c <= '\u00FF')
        {
            // Bytes 0x81, 0x8D, 0x8F, 0x90 and 0x9D have no Windows-1252 character and are commonly decoded to U+0081...
            return [(byte)c];
        }

        try
        {
            var bytes = Windows1252Encoding.GetBytes([c]);
            return bytes.Length == 1 ? bytes : null;
        }
        catch (EncoderFallbackException)
        {
            return null;
        }
    }

    private static bool HasLatinNeighbour(string text, int i) =>
        (i > 0 && IsLatinOrDigit(text[i - 1])) || (i + 1 < text.Length && IsLatinOrDigit(text[i + 1]));

    private static bool IsLatinOrDigit(char c) => char.IsAsciiLetterOrDigit(c) || c is >= '\u00C0' and <= '\u024F' || c is '.' or ',' or ';' or ':';

    private static int Utf8Length(byte lead) => lead switch
    {
        >= 0xC2 and <= 0xDF => 2,
        >= 0xE0 and <= 0xEF => 3,
        >= 0xF0 and <= 0xF4 => 4,
        _ => 0,
    };

    private static Encoding CreateEncoding(int codePage)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(codePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }

    /// <summary>One byte of the text as it was decoded, or (when <see cref="Byte"/> is null) a character kept as it is.</summary>
    private readonly record struct Atom(byte? Byte, int Origin, bool First);
}

/// <summary>A run of the output that replaced characters <see cref="OriginStart"/>..<see cref="OriginEnd"/> (inclusive) of the input.</summary>
/// <param name="OriginStart">First input character.</param>
/// <param name="OriginEnd">Last input character.</param>
/// <param name="OutStart">Where the replacement starts in the output.</param>
/// <param name="OutLength">The replacement's length.</param>
/// <param name="Guess">Whether the replacement is a guess.</param>
internal readonly record struct TextChange(int OriginStart, int OriginEnd, int OutStart, int OutLength, bool Guess);
