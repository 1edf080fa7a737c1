using Umbraco.Cms.Core.PropertyEditors;

namespace HistoryCms.Umbraco.PropertyEditors.ProgramBlocks;

/// <summary>
/// Configuration of a Program Blocks data type. The keys are the ones the content model
/// (<c>HistoryContentModel.DataTypes</c>) and the backoffice client use.
/// </summary>
public sealed class ProgramBlocksConfiguration
{
    /// <summary>The block kinds editors may add (e.g. <c>richText</c>, <c>latestPosts</c>); empty allows every kind.</summary>
    [ConfigurationField("allowedKinds")]
    public IReadOnlyList<string> AllowedKinds { get; set; } = [];

    /// <summary>The fewest blocks a value may hold.</summary>
    [ConfigurationField("minItems")]
    public int MinItems { get; set; }

    /// <summary>The most blocks a value may hold; 0 means no limit.</summary>
    [ConfigurationField("maxItems")]
    public int MaxItems { get; set; }
}
