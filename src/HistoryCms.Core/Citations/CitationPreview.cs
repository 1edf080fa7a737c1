using System.Text.Json.Serialization;
using HistoryCms.Core.Validation;

namespace HistoryCms.Core.Citations;

/// <summary>The answer of the citation preview endpoint: one item per citation, in list order, and the problems of the value as a whole.</summary>
/// <param name="Items">The citations, in the editor's list order.</param>
/// <param name="Messages">Problems not tied to one citation: an unreadable value, the number of citations, body markers that point at no citation.</param>
public sealed record CitationPreview(
    [property: JsonPropertyName("items")] IReadOnlyList<CitationPreviewItem> Items,
    [property: JsonPropertyName("messages")] IReadOnlyList<CitationMessageDto> Messages);

/// <summary>One citation in a <see cref="CitationPreview"/>: the citation exactly as the Delivery API will deliver it, and what is wrong with it.</summary>
/// <param name="Citation">The citation as delivered: number, document, locator, formatted notes (the unavailable-document text when its document cannot be found).</param>
/// <param name="Messages">What is wrong with this citation.</param>
public sealed record CitationPreviewItem(
    [property: JsonPropertyName("citation")] CitationDto Citation,
    [property: JsonPropertyName("messages")] IReadOnlyList<CitationMessageDto> Messages);

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
