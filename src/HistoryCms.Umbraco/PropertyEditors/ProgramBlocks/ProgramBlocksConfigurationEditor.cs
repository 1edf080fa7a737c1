using System.ComponentModel.DataAnnotations;
using HistoryCms.Core.ContentModel;
using HistoryCms.Core.ProgramBlocks;
using Umbraco.Cms.Core.IO;

namespace HistoryCms.Umbraco.PropertyEditors.ProgramBlocks;

/// <summary>
/// Reads and writes <see cref="ProgramBlocksConfiguration"/>; a new data type starts with the
/// configuration the content model gives the package's own program blocks data type.
/// </summary>
/// <param name="ioHelper">Umbraco's IO helper (required by the base class).</param>
/// <param name="kinds">The block kinds the site knows (the allowed kinds must be among them).</param>
public sealed class ProgramBlocksConfigurationEditor(IIOHelper ioHelper, ProgramBlockKindCollection kinds)
    : ItemListConfigurationEditor<ProgramBlocksConfiguration>(ioHelper, HistoryContentModel.DataTypeKeys.ProgramBlocks, "blocks")
{
    /// <inheritdoc />
    public override IEnumerable<ValidationResult> Validate(IDictionary<string, object> configuration) =>
        base.Validate(configuration).Concat(UnknownKinds(configuration));

    private IEnumerable<ValidationResult> UnknownKinds(IDictionary<string, object> configuration) =>
        ProgramBlocksValueValidator.ConfigurationOf(configuration).AllowedKinds
            .Where(alias => kinds.Find(alias) is null)
            .Select(alias => new ValidationResult(
                $"\"{alias}\" is not a kind of block this site knows; known kinds: {string.Join(", ", kinds.Select(k => k.Alias))}.",
                [HistoryCms.Core.ProgramBlocks.ProgramBlocksConfiguration.AllowedKindsKey]));
}
