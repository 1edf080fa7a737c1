using System.ComponentModel.DataAnnotations;
using HistoryCms.Core.ContentModel;
using HistoryCms.Core.ProgramBlocks;
using Umbraco.Cms.Core.IO;
using Umbraco.Cms.Core.PropertyEditors;

namespace HistoryCms.Umbraco.PropertyEditors.ProgramBlocks;

/// <summary>
/// Reads and writes <see cref="ProgramBlocksConfiguration"/>; a new data type starts with the
/// configuration the content model gives the package's own program blocks data type.
/// </summary>
public sealed class ProgramBlocksConfigurationEditor : ConfigurationEditor<ProgramBlocksConfiguration>
{
    private readonly ProgramBlockKindCollection _kinds;

    /// <summary>Initializes a new instance of the <see cref="ProgramBlocksConfigurationEditor"/> class.</summary>
    /// <param name="ioHelper">Umbraco's IO helper (required by the base class).</param>
    /// <param name="kinds">The block kinds the site knows (the allowed kinds must be among them).</param>
    public ProgramBlocksConfigurationEditor(IIOHelper ioHelper, ProgramBlockKindCollection kinds)
        : base(ioHelper)
    {
        _kinds = kinds;
        DefaultConfiguration = ModelConfiguration.DefaultsOf(HistoryContentModel.DataTypeKeys.ProgramBlocks);
    }

    /// <inheritdoc />
    public override IEnumerable<ValidationResult> Validate(IDictionary<string, object> configuration) =>
        base.Validate(configuration)
            .Concat(ItemCountRules.Validate(configuration, "blocks"))
            .Concat(UnknownKinds(configuration));

    private IEnumerable<ValidationResult> UnknownKinds(IDictionary<string, object> configuration) =>
        ProgramBlocksValueValidator.ConfigurationOf(configuration).AllowedKinds
            .Where(alias => _kinds.Find(alias) is null)
            .Select(alias => new ValidationResult(
                $"\"{alias}\" is not a kind of block this site knows; known kinds: {string.Join(", ", _kinds.Select(k => k.Alias))}.",
                [HistoryCms.Core.ProgramBlocks.ProgramBlocksConfiguration.AllowedKindsKey]));
}
