using HistoryCms.Core;
using HistoryCms.Core.Citations;
using HistoryCms.Core.Content;
using HistoryCms.Umbraco.ContentLookup;
using Umbraco.Cms.Core.Models.PublishedContent;
using Umbraco.Cms.Core.PropertyEditors;
using Umbraco.Cms.Core.PropertyEditors.DeliveryApi;

namespace HistoryCms.Umbraco.PropertyEditors.DocumentCitations;

/// <summary>
/// Converts a stored citations value into the pre-expanded citations of the post, numbered by the post body's markers,
/// with each cited document resolved and every note formatted. Razor and the Delivery API get the same
/// <see cref="CitationDto"/> list from one shared method (and the delivery server emits the same JSON from Core), so
/// no front end needs <c>expand</c>. Cached at <see cref="PropertyCacheLevel.Elements"/>: the result depends on other
/// content (the cited documents), so it is rebuilt when any content changes.
/// </summary>
/// <param name="citations">The site's citation settings resolver (the one the History API and the pages use).</param>
/// <param name="lookups">Umbraco's content as Core sees it: the cited documents, with drafts in preview.</param>
public sealed class DocumentCitationsValueConverter(ICitationSettingsResolver citations, UmbracoContentLookup lookups)
    : PropertyValueConverterBase, IDeliveryApiPropertyValueConverter
{
    /// <inheritdoc />
    public override bool IsConverter(IPublishedPropertyType propertyType)
    {
        ArgumentNullException.ThrowIfNull(propertyType);
        return propertyType.EditorAlias == HistoryAliases.Editors.DocumentCitations;
    }

    /// <inheritdoc />
    public override bool? IsValue(object? value, PropertyValueLevel level) => level switch
    {
        PropertyValueLevel.Source => CitationJson.Read(value) is { IsReadable: true, List.Items.Count: > 0 },
        PropertyValueLevel.Inter => value is CitationList { Items.Count: > 0 },
        _ => value is IReadOnlyList<CitationDto> { Count: > 0 },
    };

    /// <inheritdoc />
    public override Type GetPropertyValueType(IPublishedPropertyType propertyType) => typeof(IReadOnlyList<CitationDto>);

    /// <inheritdoc />
    public override PropertyCacheLevel GetPropertyCacheLevel(IPublishedPropertyType propertyType) => PropertyCacheLevel.Elements;

    /// <inheritdoc />
    public PropertyCacheLevel GetDeliveryApiPropertyCacheLevel(IPublishedPropertyType propertyType) => PropertyCacheLevel.Elements;

    /// <inheritdoc />
    public Type GetDeliveryApiPropertyValueType(IPublishedPropertyType propertyType) => typeof(IReadOnlyList<CitationDto>);

    /// <inheritdoc />
    public override object? ConvertSourceToIntermediate(IPublishedElement owner, IPublishedPropertyType propertyType, object? source, bool preview)
    {
        var read = CitationJson.Read(source);
        return read.IsReadable ? read.List : CitationList.Empty;
    }

    /// <inheritdoc />
    public override object? ConvertIntermediateToObject(IPublishedElement owner, IPublishedPropertyType propertyType, PropertyCacheLevel referenceCacheLevel, object? inter, bool preview) =>
        Map(owner, inter, preview);

    /// <inheritdoc />
    public object? ConvertIntermediateToDeliveryApiObject(IPublishedElement owner, IPublishedPropertyType propertyType, PropertyCacheLevel referenceCacheLevel, object? inter, bool preview, bool expanding) =>
        Map(owner, inter, preview);

    private IReadOnlyList<CitationDto> Map(IPublishedElement owner, object? inter, bool preview)
    {
        if (inter is not CitationList { Items.Count: > 0 } list)
        {
            return [];
        }

        var body = RichTextMarkup.Of(owner.GetProperty(HistoryAliases.Properties.Body)?.GetSourceValue());
        var settings = citations.Resolve(lookups.For(preview), owner.Key);
        return new CitationDtoMapper(settings.Documents, settings.Style).Map(list, body);
    }
}
