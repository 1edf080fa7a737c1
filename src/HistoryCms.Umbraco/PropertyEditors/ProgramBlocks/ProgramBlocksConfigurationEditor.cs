using System.ComponentModel.DataAnnotations;
using HistoryCms.Core.ContentModel;
using Umbraco.Cms.Core.IO;
using Umbraco.Cms.Core.PropertyEditors;

namespace HistoryCms.Umbraco.PropertyEditors.ProgramBlocks;

/// <summary>
/// Reads and writes <see cref="ProgramBlocksConfiguration"/>; a new data type starts with the
/// configuration the content model gives the package's own program blocks data type.
/// </summary>
public sealed class ProgramBlocksConfigurationEditor : ConfigurationEditor<ProgramBlocksConfiguration>
{
    /// <summary>Initializes a new instance of the <see cref="ProgramBlocksConfigurationEditor"/> class.</summary>
    /// <param name="ioHelper">Umbraco's IO helper (required by the base class).</param>
    public ProgramBlocksConfigurationEditor(IIOHelper ioHelper)
        : base(ioHelper) =>
        DefaultConfiguration = ModelConfiguration.DefaultsOf(HistoryContentModel.DataTypeKeys.ProgramBlocks);

    /// <inheritdoc />
    public override IEnumerable<ValidationResult> Validate(IDictionary<string, object> configuration) =>
        base.Validate(configuration).Concat(ItemCountRules.Validate(configuration, "blocks"));
}
