using HistoryCms.Core.Citations;

namespace HistoryCms.Web.ViewModels;

/// <summary>One numbered marker in a post body (<c>_CitationMarker</c>): the note it links to.</summary>
/// <param name="Number">The note number.</param>
/// <param name="FootnoteId">The element id of the footnote (<c>note-3</c>).</param>
/// <param name="ReferenceId">The element id of this marker (<c>cite-ref-3</c>, <c>cite-ref-3-2</c> for a second marker of the note).</param>
public sealed record CitationMarkerModel(int Number, string FootnoteId, string ReferenceId);

/// <summary>One note of a post (<c>_CitationList</c>): the delivered citation and the ids that link it with its marker.</summary>
/// <param name="Citation">The citation as the Delivery API delivers it (number, document, quote, formatted forms).</param>
/// <param name="FootnoteId">The element id of the footnote.</param>
/// <param name="ReferenceId">The element id of the first marker in the body, or <c>null</c> when no marker refers to it.</param>
public sealed record FootnoteModel(CitationDto Citation, string FootnoteId, string? ReferenceId)
{
    /// <summary>The note text: the Chicago full note, or the short note for a second or later citation of a document.</summary>
    public string Text => Citation.RepeatOf is null ? Citation.Formatted.Note : Citation.Formatted.ShortNote;

    /// <summary>Whether <see cref="Text"/> is the short note.</summary>
    public bool IsShortNote => Citation.RepeatOf is not null;
}

/// <summary>The notes section of a post (<c>_CitationList</c>).</summary>
/// <param name="Footnotes">The footnotes, in number order.</param>
/// <param name="Heading">The section heading.</param>
public sealed record FootnoteListModel(IReadOnlyList<FootnoteModel> Footnotes, string Heading = "Notes");

/// <summary>A "cite this" box (<c>_CiteBox</c>): ready-made citations to copy and files to download.</summary>
/// <param name="Heading">The box heading ("Cite this post", "Cite this document").</param>
/// <param name="Id">The element id of the box.</param>
/// <param name="Forms">The citations, each in one style.</param>
/// <param name="Downloads">Citation files of the item itself (RIS, CSL-JSON).</param>
/// <param name="SourceDownloads">Citation files of the documents the item cites (a post's sources); empty for none.</param>
public sealed record CiteBoxModel(string Heading, string Id, IReadOnlyList<CiteForm> Forms, IReadOnlyList<CiteDownload> Downloads, IReadOnlyList<CiteDownload> SourceDownloads);

/// <summary>One citation in one style.</summary>
/// <param name="Label">The style's name ("Chicago (note)", "Digital archive").</param>
/// <param name="Text">The citation text, exactly as the formatter wrote it.</param>
public sealed record CiteForm(string Label, string Text);

/// <summary>A citation file to download.</summary>
/// <param name="Label">The link text ("RIS (Zotero, EndNote)").</param>
/// <param name="Url">The History API export URL.</param>
/// <param name="MediaType">The file's media type.</param>
public sealed record CiteDownload(string Label, string Url, string MediaType);
