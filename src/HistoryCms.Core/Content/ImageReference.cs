namespace HistoryCms.Core.Content;

/// <summary>
/// One item of a media picker value (Umbraco's MediaPicker3 stores <c>[{"key","mediaKey","mediaTypeAlias","crops","focalPoint"}]</c>):
/// the media item's key, plus the alternative text the content gives it (a hero image's caption, an author's name).
/// </summary>
/// <param name="MediaKey">The picked media item's key (resolve it to a URL through the media cache).</param>
/// <param name="Key">The key of this pick within the value, or <c>null</c> when the value has none (older pickers store only UDIs).</param>
/// <param name="MediaTypeAlias">The media type, e.g. <c>Image</c>, when stored.</param>
/// <param name="Alt">Alternative text, or <c>null</c> when the content gives none.</param>
/// <param name="FocalLeft">Focal point from the left (0–1), when set.</param>
/// <param name="FocalTop">Focal point from the top (0–1), when set.</param>
public sealed record ImageReference(Guid MediaKey, Guid? Key = null, string? MediaTypeAlias = null, string? Alt = null, double? FocalLeft = null, double? FocalTop = null);
