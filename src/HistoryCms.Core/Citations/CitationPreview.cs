using System.Text.Json.Serialization;
using HistoryCms.Core.Validation;

namespace HistoryCms.Core.Citations;

/// <summary>The answer of the citation preview endpoint: one item per citation, in list order, and the problems of the value as a whole.</summary>
/// <param name="Items">The citations, in the editor's list order.</param>
/// <param name="Messages">Problems not tied to one citation: an unreadable value, the number of citations, body markers that point at no citation.</param>
public sealed record CitationPreview(
    [property: JsonPropertyName("items")] IReadOnlyList<CitationPreviewItem> Items,
    [property: JsonPropertyName("messages")] IReadOnlyList<CitationMessageDto> Messages);

/// <summary>One citation in a <see cref="CitationPreview"/>.</summary>
/// <param name="Key">The citation key.</param>
/// <param name="Number">The note number it would get.</param>
/// <param name="Document">The cited document, or <c>null</c> when it cannot be found.</param>
/// <param name="Formatted">The printed forms, or <c>null</c> without a document.</param>
/// <param name="Messages">What is wrong with this citation.</param>
public sealed record CitationPreviewItem(
    [property: JsonPropertyName("key")] string Key,
    [property: JsonPropertyName("number")] int Number,
    [property: JsonPropertyName("document")] CitationPreviewDocument? Document,
    [property: JsonPropertyName("formatted")] CitationFormattedDto? Formatted,
    [property: JsonPropertyName("messages")] IReadOnlyList<CitationMessageDto> Messages);

/// <summary>The cited document in a <see cref="CitationPreviewItem"/>.</summary>
/// <param name="Id">The document's key.</param>
/// <param name="ContentType">Its document type alias.</param>
/// <param name="Title">The English title.</param>
/// <param name="Date">The date as printed, or <c>null</c>.</param>
/// <param name="Source">The Source string, or <c>null</c>.</param>
/// <param name="Path">The route path.</param>
public sealed record CitationPreviewDocument(
    [property: JsonPropertyName("id")] Guid Id,
    [property: JsonPropertyName("contentType")] string ContentType,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("date")] string? Date,
    [property: JsonPropertyName("source")] string? Source,
    [property: JsonPropertyName("path")] string? Path);

/// <summary>A validation message as JSON: <c>{"path","message"}</c>.</summary>
/// <param name="Path">The path, e.g. <c>citations[2].locator.value</c>.</param>
/// <param name="Message">The message.</param>
public sealed record CitationMessageDto(
    [property: JsonPropertyName("path")] string Path,
    [property: JsonPropertyName("message")] string Message)
{
    /// <summary>Copies a validation message.</summary>
    /// <param name="message">The message.</param>
    /// <returns>The DTO.</returns>
    public static CitationMessageDto From(ValidationMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new(message.Path, message.Message);
    }
}
