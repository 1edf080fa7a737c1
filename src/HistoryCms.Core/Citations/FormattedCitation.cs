using System.Text.Json.Serialization;

namespace HistoryCms.Core.Citations;

/// <summary>
/// The printed forms of one citation (plain text), as <see cref="CitationFormatter"/> writes them and
/// <see cref="CitationDto.Formatted"/> delivers them. Property names are fixed (camelCase) whatever the host's serializer settings.
/// </summary>
/// <param name="Note">The Chicago full note (first citation of a document).</param>
/// <param name="ShortNote">The Chicago short note (second and later citations of the same document).</param>
/// <param name="Bibliography">The Chicago bibliography entry of the document.</param>
/// <param name="DigitalArchive">The digital-archive style, as the archive prints it: "Title," Month DD, YYYY, Archive Digital Archive, Source (no final period).</param>
public sealed record FormattedCitation(
    [property: JsonPropertyName("note")] string Note,
    [property: JsonPropertyName("shortNote")] string ShortNote,
    [property: JsonPropertyName("bibliography")] string Bibliography,
    [property: JsonPropertyName("digitalArchive")] string DigitalArchive);
