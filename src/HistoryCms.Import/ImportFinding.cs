namespace HistoryCms.Import;
/// <summary>One thing the importer did or noticed, with where it happened.</summary>
public sealed record ImportFinding(string File, string Location, string? Field, FindingKind Kind, string Message);
/// <summary>What kind of finding.</summary>
public enum FindingKind
{
    /// <summary>Damage put right where the repair is certain (or by the user's rule).</summary>
    Repaired,

    /// <summary>A repair or value chosen from context: check it.</summary>
    Guessed,

    /// <summary>Something that looks wrong, kept as it is: check it.</summary>
    Flagged,

    /// <summary>Input not imported.</summary>
    Skipped,

    /// <summary>An editor's change kept over the imported value.</summary>
    Conflict,

    /// <summary>Input that could not be read.</summary>
    Error,
}
