using HistoryCms.Core.Content;

namespace HistoryCms.Core.Citations;

/// <summary>
/// Builds the citation preview the backoffice editor shows (the endpoint <c>POST /history/api/v1/citations/preview</c>):
/// for the whole list in one call, in the editor's list order, each citation as <see cref="CitationDtoMapper"/> delivers
/// it (number, document, formatted notes by the one C# formatter) with its validation messages. It never throws on any value.
/// </summary>
/// <param name="lookup">Finds content for validation.</param>
/// <param name="documents">Finds the cited documents for formatting.</param>
/// <param name="options">The archive name and the site's address.</param>
public sealed class CitationPreviewBuilder(IContentLookup lookup, ICitedDocumentSource documents, CitationStyleOptions options)
{
    private readonly CitationValidator _validator = new(lookup);
    private readonly CitationDtoMapper _mapper = new(documents, options);

    /// <summary>Builds the preview.</summary>
    /// <param name="value">The citations value as the editor holds it.</param>
    /// <param name="body">The post body, when the editor sends it: its HTML or the rich-text value (read by <see cref="RichTextMarkup.Of"/>).</param>
    /// <param name="configuration">The data type configuration; <c>null</c> for the default.</param>
    /// <returns>The preview.</returns>
    public CitationPreview Build(object? value, string? body, CitationsConfiguration? configuration = null)
    {
        var read = CitationJson.Read(value);
        body = RichTextMarkup.Of(body);
        var messages = _validator.Validate(read, configuration);
        var numbered = CitationNumbering.Number(read.List, body).ToDictionary(n => n.Index);
        var found = new Dictionary<Guid, CitedDocument?>();
        var items = new List<CitationPreviewItem>(read.List.Items.Count);
        var claimed = new HashSet<int>();
        for (var position = 0; position < read.List.Items.Count; position++)
        {
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

            items.Add(new CitationPreviewItem(_mapper.Map(numbered[position], found), own));
        }

        var general = messages.Where((_, m) => !claimed.Contains(m)).Select(CitationMessageDto.From)
            .Concat(read.IsReadable ? CitationMarkerCheck.Check(read.List, body).Select(CitationMessageDto.From) : [])
            .ToList();
        return new CitationPreview(items, general);
    }
}
