namespace HistoryCms.Core.Archival;

/// <summary>How <see cref="ArchivalReference.ToCitation(ArchivalCitationForm, bool)"/> writes the reference.</summary>
public enum ArchivalCitationForm
{
    /// <summary>Labels spelled out, ranges with an en dash: "RGANI, fond 5, opis 49, delo 131, listy 193–194".</summary>
    Spelled,

    /// <summary>Standard abbreviations, ranges with an en dash: "RGANI, f. 5, op. 49, d. 131, ll. 193–194".</summary>
    Abbreviated,

    /// <summary>Exactly as printed, without the credits: "RGANI, f. 5, op. 49, d. 131, ll. 193-194".</summary>
    AsPrinted,
}

/// <summary>One piece of a reference as <see cref="ArchivalReference.ToCitation(ArchivalCitationForm, bool)"/> writes it.</summary>
/// <param name="Kind">The kind of the part the piece starts with; <c>null</c> for a credit inside a book reference ("trans. Kenji Tanaka").</param>
/// <param name="Text">The piece: "f. 5", "A’0123 (Microfilm)", "trans. Kenji Tanaka (Tokyo: Iwanami Shoten, 1999)".</param>
public sealed record ArchivalCitationPiece(ArchivalPartKind? Kind, string Text)
{
    /// <inheritdoc />
    public override string ToString() => Text;
}
