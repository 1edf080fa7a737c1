namespace HistoryCms.Core.Citations;

/// <summary>One record of an export: a cited document and, for a per-citation export, the citation that cites it.</summary>
/// <param name="Id">The record id (the citation key, or the document key in a per-post export).</param>
/// <param name="Document">The cited document.</param>
/// <param name="Citation">The citation, whose locator, quote and note go into the record's note; <c>null</c> for the document alone.</param>
public sealed record CitationExportItem(string Id, CitedDocument Document, Citation? Citation = null)
{
    /// <summary>The record's note: what the citation adds to the document (locator, quote, editor's note), one per line; <c>null</c> when nothing.</summary>
    /// <param name="convention">How to print the locator.</param>
    /// <returns>The note, or <c>null</c>.</returns>
    public string? NoteText(ReferenceConvention convention)
    {
        if (Citation is null)
        {
            return null;
        }

        var lines = new List<string>();
        var locator = CitationLocatorText.Format(Citation.Locator, convention);
        if (locator.Length > 0)
        {
            lines.Add("Cited at: " + (Document.Reference?.WithLocator(Citation.Locator) ?? locator));
        }

        if (Citation.Quote is { } quote)
        {
            lines.Add(Citation.QuoteLanguage is { } language ? $"Quote ({language}): “{quote}”" : $"Quote: “{quote}”");
        }

        if (Citation.Note is { } note)
        {
            lines.Add("Note: " + note);
        }

        return lines.Count == 0 ? null : string.Join('\n', lines);
    }

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
