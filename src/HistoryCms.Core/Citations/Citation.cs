namespace HistoryCms.Core.Citations;

/// <summary>
/// One citation of an archival document by a post: which document, which part of it, the quoted words and an
/// editor's note. Text fields hold what the editor typed (trimmed); keys are canonical GUID text when they parse
/// as GUIDs and are otherwise kept as typed so that validation can name them.
/// </summary>
public sealed record Citation
{
    /// <summary>The citation's own key (a GUID); body markers <c>&lt;sup data-citation="KEY"&gt;</c> refer to it. Empty when missing.</summary>
    public string Key { get; init; } = string.Empty;

    /// <summary>The key of the cited document (a GUID); empty when missing.</summary>
    public string DocumentKey { get; init; } = string.Empty;

    /// <summary>The cited part of the document, or <c>null</c> for the whole document.</summary>
    public CitationLocator? Locator { get; init; }

    /// <summary>The quoted words, or <c>null</c>.</summary>
    public string? Quote { get; init; }

    /// <summary>The language of <see cref="Quote"/> (BCP 47 / ISO 639-1, e.g. <c>ru</c>), or <c>null</c>.</summary>
    public string? QuoteLanguage { get; init; }

    /// <summary>The editor's note printed with the citation, or <c>null</c>.</summary>
    public string? Comment { get; init; }

    /// <summary>Fields of the stored citation that this version does not know (or could not read), kept verbatim.</summary>
    public JsonExtras Extras { get; init; } = JsonExtras.Empty;

    /// <summary>The key as a GUID, or <c>null</c> when it is missing or not a GUID.</summary>
    public Guid? KeyGuid => CitationKeys.TryParse(Key, out var key) ? key : null;

    /// <summary>The cited document's key as a GUID, or <c>null</c> when it is missing or not a GUID.</summary>
    public Guid? DocumentGuid => CitationKeys.TryParse(DocumentKey, out var key) ? key : null;
}
