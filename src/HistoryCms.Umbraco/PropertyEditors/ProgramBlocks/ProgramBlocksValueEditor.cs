using System.Text.Json.Nodes;
using HistoryCms.Core.ProgramBlocks;
using Umbraco.Cms.Core;
using Umbraco.Cms.Core.IO;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Models.Editors;
using Umbraco.Cms.Core.PropertyEditors;
using Umbraco.Cms.Core.Serialization;
using Umbraco.Cms.Core.Services;
using Umbraco.Cms.Core.Strings;

namespace HistoryCms.Umbraco.PropertyEditors.ProgramBlocks;

/// <summary>
/// The Program Blocks value editor: stores the canonical JSON of what the editor posted (current version, known fields,
/// trimmed), hands the editor the upgraded value, validates with the Core rules, and reports every picked document,
/// program and author as a document reference (<c>umbDocument</c>), so Umbraco tracks them and protects them from deletion.
/// </summary>
public sealed class ProgramBlocksValueEditor : DataValueEditor, IDataValueReference
{
    private readonly ProgramBlockKindCollection _kinds;

    /// <summary>Initializes a new instance of the <see cref="ProgramBlocksValueEditor"/> class.</summary>
    /// <param name="shortStringHelper">Umbraco's short string helper.</param>
    /// <param name="jsonSerializer">Umbraco's JSON serializer.</param>
    /// <param name="ioHelper">Umbraco's IO helper.</param>
    /// <param name="attribute">The data editor's attribute.</param>
    /// <param name="kinds">The block kinds the site knows.</param>
    /// <param name="entities">Umbraco's entity service, to check picked items exist and have the right type.</param>
    public ProgramBlocksValueEditor(
        IShortStringHelper shortStringHelper,
        IJsonSerializer jsonSerializer,
        IIOHelper ioHelper,
        DataEditorAttribute attribute,
        ProgramBlockKindCollection kinds,
        IEntityService entities)
        : base(shortStringHelper, jsonSerializer, ioHelper, attribute)
    {
        _kinds = kinds;
        Validators.Add(new ProgramBlocksValueValidator(kinds, new DocumentEntityLookup(entities)));
    }

    /// <inheritdoc />
    public override IValueRequiredValidator RequiredValidator { get; } = new EmptyListRequiredValidator(
        value => ProgramBlockList.Parse(value).Count == 0,
        "Add at least one block.");

    /// <inheritdoc />
    public override object? FromEditor(ContentPropertyData editorValue, object? currentValue)
    {
        ArgumentNullException.ThrowIfNull(editorValue);
        return ProgramBlockList.Normalise(editorValue.Value);
    }

    /// <inheritdoc />
    public override object? ToEditor(IProperty property, string? culture = null, string? segment = null)
    {
        ArgumentNullException.ThrowIfNull(property);
        var list = ProgramBlockList.Parse(property.GetValue(culture, segment));
        return list.Count == 0 ? null : JsonNode.Parse(list.ToJson());
    }

    /// <inheritdoc />
    public IEnumerable<UmbracoEntityReference> GetReferences(object? value) =>
        _kinds.GetReferences(ProgramBlockList.Parse(value))
            .Select(r => r.Key)
            .Distinct()
            .Select(key => new UmbracoEntityReference(Udi.Create(Constants.UdiEntityType.Document, key)));
}
