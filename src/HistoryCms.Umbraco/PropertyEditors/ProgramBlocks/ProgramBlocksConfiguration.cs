using System.Text.Json.Serialization;
using Umbraco.Cms.Core.PropertyEditors;

namespace HistoryCms.Umbraco.PropertyEditors.ProgramBlocks;

/// <summary>
/// Configuration of a Program Blocks data type. The keys are the ones the content model
/// (<c>HistoryContentModel.DataTypes</c>) and the backoffice client use. Each property reads every shape its
/// configuration UI saves (see the client's <c>program-blocks/manifests.ts</c>) and never throws: Umbraco's
/// <c>ConfigurationEditor&lt;T&gt;</c> deserializes with System.Text.Json and fails the whole data type on a mismatch.
/// </summary>
public sealed class ProgramBlocksConfiguration : ItemLimitsConfiguration
{
    /// <summary>The block kinds editors may add (e.g. <c>richText</c>, <c>latestPosts</c>); empty allows every kind.</summary>
    /// <remarks>Set with <c>Umb.PropertyEditorUi.MultipleTextString</c>: an array of strings.</remarks>
    [ConfigurationField("allowedKinds")]
    [JsonConverter(typeof(ConfigurationTextListConverter))]
    public IReadOnlyList<string> AllowedKinds { get; set => field = value ?? []; } = [];
}
