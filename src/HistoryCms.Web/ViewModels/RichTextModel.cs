using Microsoft.AspNetCore.Html;

namespace HistoryCms.Web.ViewModels;

/// <summary>One piece of sanitized rich text: a run of HTML, or a citation marker the view renders with <c>_CitationMarker</c>.</summary>
/// <param name="Html">Sanitized HTML, or <c>null</c> for a marker.</param>
/// <param name="Marker">The marker, or <c>null</c> for HTML.</param>
public sealed record RichTextSegment(IHtmlContent? Html, CitationMarkerModel? Marker);

/// <summary>Sanitized rich text cut at its citation markers, so each marker renders through its own partial.</summary>
/// <param name="Segments">HTML runs and markers, in order.</param>
public sealed record RichTextModel(IReadOnlyList<RichTextSegment> Segments)
{
    /// <summary>No text.</summary>
    public static RichTextModel Empty { get; } = new([]);

    /// <summary>Whether there is nothing to show.</summary>
    public bool IsEmpty => Segments.Count == 0;
}
