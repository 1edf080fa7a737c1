namespace HistoryCms.Core.Citations;

/// <summary>How an archival reference counts its leaves, which decides how a locator is printed inside it.</summary>
public enum ReferenceConvention
{
    /// <summary>Any archive: folios as <c>fol.</c>, pages as <c>p.</c>.</summary>
    General,

    /// <summary>A Russian-style archive (fond, opis, delo, list): folios, leaves and sheets as <c>l.</c> / <c>ll.</c>, verso <c>ob</c>.</summary>
    Russian,
}
