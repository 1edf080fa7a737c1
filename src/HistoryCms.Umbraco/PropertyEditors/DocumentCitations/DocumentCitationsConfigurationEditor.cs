using HistoryCms.Core.ContentModel;
using Umbraco.Cms.Core.IO;

namespace HistoryCms.Umbraco.PropertyEditors.DocumentCitations;

/// <summary>
/// Reads and writes <see cref="DocumentCitationsConfiguration"/>; a new data type starts with the
/// configuration the content model gives the package's own citations data type.
/// </summary>
/// <param name="ioHelper">Umbraco's IO helper (required by the base class).</param>
public sealed class DocumentCitationsConfigurationEditor(IIOHelper ioHelper)
    : ItemListConfigurationEditor<DocumentCitationsConfiguration>(ioHelper, HistoryContentModel.DataTypeKeys.Citations, "citations");
