using HistoryCms.Core;
using HistoryCms.Core.ProgramBlocks;
using Umbraco.Cms.Core.IO;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.PropertyEditors;

namespace HistoryCms.Umbraco.PropertyEditors.ProgramBlocks;

/// <summary>
/// The Program Blocks property editor (schema <c>HistoryCms.ProgramBlocks</c>): the blocks a program page is composed of
/// (text, featured documents, latest posts, ...), stored as JSON. Umbraco discovers it; the backoffice UI is
/// <c>HistoryCms.PropertyEditorUi.ProgramBlocks</c>.
/// </summary>
[DataEditor(HistoryAliases.Editors.ProgramBlocks, ValueType = ValueTypes.Json, ValueEditorIsReusable = true)]
public sealed class ProgramBlocksDataEditor : DataEditor
{
    private readonly IIOHelper _ioHelper;
    private readonly ProgramBlockKindCollection _kinds;

    /// <summary>Initializes a new instance of the <see cref="ProgramBlocksDataEditor"/> class.</summary>
    /// <param name="dataValueEditorFactory">Creates the value editor.</param>
    /// <param name="ioHelper">Umbraco's IO helper, for the configuration editor.</param>
    /// <param name="kinds">The block kinds the site knows.</param>
    public ProgramBlocksDataEditor(IDataValueEditorFactory dataValueEditorFactory, IIOHelper ioHelper, ProgramBlockKindCollection kinds)
        : base(dataValueEditorFactory)
    {
        _ioHelper = ioHelper;
        _kinds = kinds;
        SupportsReadOnly = true;
    }

    /// <inheritdoc />
    public override IPropertyIndexValueFactory PropertyIndexValueFactory => new ProgramBlocksIndexValueFactory(_kinds);

    /// <inheritdoc />
    protected override IDataValueEditor CreateValueEditor() =>
        DataValueEditorFactory.Create<ProgramBlocksValueEditor>(Attribute!);

    /// <inheritdoc />
    protected override IConfigurationEditor CreateConfigurationEditor() =>
        new ProgramBlocksConfigurationEditor(_ioHelper, _kinds);
}
