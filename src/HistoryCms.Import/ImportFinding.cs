namespace HistoryCms.Import;

/// <summary>What the importer did about something it found in the input.</summary>
public enum FindingKind
{
    /// <summary>Damage repaired where the repair is certain (e.g. mojibake with one reading).</summary>
    Repaired,

    /// <summary>A repair or reading that is a guess: imported, but an editor should look.</summary>
    Guessed,

    /// <summary>Something suspicious left as it is (e.g. injected spam without a replacement rule).</summary>
    Flagged,

    /// <summary>A record or field that was not imported.</summary>
    Skipped,

    /// <summary>A field an editor changed after the last import: the editor's value is kept.</summary>
    Conflict,

    /// <summary>Input that could not be read at all (missing file, unreadable format).</summary>
    Error,
}

/// <summary>One line of the import report: where in the input, which field, what was done and why.</summary>
/// <param name="File">The input file, as given on the command line.</param>
/// <param name="Location">Where in the file: "line 12", "record 3 (line 40)", an old URL.</param>
/// <param name="Field">The field or property concerned, or <c>null</c> for the whole record.</param>
/// <param name="Kind">What the importer did.</param>
/// <param name="Message">An editor-readable sentence.</param>
public sealed record ImportFinding(string File, string Location, string? Field, FindingKind Kind, string Message);
