using HistoryCms.Core.Citations;
using HistoryCms.Core.Content;
using HistoryCms.Web.ViewModels;

namespace HistoryCms.Web.Rendering;

/// <summary>Builds an archival document page: metadata, reference, translation, cite box, "cited by" and related documents.</summary>
internal sealed class ArchivalDocumentPageBuilder(PageParts parts, RichTextRenderer richText, Func<ContentItem, CitationSettings> citationSettings)
{
    public ArchivalDocumentPageModel? Build(ContentItem item)
    {
        if (parts.Reader.ReadArchivalDocument(item) is not { } document)
        {
            return null;
        }

        var citations = citationSettings(item);
        var formatted = new CitationFormatter(citations.Style).Format(CitedDocuments.From(document, citations.UrlOf(item)), locator: null);
        var citeBox = new CiteBoxModel(
            "Cite this document",
            "cite-this-document",
            [
                new CiteForm("Digital archive", formatted.DigitalArchive),
                new CiteForm("Chicago (note)", formatted.Note),
                new CiteForm("Chicago (short note)", formatted.ShortNote),
                new CiteForm("Chicago (bibliography)", formatted.Bibliography),
            ],
            [
                new CiteDownload("RIS (Zotero, EndNote)", parts.Options.DocumentRisUrl.Replace("{id}", Id(document), StringComparison.Ordinal), RisExport.MediaType),
                new CiteDownload("CSL-JSON", parts.Options.DocumentCslJsonUrl.Replace("{id}", Id(document), StringComparison.Ordinal), CslJsonExport.MediaType),
            ],
            []);
        return new ArchivalDocumentPageModel(
            new PageMeta(document.Title, document.Summary, document.RoutePath),
            document,
            DocumentMetadata.LanguageTag(document.OriginalLanguages),
            DocumentMetadata.Rows(document, parts),
            DocumentMetadata.Reference(document),
            richText.WithPageMarkers(document.Translation),
            [.. document.Scans.Select(s => parts.Image(s, document.Title)).OfType<ImageModel>()],
            citeBox,
            parts.Posts(parts.Graph.PostsCiting(document.Key), int.MaxValue),
            parts.Documents(document.RelatedDocuments));
    }

    private static string Id(ArchivalDocument document) => document.Key.ToString("D", System.Globalization.CultureInfo.InvariantCulture);
}
