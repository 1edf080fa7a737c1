namespace HistoryCms.Core.Citations;

/// <summary>
/// Maps a post's citations value and body to the delivery DTOs. Used by both the Umbraco value converter (Delivery
/// API) and the delivery server, so both emit the same JSON. Citations are returned in note order; a citation whose
/// document cannot be found still maps (document <c>null</c>, formatted from what is known). It never throws on any
/// value: a value it cannot read maps to no citations.
/// </summary>
/// <param name="documents">Finds the cited documents.</param>
/// <param name="options">The archive name and the site's address.</param>
public sealed class CitationDtoMapper(ICitedDocumentSource documents, CitationStyleOptions options)
{
    private readonly CitationFormatter _formatter = new(options);

    /// <summary>Maps a value.</summary>
    /// <param name="value">The stored citations value, in any shape.</param>
    /// <param name="body">The post body HTML, for numbering; <c>null</c> numbers in list order.</param>
    /// <returns>The DTOs in note order.</returns>
    public IReadOnlyList<CitationDto> Map(object? value, string? body)
    {
        var read = CitationJson.Read(value);
        return read.IsReadable ? Map(read.List, body) : [];
    }

    /// <summary>Maps a list already read.</summary>
    /// <param name="list">The citations.</param>
    /// <param name="body">The post body HTML, for numbering.</param>
    /// <returns>The DTOs in note order.</returns>
    public IReadOnlyList<CitationDto> Map(CitationList list, string? body)
    {
        ArgumentNullException.ThrowIfNull(list);
        var found = new Dictionary<Guid, CitedDocument?>();
        return [.. CitationNumbering.Number(list, body).Select(numbered => Map(numbered, found))];
    }

    /// <summary>Maps one numbered citation, finding each document once per <paramref name="found"/>.</summary>
    /// <param name="numbered">The citation with its number.</param>
    /// <param name="found">The documents found so far in this mapping.</param>
    /// <returns>The DTO.</returns>
    internal CitationDto Map(NumberedCitation numbered, Dictionary<Guid, CitedDocument?> found)
    {
        var citation = numbered.Citation;
        var document = Find(citation.DocumentGuid, found);
        return new CitationDto(
            citation.Key,
            numbered.Number,
            document is null ? null : DocumentDto(document),
            LocatorDto(citation.Locator, document),
            citation.Quote,
            citation.QuoteLanguage,
            citation.Comment,
            numbered.RepeatOf,
            numbered.IsReferenced,
            _formatter.Format(document, citation.Locator));
    }

    /// <summary>Finds a cited document once per mapping.</summary>
    internal CitedDocument? Find(Guid? key, Dictionary<Guid, CitedDocument?> found)
    {
        if (key is not { } k)
        {
            return null;
        }

        if (!found.TryGetValue(k, out var document))
        {
            document = documents.Find(k);
            found[k] = document;
        }

        return document;
    }

    private CitationDocumentDto DocumentDto(CitedDocument document) => new(
        document.Key,
        CitationTitles.TitleOf(document),
        document.KnownDate,
        document.Reference?.Text ?? document.Source,
        document.RoutePath,
        document.Url ?? _formatter.Options.UrlOf(document.RoutePath));

    private static CitationLocatorDto? LocatorDto(CitationLocator? locator, CitedDocument? document) =>
        locator is null || locator.Value.Length == 0
            ? null
            : new CitationLocatorDto(locator.Label, locator.Value, CitationLocatorText.Format(locator, document?.Reference?.Convention ?? ReferenceConvention.General));
}
