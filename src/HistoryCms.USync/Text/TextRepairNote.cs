namespace HistoryCms.USync.Text;

/// <summary>How a repaired run of text had been damaged.</summary>
public enum TextDamage
{
    /// <summary>UTF-8 bytes decoded as GBK (Simplified Chinese): <c>’s</c> shown as <c>鈥檚</c>.</summary>
    Gbk,

    /// <summary>UTF-8 bytes decoded as Windows-1252: <c>’</c> shown as <c>â€™</c>.</summary>
    Windows1252,
}

/// <summary>
/// One repair <see cref="LegacyTextRepair"/> made: what the damaged text read, what it reads now, and whether the repair is
/// certain (the bytes decode to exactly one character) or a guess (a byte was lost and the character was chosen from
/// context, or a byte could not be placed at all).
/// </summary>
/// <param name="Original">The damaged run, as the text held it.</param>
/// <param name="Replacement">What it became.</param>
/// <param name="Damage">How it had been damaged.</param>
/// <param name="IsGuess">Whether the repair is a guess rather than certain.</param>
/// <param name="Context">The repaired text around the run (about 30 characters each side), to find it by.</param>
public sealed record TextRepairNote(string Original, string Replacement, TextDamage Damage, bool IsGuess, string Context);

/// <summary>Repaired text with a note for each repair.</summary>
/// <param name="Text">The repaired text.</param>
/// <param name="Notes">The repairs, in text order (per pass).</param>
public sealed record TextRepairResult(string Text, IReadOnlyList<TextRepairNote> Notes);
