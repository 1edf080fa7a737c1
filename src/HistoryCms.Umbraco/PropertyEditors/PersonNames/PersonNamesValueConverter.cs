using HistoryCms.Core.Delivery;
using Umbraco.Cms.Core.Models.PublishedContent;
using Umbraco.Cms.Core.PropertyEditors;
using Umbraco.Cms.Core.PropertyEditors.DeliveryApi;

namespace HistoryCms.Umbraco.PropertyEditors.PersonNames;

/// <summary>
/// Converts the <c>people</c> property (a multiple textstring, one "preferred | variant" line per person) into
/// <see cref="DeliveredPersonName"/>s for Razor and the Delivery API, the shape the delivery server writes. Umbraco's own
/// <c>MultipleTextStringValueConverter</c> would deliver the pipe-joined lines; it is a default converter, so this one
/// replaces it for this property (PublishedPropertyType.InitializeConverters).
/// </summary>
public sealed class PersonNamesValueConverter : PropertyValueConverterBase, IDeliveryApiPropertyValueConverter
{
    /// <inheritdoc />
    public override bool IsConverter(IPublishedPropertyType propertyType) =>
        propertyType is not null && DeliveredPersonName.Applies(propertyType.Alias, propertyType.EditorAlias);

    /// <inheritdoc />
    public override Type GetPropertyValueType(IPublishedPropertyType propertyType) => typeof(IReadOnlyList<DeliveredPersonName>);

    /// <inheritdoc />
    public override PropertyCacheLevel GetPropertyCacheLevel(IPublishedPropertyType propertyType) => PropertyCacheLevel.Element;

    /// <inheritdoc />
    public PropertyCacheLevel GetDeliveryApiPropertyCacheLevel(IPublishedPropertyType propertyType) => PropertyCacheLevel.Element;

    /// <inheritdoc />
    public Type GetDeliveryApiPropertyValueType(IPublishedPropertyType propertyType) => typeof(IReadOnlyList<DeliveredPersonName>);

    /// <inheritdoc />
    public override bool? IsValue(object? value, PropertyValueLevel level) => level switch
    {
        PropertyValueLevel.Source => DeliveredPersonName.Read(value?.ToString()).Count > 0,
        _ => value is IReadOnlyList<DeliveredPersonName> { Count: > 0 },
    };

    /// <inheritdoc />
    public override object? ConvertSourceToIntermediate(IPublishedElement owner, IPublishedPropertyType propertyType, object? source, bool preview) =>
        DeliveredPersonName.Read(source?.ToString());

    /// <inheritdoc />
    public override object? ConvertIntermediateToObject(IPublishedElement owner, IPublishedPropertyType propertyType, PropertyCacheLevel referenceCacheLevel, object? inter, bool preview) =>
        Names(inter);

    /// <inheritdoc />
    public object? ConvertIntermediateToDeliveryApiObject(IPublishedElement owner, IPublishedPropertyType propertyType, PropertyCacheLevel referenceCacheLevel, object? inter, bool preview, bool expanding) =>
        Names(inter);

    private static IReadOnlyList<DeliveredPersonName> Names(object? inter) => inter as IReadOnlyList<DeliveredPersonName> ?? [];
}
