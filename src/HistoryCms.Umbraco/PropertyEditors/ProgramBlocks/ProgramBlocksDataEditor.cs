using HistoryCms.Core;
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

    /// <summary>Initializes a new instance of the <see cref="ProgramBlocksDataEditor"/> class.</summary>
    /// <param name="dataValueEditorFactory">Creates the value editor.</param>
    /// <param name="ioHelper">Umbraco's IO helper, for the configuration editor.</param>
    public ProgramBlocksDataEditor(IDataValueEditorFactory dataValueEditorFactory, IIOHelper ioHelper)
        : base(dataValueEditorFactory)
    {
        _ioHelper = ioHelper;
        SupportsReadOnly = true;
    }

    /// <inheritdoc />
    protected override IDataValueEditor CreateValueEditor() =>
        DataValueEditorFactory.Create<DataValueEditor>(Attribute!);

    /// <inheritdoc />
    protected override IConfigurationEditor CreateConfigurationEditor() =>
        new ProgramBlocksConfigurationEditor(_ioHelper);
}
