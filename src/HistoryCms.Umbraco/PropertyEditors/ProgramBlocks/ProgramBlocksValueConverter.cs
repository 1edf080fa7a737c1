using HistoryCms.Core;
using HistoryCms.Core.Content;
using HistoryCms.Core.ProgramBlocks;
using HistoryCms.Core.ProgramBlocks.Delivery;
using HistoryCms.Umbraco.ContentLookup;
using HistoryCms.Web.Rendering;
using Umbraco.Cms.Core.Models.PublishedContent;
using Umbraco.Cms.Core.PropertyEditors;
using Umbraco.Cms.Core.PropertyEditors.DeliveryApi;
using Umbraco.Cms.Core.Templates;
using A = HistoryCms.Core.HistoryAliases.ContentTypes;

namespace HistoryCms.Umbraco.PropertyEditors.ProgramBlocks;

/// <summary>
/// Converts a Program Blocks value for Razor and for the Delivery API through one shared method: the visible blocks of
/// known kinds with picked items expanded (<see cref="DeliveredProgramBlock"/>, the same DTOs the delivery server emits).
/// </summary>
/// <remarks>
/// Umbraco caches per property type, not per value. A property whose data type allows a dynamic kind (e.g. latest
/// posts, resolved against "now") is never cached (<see cref="PropertyCacheLevel.None"/>); otherwise the result is
/// cached until content changes (<see cref="PropertyCacheLevel.Elements"/>), since it expands other items.
/// </remarks>
public sealed class ProgramBlocksValueConverter : PropertyValueConverterBase, IDeliveryApiPropertyValueConverter
{
    private readonly ProgramBlockKindCollection _kinds;
    private readonly ProgramBlockDelivery _delivery;
    private readonly UmbracoContentLookup _content;
    private readonly IHtmlSanitizer _sanitizer;
    private readonly TimeProvider _time;

    /// <summary>Initializes a new instance of the <see cref="ProgramBlocksValueConverter"/> class.</summary>
    /// <param name="kinds">The block kinds the site knows.</param>
    /// <param name="content">The published content (with drafts in preview), where picked items are expanded from.</param>
    /// <param name="sanitizer">Makes rich text safe; <see cref="HistoryHtmlSanitizer"/> when none is registered.</param>
    /// <param name="time">The clock; the system clock by default.</param>
    /// <param name="links">Umbraco's local link parser (registered by Umbraco): resolves <c>{localLink:…}</c> links in rich text.</param>
    public ProgramBlocksValueConverter(
        ProgramBlockKindCollection kinds,
        UmbracoContentLookup content,
        IHtmlSanitizer? sanitizer = null,
        TimeProvider? time = null,
        HtmlLocalLinkParser? links = null)
    {
        _kinds = kinds;
        _delivery = new ProgramBlockDelivery(kinds);
        _content = content;
        var safe = sanitizer ?? new HistoryHtmlSanitizer();
        _sanitizer = links is null ? safe : new LocalLinkResolvingSanitizer(links, safe);
        _time = time ?? TimeProvider.System;
    }

    /// <inheritdoc />
    public override bool IsConverter(IPublishedPropertyType propertyType) =>
        string.Equals(propertyType?.EditorAlias, HistoryAliases.Editors.ProgramBlocks, StringComparison.Ordinal);

    /// <inheritdoc />
    public override Type GetPropertyValueType(IPublishedPropertyType propertyType) => typeof(IReadOnlyList<DeliveredProgramBlock>);

    /// <inheritdoc />
    public override PropertyCacheLevel GetPropertyCacheLevel(IPublishedPropertyType propertyType) => CacheLevel(propertyType);

    /// <inheritdoc />
    public PropertyCacheLevel GetDeliveryApiPropertyCacheLevel(IPublishedPropertyType propertyType) => CacheLevel(propertyType);

    /// <inheritdoc />
    public Type GetDeliveryApiPropertyValueType(IPublishedPropertyType propertyType) => typeof(IReadOnlyList<DeliveredProgramBlock>);

    /// <inheritdoc />
    public override bool? IsValue(object? value, PropertyValueLevel level) => level switch
    {
        PropertyValueLevel.Source => ProgramBlockList.Parse(value).Count > 0,
        PropertyValueLevel.Inter => value is ProgramBlockList { Count: > 0 },
        _ => value is IReadOnlyList<DeliveredProgramBlock> { Count: > 0 },
    };

    /// <inheritdoc />
    public override object? ConvertSourceToIntermediate(IPublishedElement owner, IPublishedPropertyType propertyType, object? source, bool preview) =>
        ProgramBlockList.Parse(source);

    /// <inheritdoc />
    public override object? ConvertIntermediateToObject(IPublishedElement owner, IPublishedPropertyType propertyType, PropertyCacheLevel referenceCacheLevel, object? inter, bool preview) =>
        Deliver(owner, inter, preview);

    /// <inheritdoc />
    public object? ConvertIntermediateToDeliveryApiObject(IPublishedElement owner, IPublishedPropertyType propertyType, PropertyCacheLevel referenceCacheLevel, object? inter, bool preview, bool expanding) =>
        Deliver(owner, inter, preview);

    /// <summary>Whether the data type of <paramref name="propertyType"/> allows a dynamic kind.</summary>
    /// <param name="propertyType">The property type.</param>
    /// <returns><c>true</c> when a block of the property may be dynamic.</returns>
    internal bool AllowsDynamicKinds(IPublishedPropertyType propertyType)
    {
        var configuration = ProgramBlocksValueValidator.ConfigurationOf(propertyType?.DataType.ConfigurationObject);
        return _kinds.Any(k => k.IsDynamic && configuration.Allows(k.Alias));
    }

    private PropertyCacheLevel CacheLevel(IPublishedPropertyType propertyType) =>
        AllowsDynamicKinds(propertyType) ? PropertyCacheLevel.None : PropertyCacheLevel.Elements;

    private IReadOnlyList<DeliveredProgramBlock> Deliver(IPublishedElement owner, object? inter, bool preview)
    {
        if (inter is not ProgramBlockList { Count: > 0 } list)
        {
            return [];
        }

        var program = owner is IPublishedContent content && string.Equals(content.ContentType.Alias, A.Program, StringComparison.Ordinal)
            ? _content.ToContentItem(content)
            : null;
        var context = new ProgramBlockMappingContext(_content.For(preview), _sanitizer, _time.GetUtcNow()) { Program = program };
        return _delivery.Map(list, context);
    }
}
