using HistoryCms.Core;
using Umbraco.Cms.Core.IO;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.PropertyEditors;

namespace HistoryCms.Umbraco.PropertyEditors.DocumentCitations;

/// <summary>
/// The Document Citations property editor (schema <c>HistoryCms.DocumentCitations</c>): a list of citations of
/// archival documents, stored as JSON. Umbraco discovers it; the backoffice UI is
/// <c>HistoryCms.PropertyEditorUi.DocumentCitations</c>.
/// </summary>
[DataEditor(HistoryAliases.Editors.DocumentCitations, ValueType = ValueTypes.Json, ValueEditorIsReusable = true)]
public sealed class DocumentCitationsDataEditor : DataEditor
{
    private readonly IIOHelper _ioHelper;
    private readonly DocumentCitationsIndexValueFactory _indexValueFactory;

    /// <summary>Initializes a new instance of the <see cref="DocumentCitationsDataEditor"/> class.</summary>
    /// <param name="dataValueEditorFactory">Creates the value editor.</param>
    /// <param name="ioHelper">Umbraco's IO helper, for the configuration editor.</param>
    /// <param name="indexValueFactory">Puts cited titles and references into the post's index entry.</param>
    public DocumentCitationsDataEditor(IDataValueEditorFactory dataValueEditorFactory, IIOHelper ioHelper, DocumentCitationsIndexValueFactory indexValueFactory)
        : base(dataValueEditorFactory)
    {
        _ioHelper = ioHelper;
        _indexValueFactory = indexValueFactory;
        SupportsReadOnly = true;
    }

    /// <inheritdoc />
    public override IPropertyIndexValueFactory PropertyIndexValueFactory => _indexValueFactory;

    /// <inheritdoc />
    protected override IDataValueEditor CreateValueEditor() =>
        DataValueEditorFactory.Create<DocumentCitationsValueEditor>(Attribute!);

    /// <inheritdoc />
    protected override IConfigurationEditor CreateConfigurationEditor() =>
        new DocumentCitationsConfigurationEditor(_ioHelper);
}
