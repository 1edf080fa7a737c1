using HistoryCms.Core.Content;

namespace HistoryCms.Core.Citations;

/// <summary>Builds the formatters' input from the typed archival document.</summary>
public static class CitedDocuments
{
    /// <summary>The cited document of an archival document.</summary>
    /// <param name="document">The archival document.</param>
    /// <param name="url">The absolute URL of its page, when the host knows it.</param>
    /// <returns>The cited document.</returns>
    public static CitedDocument From(ArchivalDocument document, string? url = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new CitedDocument
        {
            Key = document.Key,
            ContentType = document.ContentType,
            Title = document.Title,
            OriginalTitle = document.OriginalTitle,
            RomanizedTitle = document.RomanizedTitle,
            Date = document.Date,
            DateText = document.Date is null ? document.DateText : null,
            Genre = document.Genre,
            Source = string.IsNullOrWhiteSpace(document.Source) ? null : document.Source,
            Reference = CitedReference.From(document.Reference),
            Repository = document.Repository,
            Authors = document.Authors,
            Summary = document.Summary,
            ArchiveUrl = string.IsNullOrWhiteSpace(document.ArchiveUrl) ? null : document.ArchiveUrl.Trim(),
            Translators = document.Translators,
            Languages = document.OriginalLanguages,
            Subjects = document.Subjects,
            Url = url,
            RoutePath = string.IsNullOrWhiteSpace(document.RoutePath) ? null : document.RoutePath,
        };
    }
}
