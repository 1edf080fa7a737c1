namespace HistoryCms.Core.Archival;

/// <summary>What kind of value follows a label.</summary>
internal enum ValueShape
{
    /// <summary>A number, possibly with a letter prefix or suffix: "5", "R-9401", "059a", "21-1".</summary>
    Number,

    /// <summary>A number or a short upper-case code: "3", "JNSG", "IV", "B".</summary>
    Code,

    /// <summary>Leaves or pages: "7", "193-194", "5-7ob.", "12r–13v", "1-3, 5".</summary>
    Range,
}

/// <summary>When a label means what its row says.</summary>
internal enum LabelContext
{
    /// <summary>Always.</summary>
    Any,

    /// <summary>"f.": fond in a Russian-style reference, folio elsewhere.</summary>
    FondOrFolio,

    /// <summary>"p.": papka (folder) between fond and delo, page elsewhere.</summary>
    FolderOrPage,

    /// <summary>"t.", "tom": a volume only in a Russian-style reference.</summary>
    RussianOnly,
}

/// <summary>
/// One row of the label table: the printed forms of a label (a regular expression), the part it introduces and its
/// standard abbreviated and spelled-out forms (<c>null</c>: keep the label as printed). <see cref="Russian"/> marks the
/// labels of Russian-style (and Ukrainian) references, which decide what "f.", "p." and "t." mean.
/// </summary>
internal sealed record UnitLabel(
    string Pattern,
    ArchivalPartKind Kind,
    ValueShape Shape,
    string? Abbreviated = null,
    string? AbbreviatedPlural = null,
    string? Spelled = null,
    string? SpelledPlural = null,
    LabelContext Context = LabelContext.Any,
    bool CaseSensitive = false,
    bool Russian = false)
{
    /// <summary>The standard label in <paramref name="form"/>, or <c>null</c> when the printed label is kept.</summary>
    public string? Standard(ArchivalCitationForm form, bool plural) => form switch
    {
        ArchivalCitationForm.Spelled => plural ? SpelledPlural : Spelled,
        ArchivalCitationForm.Abbreviated => plural ? AbbreviatedPlural : Abbreviated,
        _ => null,
    };
}
