namespace HistoryCms.Core.Archival;

/// <summary>What a person named in a credit did.</summary>
public enum ArchivalCreditRole
{
    /// <summary>"Translated by", "Translation by".</summary>
    Translated,

    /// <summary>"Transcribed by", "Transcription by".</summary>
    Transcribed,

    /// <summary>"Transliterated by".</summary>
    Transliterated,

    /// <summary>"Contributed by" (also "provided by", "donated by").</summary>
    Contributed,

    /// <summary>"Obtained by" (often "Obtained for CWIHP by").</summary>
    Obtained,

    /// <summary>"Edited by".</summary>
    Edited,

    /// <summary>"Annotated by".</summary>
    Annotated,

    /// <summary>"Compiled by", "Selected by".</summary>
    Compiled,

    /// <summary>"Introduced by".</summary>
    Introduced,
}

/// <summary>
/// One credit sentence after the reference, e.g. "Translated by Gary Goldberg" or "Contributed, transcribed, and
/// translated by Stephan Kieninger": its roles and the names it gives.
/// </summary>
/// <param name="Text">The credit as printed, from its first word to its last name (without the closing full stop).</param>
/// <param name="Label">The words before the names, as printed: "Contributed, transcribed, and translated by".</param>
/// <param name="Roles">The roles the label names, in printed order.</param>
/// <param name="Qualifier">What stands between the roles and "by", e.g. "for CWIHP" or "from the Russian"; <c>null</c> when nothing does.</param>
/// <param name="Names">The people or bodies credited, in printed order: "Sergey Radchenko and Charles Kraus" gives two.</param>
public sealed record ArchivalCredit(
    string Text,
    string Label,
    IReadOnlyList<ArchivalCreditRole> Roles,
    string? Qualifier,
    IReadOnlyList<string> Names)
{
    /// <summary>Whether the credit gives <paramref name="role"/>.</summary>
    /// <param name="role">The role.</param>
    /// <returns><c>true</c> when it does.</returns>
    public bool Has(ArchivalCreditRole role) => Roles.Contains(role);

    /// <inheritdoc />
    public override string ToString() => Text;
}
