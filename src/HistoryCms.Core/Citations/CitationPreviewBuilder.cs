using HistoryCms.Core.Content;

namespace HistoryCms.Core.Citations;

/// <summary>
/// Builds the citation preview the backoffice editor shows (the endpoint <c>POST /history/api/v1/citations/preview</c>):
/// for the whole list in one call, each citation's number, document, formatted note (by the one C# formatter) and
/// validation messages. It never throws on any value.
/// </summary>
/// <param name="lookup">Finds content for validation.</param>
/// <param name="documents">Finds the cited documents for formatting.</param>
/// <param name="options">The archive name and the site's address.</param>
public sealed class CitationPreviewBuilder(IContentLookup lookup, ICitedDocumentSource documents, CitationStyleOptions options)
{
    private readonly CitationValidator validator = new(lookup);
    private readonly CitationFormatter formatter = new(options);

    /// <summary>Builds the preview.</summary>
    /// <param name="value">The citations value as the editor holds it.</param>
    /// <param name="body">The post body, when the editor sends it: its HTML or the rich-text value (read by <see cref="RichTextMarkup.Of"/>).</param>
    /// <param name="configuration">The data type configuration; <c>null</c> for the default.</param>
    /// <returns>The preview.</returns>
    public CitationPreview Build(object? value, string? body, CitationsConfiguration? configuration = null)
    {
        var read = CitationJson.Read(value);
        body = RichTextMarkup.Of(body);
        var messages = validator.Validate(read, configuration);
        var numbers = CitationNumbering.Number(read.List, body).ToDictionary(n => n.Index, n => n.Number);
        var items = new List<CitationPreviewItem>(read.List.Items.Count);
        var claimed = new HashSet<int>();
        for (var position = 0; position < read.List.Items.Count; position++)
        {
            var citation = read.List.Items[position];
            var prefix = read.PathOf(position);
            var own = new List<CitationMessageDto>();
            for (var m = 0; m < messages.Count; m++)
            {
                var path = messages[m].Path;
                if (path == prefix || path.StartsWith(prefix + ".", StringComparison.Ordinal))
                {
                    own.Add(CitationMessageDto.From(messages[m]));
                    claimed.Add(m);
                }
            }

            var document = citation.DocumentGuid is { } key ? documents.Find(key) : null;
            items.Add(new CitationPreviewItem(
                citation.Key,
                numbers[position],
                document is null ? null : new CitationPreviewDocument(
                    document.Key,
                    document.ContentType,
                    CitationTitles.TitleOf(document),
                    document.KnownDate,
                    document.Source,
                    document.RoutePath),
                document is null ? null : CitationFormattedDto.From(formatter.Format(document, citation.Locator)),
                own));
        }

        var general = messages.Where((_, m) => !claimed.Contains(m)).Select(CitationMessageDto.From)
            .Concat(read.IsReadable ? CitationMarkerCheck.Check(read.List, body).Select(CitationMessageDto.From) : [])
            .ToList();
        return new CitationPreview(items, general);
    }
}
