namespace HistoryCms.Core.Citations;

/// <summary>Finds what the formatters need to know about a cited document. Implemented over the content lookup (Umbraco's cache, the uSync snapshot).</summary>
public interface ICitedDocumentSource
{
    /// <summary>The document with this key, or <c>null</c> when there is none (deleted, unpublished, not a document).</summary>
    /// <param name="key">The document's key.</param>
    /// <returns>The cited document, or <c>null</c>.</returns>
    CitedDocument? Find(Guid key);
}
