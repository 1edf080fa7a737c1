using System.Text.Json.Serialization;

namespace HistoryCms.Core.Citations;

/// <summary>
/// One citation as the Delivery API and the delivery server emit it: pre-expanded, so no front end needs
/// <c>expand</c> or a second request. Property names are fixed (camelCase) whatever the host's serializer settings.
/// </summary>
/// <param name="Key">The citation key (body markers refer to it).</param>
/// <param name="Number">The note number in the post.</param>
/// <param name="Document">The cited document, or <c>null</c> when it cannot be found.</param>
/// <param name="Locator">The cited part of the document, or <c>null</c>.</param>
/// <param name="Quote">The quoted words, or <c>null</c>.</param>
/// <param name="QuoteLanguage">The language of the quote, or <c>null</c>.</param>
/// <param name="Comment">The editor's comment, or <c>null</c>.</param>
/// <param name="RepeatOf">The number of an earlier note citing the same document (print <see cref="FormattedCitation.ShortNote"/>), or <c>null</c>.</param>
/// <param name="IsReferenced">Whether a marker in the post body refers to it (a note no marker refers to has no link back to the text).</param>
/// <param name="Formatted">The printed forms.</param>
public sealed record CitationDto(
    [property: JsonPropertyName("key")] string Key,
    [property: JsonPropertyName("number")] int Number,
    [property: JsonPropertyName("document")] CitationDocumentDto? Document,
    [property: JsonPropertyName("locator")] CitationLocatorDto? Locator,
    [property: JsonPropertyName("quote")] string? Quote,
    [property: JsonPropertyName("quoteLanguage")] string? QuoteLanguage,
    [property: JsonPropertyName("note")] string? Comment,
    [property: JsonPropertyName("repeatOf")] int? RepeatOf,
    [property: JsonPropertyName("isReferenced")] bool IsReferenced,
    [property: JsonPropertyName("formatted")] FormattedCitation Formatted);

/// <summary>The cited document in a <see cref="CitationDto"/>.</summary>
/// <param name="Id">The document's key.</param>
/// <param name="Title">The English title.</param>
/// <param name="Date">The date as printed ("July 31, 1958"), or <c>null</c>.</param>
/// <param name="ArchivalReference">The archival reference as printed, without credits, or <c>null</c>.</param>
/// <param name="Path">The route path of the document's page.</param>
/// <param name="Url">The absolute URL of the page, when the site's address is known.</param>
public sealed record CitationDocumentDto(
    [property: JsonPropertyName("id")] Guid Id,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("date")] string? Date,
    [property: JsonPropertyName("archivalReference")] string? ArchivalReference,
    [property: JsonPropertyName("path")] string? Path,
    [property: JsonPropertyName("url")] string? Url);

/// <summary>The locator in a <see cref="CitationDto"/>.</summary>
/// <param name="Label">The label (<c>page</c>, <c>folio</c>, ...).</param>
/// <param name="Value">The value as typed ("193ob").</param>
/// <param name="Text">The locator as printed in the note's reference ("l. 193ob").</param>
public sealed record CitationLocatorDto(
    [property: JsonPropertyName("label")] string Label,
    [property: JsonPropertyName("value")] string Value,
    [property: JsonPropertyName("text")] string Text);
