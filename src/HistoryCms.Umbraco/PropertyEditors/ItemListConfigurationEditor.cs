using System.ComponentModel.DataAnnotations;
using Umbraco.Cms.Core.IO;
using Umbraco.Cms.Core.PropertyEditors;

namespace HistoryCms.Umbraco.PropertyEditors;

/// <summary>
/// The configuration editor of one of the package's list editors: a new data type starts with the configuration the
/// content model gives the package's own data type of that editor, and the item limits are checked
/// (<see cref="ItemCountRules"/>) after what Umbraco's <c>ConfigurationEditor</c> checks itself.
/// </summary>
/// <typeparam name="TConfiguration">The editor's configuration.</typeparam>
public abstract class ItemListConfigurationEditor<TConfiguration> : ConfigurationEditor<TConfiguration>
    where TConfiguration : ItemLimitsConfiguration, new()
{
    private readonly string _items;

    private protected ItemListConfigurationEditor(IIOHelper ioHelper, Guid modelDataTypeKey, string items)
        : base(ioHelper)
    {
        _items = items;
        DefaultConfiguration = ModelConfiguration.DefaultsOf(modelDataTypeKey);
    }

    /// <inheritdoc />
    public override IEnumerable<ValidationResult> Validate(IDictionary<string, object> configuration) =>
        base.Validate(configuration).Concat(ItemCountRules.Validate(configuration, _items));
}
