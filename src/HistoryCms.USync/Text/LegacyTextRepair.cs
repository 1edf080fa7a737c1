using System.Text;

namespace HistoryCms.USync.Text;

/// <summary>
/// Repairs legacy text whose UTF-8 bytes were once decoded as GBK (Simplified Chinese) or Windows-1252, the way captured
/// web pages sometimes arrive: <c>’s</c> became <c>鈥檚</c> or <c>â€™s</c>, <c>“t</c> became <c>鈥渢</c>, a no-break space
/// became <c>聽</c> (or its simplified form <c>听</c>, when it stands next to Latin text) or <c>Â</c>. Each such run is
/// encoded back and decoded as UTF-8 (text damaged twice over is repaired again, up to three times). Where a byte was lost
/// (a lone <c>鈥</c> or <c>â€</c>), the character is chosen from context: an em dash between spaces, an opening quote
/// before a word, after a word a closing quote when a quotation is open in the paragraph (or after punctuation), else an
/// apostrophe. Genuine Chinese text and anything that does not decode to a character the damage can explain is kept as
/// it is: no character is dropped. <see cref="RepairWithNotes"/> says what it changed and which changes are guesses.
/// The sample content writer and the importer both repair through this class.
/// </summary>
public static class LegacyTextRepair
{
    private const int ContextLength = 30;
    private const int MaxWindows1252Passes = 3;

    /// <summary>Repairs the text.</summary>
    /// <param name="text">Text that may hold UTF-8 read as GBK or Windows-1252.</param>
    /// <returns>The repaired text (the same text when there is nothing to repair).</returns>
    public static string Repair(string text) => RepairWithNotes(text).Text;

    /// <summary>Repairs the text and notes every repair, certain or guessed.</summary>
    /// <param name="text">Text that may hold UTF-8 read as GBK or Windows-1252.</param>
    /// <returns>The repaired text and the notes.</returns>
    public static TextRepairResult RepairWithNotes(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var notes = new List<TextRepairNote>();
        var repaired = Pass(text, MisreadDecoder.Gbk, notes);
        for (var i = 0; i < MaxWindows1252Passes; i++)
        {
            var again = Pass(repaired, MisreadDecoder.Windows1252, notes);
            if (string.Equals(again, repaired, StringComparison.Ordinal))
            {
                break;
            }

            repaired = again;
        }

        return new TextRepairResult(repaired, notes);
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

    private static string Pass(string text, MisreadDecoder decoder, List<TextRepairNote> notes)
    {
        var (decoded, changes) = decoder.Decode(text);
        if (changes.Count == 0)
        {
            return text;
        }

        ResolveLostBytes(decoded);
        var output = decoded.ToString();
        foreach (var change in Merge(changes))
        {
            var start = Math.Max(0, change.OutStart - ContextLength);
            var end = Math.Min(output.Length, change.OutStart + change.OutLength + ContextLength);
            notes.Add(new TextRepairNote(
                text[change.OriginStart..(change.OriginEnd + 1)],
                output.Substring(change.OutStart, change.OutLength),
                decoder.Damage,
                change.Guess,
                output[start..end]));
        }

        return output;
    }

    /// <summary>Joins changes that touch the same input characters and follow each other in the output (鈥檚 → ’ + s).</summary>
    private static List<TextChange> Merge(List<TextChange> changes)
    {
        var merged = new List<TextChange>(changes.Count);
        foreach (var change in changes)
        {
            if (merged.Count > 0 && merged[^1] is var last
                && change.OriginStart <= last.OriginEnd + 1 && change.OutStart == last.OutStart + last.OutLength)
            {
                merged[^1] = new TextChange(last.OriginStart, Math.Max(last.OriginEnd, change.OriginEnd), last.OutStart,
                    last.OutLength + change.OutLength, last.Guess || change.Guess);
                continue;
            }

            merged.Add(change);
        }

        return merged;
    }

    private static void ResolveLostBytes(StringBuilder decoded)
    {
        for (var i = 0; i < decoded.Length; i++)
        {
            if (decoded[i] != MisreadDecoder.LostByte)
            {
                continue;
            }

            var before = i == 0 ? ' ' : decoded[i - 1];
            var after = i + 1 < decoded.Length ? decoded[i + 1] : ' ';
            var spaceBefore = char.IsWhiteSpace(before);
            var spaceAfter = char.IsWhiteSpace(after) || after == MisreadDecoder.LostByte;
            decoded[i] = (spaceBefore, spaceAfter) switch
            {
                (true, true) => '\u2014',
                (true, false) => '\u201C',
                _ when OpenQuotes(decoded, i) > 0 || !char.IsLetter(before) => '\u201D',
                _ => '\u2019',
            };
        }
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
}
