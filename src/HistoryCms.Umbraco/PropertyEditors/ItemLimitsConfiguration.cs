using System.Text.Json.Serialization;
using Umbraco.Cms.Core.PropertyEditors;

namespace HistoryCms.Umbraco.PropertyEditors;

/// <summary>
/// The item limits both of the package's list editors are configured with (<see cref="ItemCountRules"/> checks them).
/// Set with <c>Umb.PropertyEditorUi.Integer</c>: a number, or nothing when cleared; read by
/// <see cref="ConfigurationWholeNumberConverter"/>, so a stored value of another shape reads as 0 instead of throwing.
/// </summary>
public abstract class ItemLimitsConfiguration
{
    /// <summary>The fewest items (citations, blocks) a value may hold.</summary>
    [ConfigurationField(ItemCountRules.MinItemsKey)]
    [JsonConverter(typeof(ConfigurationWholeNumberConverter))]
    public int MinItems { get; set; }

    /// <summary>The most items (citations, blocks) a value may hold; 0 means no limit.</summary>
    [ConfigurationField(ItemCountRules.MaxItemsKey)]
    [JsonConverter(typeof(ConfigurationWholeNumberConverter))]
    public int MaxItems { get; set; }
}
