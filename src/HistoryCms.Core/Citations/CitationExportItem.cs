namespace HistoryCms.Core.Citations;

/// <summary>One record of an export: a cited archival document.</summary>
/// <param name="Id">The record id (the document key).</param>
/// <param name="Document">The cited document.</param>
public sealed record CitationExportItem(string Id, CitedDocument Document)
{
    /// <summary>Exports the cited documents of a post once each, in note order.</summary>
    /// <param name="numbered">The numbered citations.</param>
    /// <param name="documents">The cited documents by key (missing ones are skipped).</param>
    /// <returns>The items.</returns>
    public static IReadOnlyList<CitationExportItem> ForPost(IEnumerable<NumberedCitation> numbered, Func<Guid, CitedDocument?> documents)
    {
        ArgumentNullException.ThrowIfNull(numbered);
        ArgumentNullException.ThrowIfNull(documents);
        var items = new List<CitationExportItem>();
        foreach (var key in new CitationList([.. numbered.Select(n => n.Citation)]).CitedDocumentKeys)
        {
            if (documents(key) is { } document)
            {
                items.Add(new CitationExportItem(key.ToString("D"), document));
            }
        }

        return items;
    }
}
