namespace HistoryCms.Core.Archival;

/// <summary>What a part of an <see cref="ArchivalReference"/> is.</summary>
public enum ArchivalPartKind
{
    /// <summary>The archive or library, as printed: "RGANI", "BArch", "Dalhousie University Archives".</summary>
    Repository,

    /// <summary>An unlabelled reference code or signature: "B 136/59748", "MS-2-650.2013-070".</summary>
    ReferenceCode,

    /// <summary>Fond (record group of a Russian-style archive): "f. 5", "fond 5", "ф. 5".</summary>
    Fond,

    /// <summary>Opis (inventory): "op. 49", "op.1", "opis' 3", "оп. 49".</summary>
    Opis,

    /// <summary>Delo (file) or its equivalents: "d. 131", "delo 16", "ed. khr. 12", "spr. 4", "д. 131".</summary>
    Delo,

    /// <summary>A collection, record group or fonds: "Budge Wilson fonds", "Papers of Desmond Ryan", "RG 59".</summary>
    Collection,

    /// <summary>A series: "Series 2", "Ser. B".</summary>
    Series,

    /// <summary>A box: "Box 3", "karton 2".</summary>
    Box,

    /// <summary>A folder (or papka): "Folder 9", "p. 18" between opis and delo.</summary>
    Folder,

    /// <summary>A file: "File 12", "File No. JNSG".</summary>
    File,

    /// <summary>A volume (or tom): "vol. 21-1", "t. 2".</summary>
    Volume,

    /// <summary>An item or document number: "No. 5", "doc. 190", "item 3".</summary>
    Item,

    /// <summary>Leaves or folios, recto/verso kept: "l. 7", "ll. 5-7ob.", "ff. 12r-13v", "Bl. 4", "ark. 3".</summary>
    Folios,

    /// <summary>Pages: "p. 5", "pp. 12–14", "S. 403", or an unlabelled range after a signature ("403-410").</summary>
    Pages,

    /// <summary>Where the repository is: "Halifax, Nova Scotia, Canada".</summary>
    Location,

    /// <summary>Text the parser did not recognise, kept as printed.</summary>
    Remainder,

    /// <summary>The medium of the copy, a parenthetical note after an identifier: "Microfilm" in "A’0123 (Microfilm)".</summary>
    Medium,

    /// <summary>The author of a published book cited as the source: "Wu Lengxi".</summary>
    Author,

    /// <summary>The title of a published book cited as the source: "Shinian lunzhan".</summary>
    Title,

    /// <summary>Where a published book appeared: "Beijing" in "(Beijing: Zhongyang wenxian chubanshe, 1999)".</summary>
    PublicationPlace,

    /// <summary>The publisher of a published book: "Zhongyang wenxian chubanshe".</summary>
    Publisher,

    /// <summary>The year a published book appeared: "1999".</summary>
    PublicationYear,
}
