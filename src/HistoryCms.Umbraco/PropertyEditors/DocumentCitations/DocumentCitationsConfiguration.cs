using Umbraco.Cms.Core.PropertyEditors;

namespace HistoryCms.Umbraco.PropertyEditors.DocumentCitations;

/// <summary>
/// Configuration of a Document Citations data type. The keys are the ones the content model
/// (<c>HistoryContentModel.DataTypes</c>) and the backoffice client use.
/// </summary>
public sealed class DocumentCitationsConfiguration
{
    /// <summary>Aliases of the document types a citation may point to; empty allows any document.</summary>
    [ConfigurationField("allowedDocumentTypes")]
    public IReadOnlyList<string> AllowedDocumentTypes { get; set; } = [];

    /// <summary>The fewest citations a value may hold.</summary>
    [ConfigurationField("minItems")]
    public int MinItems { get; set; }

    /// <summary>The most citations a value may hold; 0 means no limit.</summary>
    [ConfigurationField("maxItems")]
    public int MaxItems { get; set; }

    /// <summary>Whether every citation must give a locator (page, folio, ...).</summary>
    [ConfigurationField("requireLocator")]
    public bool RequireLocator { get; set; }

    /// <summary>The citation style used to format notes, e.g. <c>chicago</c>.</summary>
    [ConfigurationField("citationStyle")]
    public string CitationStyle { get; set; } = "chicago";
}
