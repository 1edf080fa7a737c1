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

    /// <summary>"provided to" (a link of a credit chain: who the document was given to, e.g. "provided to the Wilson Center").</summary>
    ProvidedTo,

    /// <summary>"copy on file at" (a link of a credit chain: where a copy is held).</summary>
    CopyOnFile,
}

/// <summary>A person or body named in a credit, with the affiliation printed after the name in parentheses.</summary>
/// <param name="Name">The name: "Jiho Lee".</param>
/// <param name="Affiliation">The affiliation, without its parentheses ("Korea University"), or <c>null</c>.</param>
public sealed record ArchivalCreditName(string Name, string? Affiliation = null)
{
    /// <inheritdoc />
    public override string ToString() => Affiliation is null ? Name : $"{Name} ({Affiliation})";
}

/// <summary>
/// One credit sentence after the reference, e.g. "Translated by Gary Goldberg" or "Contributed, transcribed, and
/// translated by Stephan Kieninger": its roles and the names it gives.
/// </summary>
/// <param name="Text">The credit as printed, from its first word to its last name (without the closing full stop).</param>
/// <param name="Label">The words before the names, as printed: "Contributed, transcribed, and translated by".</param>
/// <param name="Roles">The roles the label names, in printed order.</param>
/// <param name="Qualifier">
/// What qualifies the credit: between the roles and "by" ("for CWIHP", "from the Russian") or after the names ("for the North
/// Korea International Documentation Project"); <c>null</c> when nothing does.
/// </param>
/// <param name="People">The people or bodies credited, in printed order, each with its affiliation: "Jiho Lee (Korea University) and Charles Kraus" gives two.</param>
public sealed record ArchivalCredit(
    string Text,
    string Label,
    IReadOnlyList<ArchivalCreditRole> Roles,
    string? Qualifier,
    IReadOnlyList<ArchivalCreditName> People)
{
    /// <summary>The names credited, in printed order, without affiliations: "Sergey Radchenko and Charles Kraus" gives two.</summary>
    public IReadOnlyList<string> Names => [.. People.Select(p => p.Name)];

    /// <summary>Whether the credit gives <paramref name="role"/>.</summary>
    /// <param name="role">The role.</param>
    /// <returns><c>true</c> when it does.</returns>
    public bool Has(ArchivalCreditRole role) => Roles.Contains(role);

    /// <inheritdoc />
    public override string ToString() => Text;
}
