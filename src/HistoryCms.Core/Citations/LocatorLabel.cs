namespace HistoryCms.Core.Citations;

/// <summary>What a citation's locator counts: the unit of the part of the document that is cited.</summary>
public enum LocatorLabel
{
    /// <summary>A page ("67", "67-70", "xii").</summary>
    Page,

    /// <summary>A folio, recto or verso ("12r", "5v", "193ob", "193-194"); a Russian archive's <em>list</em>.</summary>
    Folio,

    /// <summary>A leaf ("4", "4v").</summary>
    Leaf,

    /// <summary>A sheet ("2", "2ob").</summary>
    Sheet,

    /// <summary>A line ("12", "12-15").</summary>
    Line,

    /// <summary>A paragraph ("3", "3-4").</summary>
    Paragraph,

    /// <summary>A numbered item ("7", "7a").</summary>
    Item,

    /// <summary>A section ("2", "2.3", "IV", "II.B").</summary>
    Section,
}
