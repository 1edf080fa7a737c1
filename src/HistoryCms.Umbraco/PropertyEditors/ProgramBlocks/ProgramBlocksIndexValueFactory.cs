using HistoryCms.Core.ProgramBlocks;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.PropertyEditors;

namespace HistoryCms.Umbraco.PropertyEditors.ProgramBlocks;

/// <summary>
/// Puts the words of a program's visible blocks (headings, text, notes, labels) into its index entry, under the
/// property's alias, instead of the raw JSON.
/// </summary>
public sealed class ProgramBlocksIndexValueFactory : IPropertyIndexValueFactory
{
    private readonly ProgramBlockKindCollection _kinds;

    /// <summary>Initializes a new instance of the <see cref="ProgramBlocksIndexValueFactory"/> class.</summary>
    /// <param name="kinds">The block kinds the site knows.</param>
    public ProgramBlocksIndexValueFactory(ProgramBlockKindCollection kinds) => _kinds = kinds;

    /// <inheritdoc />
    public IEnumerable<IndexValue> GetIndexValues(IProperty property, string? culture, string? segment, bool published,
        IEnumerable<string> availableCultures, IDictionary<Guid, IContentType> contentTypeDictionary)
    {
        ArgumentNullException.ThrowIfNull(property);
        var text = _kinds.IndexText(ProgramBlockList.Parse(property.GetValue(culture, segment, published)));
        return text.Length == 0 ? [] : [new IndexValue { Culture = culture, FieldName = property.Alias, Values = [text] }];
    }
}
