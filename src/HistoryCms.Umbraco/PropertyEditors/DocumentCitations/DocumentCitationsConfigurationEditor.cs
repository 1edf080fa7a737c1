using System.ComponentModel.DataAnnotations;
using HistoryCms.Core.ContentModel;
using Umbraco.Cms.Core.IO;
using Umbraco.Cms.Core.PropertyEditors;

namespace HistoryCms.Umbraco.PropertyEditors.DocumentCitations;

/// <summary>
/// Reads and writes <see cref="DocumentCitationsConfiguration"/>; a new data type starts with the
/// configuration the content model gives the package's own citations data type.
/// </summary>
public sealed class DocumentCitationsConfigurationEditor : ConfigurationEditor<DocumentCitationsConfiguration>
{
    /// <summary>Initializes a new instance of the <see cref="DocumentCitationsConfigurationEditor"/> class.</summary>
    /// <param name="ioHelper">Umbraco's IO helper (required by the base class).</param>
    public DocumentCitationsConfigurationEditor(IIOHelper ioHelper)
        : base(ioHelper) =>
        DefaultConfiguration = ModelConfiguration.DefaultsOf(HistoryContentModel.DataTypeKeys.Citations);

    /// <inheritdoc />
    public override IEnumerable<ValidationResult> Validate(IDictionary<string, object> configuration) =>
        base.Validate(configuration).Concat(ItemCountRules.Validate(configuration, "citations"));
}
