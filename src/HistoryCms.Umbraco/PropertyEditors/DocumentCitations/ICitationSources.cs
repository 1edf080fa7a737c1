using HistoryCms.Core.Citations;
using Umbraco.Cms.Core.Models.PublishedContent;

namespace HistoryCms.Umbraco.PropertyEditors.DocumentCitations;

/// <summary>What the citations value converter formats with: the cited documents and the site's citation settings.</summary>
public interface ICitationSources
{
    /// <summary>The cited documents, as visitors see them or, in preview, with drafts.</summary>
    /// <param name="preview">Whether drafts are visible.</param>
    /// <returns>The document source.</returns>
    ICitedDocumentSource Documents(bool preview);

    /// <summary>The citation settings of the site <paramref name="owner"/> belongs to (its digital archive's name).</summary>
    /// <param name="owner">The post whose citations are formatted.</param>
    /// <param name="preview">Whether drafts are visible.</param>
    /// <returns>The options.</returns>
    CitationStyleOptions Options(IPublishedElement owner, bool preview);
}
