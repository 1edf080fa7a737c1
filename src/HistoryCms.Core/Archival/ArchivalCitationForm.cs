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
