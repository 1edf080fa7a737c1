using HistoryCms.Core;
using HistoryCms.Core.Citations;
using HistoryCms.Umbraco.ContentLookup;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.PropertyEditors;

namespace HistoryCms.Umbraco.PropertyEditors.DocumentCitations;

/// <summary>
/// Puts what a post cites into the post's index entry: each cited document's title and Source (its archival
/// reference), and the quoted words and notes, so a search for "RGANI" or a document's title finds the posts citing it.
/// </summary>
/// <param name="lookups">Umbraco's content, as Core sees it.</param>
public sealed class DocumentCitationsIndexValueFactory(UmbracoContentLookup lookups) : IPropertyIndexValueFactory
{
    /// <inheritdoc />
    public IEnumerable<IndexValue> GetIndexValues(
        IProperty property,
        string? culture,
        string? segment,
        bool published,
        IEnumerable<string> availableCultures,
        IDictionary<Guid, IContentType> contentTypeDictionary)
    {
        ArgumentNullException.ThrowIfNull(property);
        var read = CitationJson.Read(property.GetValue(culture, segment, published));
        if (!read.IsReadable || read.List.Items.Count == 0)
        {
            return [];
        }

        var lookup = lookups.For(preview: !published);
        var texts = new List<object?>();
        foreach (var key in read.List.CitedDocumentKeys)
        {
            if (lookup.Find(key) is { } document)
            {
                texts.Add(document.Name);
                texts.Add(document.Value(HistoryAliases.Properties.Source));
            }
        }

        texts.AddRange(read.List.Items.SelectMany(c => new[] { c.Quote, c.Comment }));
        var values = texts.OfType<string>().Where(t => t.Length > 0).Cast<object?>().ToArray();
        return values.Length == 0 ? [] : [new IndexValue { Culture = culture, FieldName = property.Alias, Values = values }];
    }
}
