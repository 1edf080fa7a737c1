using HistoryCms.Core.Content;
using Microsoft.AspNetCore.Html;

namespace HistoryCms.Web.ViewModels;

/// <summary>An archival document page (<c>Views/HistoryCms/ArchivalDocument.cshtml</c>).</summary>
/// <param name="Meta">Title, description and path.</param>
/// <param name="Document">The document as Core reads it.</param>
/// <param name="OriginalLanguage">The BCP 47 tag of the original title's language, or <c>null</c>.</param>
/// <param name="Metadata">Every metadata field that has a value, in reading order (<c>_DocumentMetadata</c>).</param>
/// <param name="Reference">The archival reference, part by part (<c>_ArchivalReference</c>).</param>
/// <param name="Translation">The sanitized translation with its page markers.</param>
/// <param name="Scans">Scans of the original that can be shown.</param>
/// <param name="CiteBox">"Cite this document".</param>
/// <param name="CitedBy">Posts citing the document, newest first.</param>
/// <param name="Related">Related documents.</param>
public sealed record ArchivalDocumentPageModel(
    PageMeta Meta,
    ArchivalDocument Document,
    string? OriginalLanguage,
    IReadOnlyList<MetadataRow> Metadata,
    ArchivalReferenceModel Reference,
    IHtmlContent Translation,
    IReadOnlyList<ImageModel> Scans,
    CiteBoxModel CiteBox,
    IReadOnlyList<PostSummary> CitedBy,
    IReadOnlyList<DocumentSummary> Related) : HistoryPageModel(Meta)
{
    /// <summary>The view.</summary>
    public const string View = "/Views/HistoryCms/ArchivalDocument.cshtml";

    /// <inheritdoc />
    public override string ViewPath => View;
}

/// <summary>One labelled row of a metadata list.</summary>
/// <param name="Label">The field name.</param>
/// <param name="Values">Its values.</param>
public sealed record MetadataRow(string Label, IReadOnlyList<MetadataValue> Values);

/// <summary>One value of a metadata row.</summary>
/// <param name="Text">The text.</param>
/// <param name="Url">Where it links, or <c>null</c>.</param>
/// <param name="Language">Its BCP 47 language tag when it is not English, or <c>null</c>.</param>
public sealed record MetadataValue(string Text, string? Url = null, string? Language = null);

/// <summary>An archival reference to show (<c>_ArchivalReference</c>).</summary>
/// <param name="Source">The one-line Source as printed.</param>
/// <param name="Parts">The reference's parts with their names (Repository, Fond, Opis, Delo, Folios, Box, ...).</param>
public sealed record ArchivalReferenceModel(string Source, IReadOnlyList<MetadataRow> Parts)
{
    /// <summary>Whether there is no reference.</summary>
    public bool IsEmpty => Source.Length == 0 && Parts.Count == 0;
}
