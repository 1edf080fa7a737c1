using HistoryCms.Core.Content;

namespace HistoryCms.Core.Citations;

/// <summary>
/// The cited documents of a content lookup (Umbraco's cache, the uSync snapshot): each item read as an
/// <see cref="ArchivalDocument"/> and turned into a <see cref="CitedDocument"/>. An item that is not an archival
/// document is not a cited document.
/// </summary>
/// <param name="lookup">The content.</param>
/// <param name="urlOf">The absolute URL of an item's page, when the host knows one; <c>null</c> leaves URLs to <see cref="CitationStyleOptions.SiteBaseUrl"/>.</param>
public sealed class ContentCitedDocuments(IContentLookup lookup, Func<ContentItem, string?>? urlOf = null) : ICitedDocumentSource
{
    private readonly HistoryContentReader _reader = new(lookup);

    /// <inheritdoc />
    public CitedDocument? Find(Guid key) =>
        lookup.Find(key) is { } item && _reader.ReadArchivalDocument(item) is { } document
            ? CitedDocuments.From(document, urlOf?.Invoke(item))
            : null;
}
