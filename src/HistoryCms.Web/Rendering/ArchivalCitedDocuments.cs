using HistoryCms.Core.Archival;
using HistoryCms.Core.Citations;
using HistoryCms.Core.Content;

namespace HistoryCms.Web.Rendering;

/// <summary>
/// What the citation formatters know of an archival document, read from the content (the typed
/// <see cref="ArchivalDocument"/> record): title, dates, the archival reference narrowed by locators, translators.
/// </summary>
/// <param name="lookup">The content.</param>
/// <param name="options">The site's address, for the documents' URLs.</param>
public sealed class ArchivalCitedDocuments(IContentLookup lookup, CitationStyleOptions options) : ICitedDocumentSource
{
    private readonly HistoryContentReader reader = new(lookup);

    /// <inheritdoc />
    public CitedDocument? Find(Guid key) =>
        lookup.Find(key) is { } item && reader.ReadArchivalDocument(item) is { } document ? From(document, options) : null;

    /// <summary>What the formatters know of a document.</summary>
    /// <param name="document">The document.</param>
    /// <param name="options">The site's address, for the document's URL.</param>
    /// <returns>The cited document.</returns>
    public static CitedDocument From(ArchivalDocument document, CitationStyleOptions options)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(options);
        var csl = document.Date?.ToCsl();
        return new CitedDocument
        {
            Key = document.Key,
            Title = document.Title,
            OriginalTitle = document.OriginalTitle,
            RomanizedTitle = document.RomanizedTitle,
            Date = document.PrintedDate is { } printed ? new CitedDate(printed, csl?.DateParts ?? [], csl?.Circa ?? false) : null,
            DocumentType = document.DocumentType,
            Source = document.Source.Length == 0 ? null : document.Source,
            Reference = Reference(document.Reference),
            Repository = document.Repository,
            Translators = document.Translators,
            Languages = document.OriginalLanguages,
            Subjects = document.Subjects,
            RoutePath = document.RoutePath,
            Url = options.UrlOf(document.RoutePath),
        };
    }

    private static CitedReference? Reference(ArchivalReference reference)
    {
        var text = reference.ReferenceText;
        if (text.Length == 0)
        {
            return null;
        }

        var range = reference.Folios ?? reference.Pages;
        var start = reference.Text.IndexOf(text, StringComparison.Ordinal);
        string? stem = range is not null && start >= 0 && range.Index > start
            ? reference.Text[start..range.Index].TrimEnd(' ', ',', ';', '.')
            : null;
        return new CitedReference(text, string.IsNullOrEmpty(stem) ? null : stem,
            reference.IsRussianStyle ? ReferenceConvention.Russian : ReferenceConvention.General);
    }
}
