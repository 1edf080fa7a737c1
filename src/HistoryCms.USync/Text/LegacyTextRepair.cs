using System.Text;

namespace HistoryCms.USync.Text;

/// <summary>
/// Repairs legacy text whose UTF-8 bytes were once decoded as GBK (Simplified Chinese), the way captured web pages
/// sometimes arrive: <c>’s</c> became <c>鈥檚</c>, <c>“t</c> became <c>鈥渢</c>, a no-break space became <c>聽</c>
/// (or its simplified form <c>听</c>). Each such run is encoded back to GBK and decoded as UTF-8. Where a byte was lost
/// (a lone <c>鈥</c>), the character is chosen from context: an em dash between spaces, an opening quote before a word,
/// after a word a closing quote when a quotation is open in the paragraph (or after punctuation), else an apostrophe.
/// Genuine Chinese text and anything that does not decode to punctuation or a Latin letter is kept as it is: no
/// character is dropped.
/// </summary>
public static class LegacyTextRepair
{
    private const char LostByte = '\uFFFF';
    private const char NoBreakSpace = '\u00A0';

    private static readonly Encoding Gbk = CreateGbk();

    /// <summary>Repairs the text.</summary>
    /// <param name="text">Text that may hold UTF-8 read as GBK.</param>
    /// <returns>The repaired text (the same text when there is nothing to repair).</returns>
    public static string Repair(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var atoms = ToAtoms(text);
        var decoded = new StringBuilder(text.Length);
        var p = 0;
        while (p < atoms.Count)
        {
            p = DecodeAt(text, atoms, p, decoded);
        }

        return ResolveLostBytes(decoded);
    }

    /// <summary>Whether the text still shows signs of mis-decoding: CJK ideographs, replacement characters or <c>â€</c> sequences.</summary>
    /// <param name="text">The text to check.</param>
    /// <returns><c>true</c> when it looks garbled.</returns>
    public static bool LooksGarbled(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Contains('\uFFFD', StringComparison.Ordinal)
            || text.Contains("â€", StringComparison.Ordinal)
            || text.Any(c => c is >= '\u3000' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF' or >= '\uFF00' and <= '\uFFEF');
    }

    /// <summary>
    /// The text as the bytes it was decoded from: each character that GBK can encode becomes its bytes (ASCII one,
    /// others two); any other character stays a character and is kept as it is.
    /// </summary>
    private static List<Atom> ToAtoms(string text)
    {
        var atoms = new List<Atom>(text.Length * 2);
        for (var i = 0; i < text.Length; i++)
        {
            var bytes = BytesOf(text[i]);
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

    private static int DecodeAt(string text, List<Atom> atoms, int p, StringBuilder output)
    {
        var atom = atoms[p];
        if (atom.Byte is not { } lead)
        {
            output.Append(text[atom.Origin]);
            return p + 1;
        }

        if (lead < 0x80)
        {
            output.Append((char)lead);
            return p + 1;
        }

        var length = Utf8Length(lead);
        if (length > 0 && TryDecode(atoms, p, length, out var repaired))
        {
            output.Append(repaired);
            return p + length;
        }

        if (lead == 0xE2 && p + 1 < atoms.Count && atoms[p + 1].Byte == 0x80)
        {
            output.Append(LostByte);
            return p + 2;
        }

        if (!atom.First)
        {
            // The character's first byte went into the sequence before it; its second cannot stand alone.
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

    private static bool TryDecode(List<Atom> atoms, int p, int length, out string repaired)
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
        if (text.Length != 1 || !IsRepairTarget(text[0]))
        {
            return false;
        }

        repaired = text;
        return true;
    }

    /// <summary>What mis-decoded English text can hold: Latin letters, punctuation, currency and letter-like symbols.</summary>
    private static bool IsRepairTarget(char c) =>
        c is >= '\u00A0' and <= '\u02FF' or >= '\u2000' and <= '\u206F' or >= '\u20A0' and <= '\u20CF' or >= '\u2100' and <= '\u214F';

    private static byte[]? BytesOf(char c)
    {
        if (c < 0x80)
        {
            return [(byte)c];
        }

        if (c == '听')
        {
            return [0xC2, 0xA0];
        }

        try
        {
            var bytes = Gbk.GetBytes([c]);
            return bytes.Length == 2 ? bytes : null;
        }
        catch (EncoderFallbackException)
        {
            return null;
        }
    }

    private static int Utf8Length(byte lead) => lead switch
    {
        >= 0xC2 and <= 0xDF => 2,
        >= 0xE0 and <= 0xEF => 3,
        >= 0xF0 and <= 0xF4 => 4,
        _ => 0,
    };

    private static string ResolveLostBytes(StringBuilder decoded)
    {
        for (var i = 0; i < decoded.Length; i++)
        {
            if (decoded[i] != LostByte)
            {
                continue;
            }

            var before = i == 0 ? ' ' : decoded[i - 1];
            var after = i + 1 < decoded.Length ? decoded[i + 1] : ' ';
            var spaceBefore = char.IsWhiteSpace(before) || before == NoBreakSpace;
            var spaceAfter = char.IsWhiteSpace(after) || after == NoBreakSpace || after == LostByte;
            decoded[i] = (spaceBefore, spaceAfter) switch
            {
                (true, true) => '\u2014',
                (true, false) => '\u201C',
                _ when OpenQuotes(decoded, i) > 0 || !char.IsLetter(before) => '\u201D',
                _ => '\u2019',
            };
        }

        return decoded.ToString();
    }

    /// <summary>How many “ are still open in the paragraph before <paramref name="end"/>.</summary>
    private static int OpenQuotes(StringBuilder text, int end)
    {
        var open = 0;
        for (var k = end - 1; k >= 0 && text[k] != '\n'; k--)
        {
            open += text[k] switch
            {
                '\u201C' => 1,
                '\u201D' => -1,
                _ => 0,
            };
        }

        return open;
    }

    private static Encoding CreateGbk()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(936, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }

    /// <summary>One byte of the text as it was decoded, or (when <see cref="Byte"/> is null) a character kept as it is.</summary>
    private readonly record struct Atom(byte? Byte, int Origin, bool First);
}
