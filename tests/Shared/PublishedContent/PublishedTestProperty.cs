using Umbraco.Cms.Core.Collections;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Models.PublishedContent;
using Umbraco.Cms.Core.PropertyEditors;
using Umbraco.Extensions;

namespace HistoryCms.Testing.PublishedContent;

/// <summary>
/// A published property whose values behave as Umbraco 17's published properties do
/// (src/Umbraco.PublishedCache.HybridCache/PublishedProperty.cs@release/17.4.2, internal to a package we cannot restore):
/// the invariant value is stored under culture "" and segment "", each culture's value under its own (lower-cased) name;
/// a request without a culture takes it from the variation context (<c>ContextualizeVariation</c> in
/// src/Umbraco.Core/Models/PublishedContent/VariationContextAccessorExtensions.cs); an invariant property answers its one
/// value whatever culture is asked for; a variant property answers null for a culture it has no value in (there is no
/// fallback at this level: fallback to another language is <c>IPublishedValueFallback</c>'s, through the <c>Value()</c>
/// extensions). Values are converted by the real <see cref="PublishedPropertyType"/> on every call (Umbraco caches them
/// per cache level; tests read each value once).
/// </summary>
internal sealed class PublishedTestProperty : PublishedPropertyBase
{
    private readonly PublishedTestContent _content;
    private readonly ContentVariation _variations;
    private readonly ContentVariation _sourceVariations;
    private readonly Dictionary<CompositeStringStringKey, object?> _variantValues = [];
    private object? _invariantValue;

    public PublishedTestProperty(IPublishedPropertyType propertyType, PublishedTestContent content)
        : base(propertyType, PropertyCacheLevel.Element)
    {
        _content = content;

        // As in PublishedProperty's constructor: conversion contextualizes with the union of the content type's and the
        // property type's variations, source values with the property type's alone.
        _variations = propertyType.Variations | content.ContentType.Variations;
        _sourceVariations = propertyType.Variations;
    }

    /// <summary>Stores a value as the published cache holds it (Umbraco's <c>PropertyData</c>: culture and segment, "" when invariant).</summary>
    /// <param name="value">The stored (source) value.</param>
    /// <param name="culture">The culture; null for the invariant value.</param>
    /// <exception cref="NotSupportedException">The culture does not match the property type's variation, as Umbraco's <c>Property.SetValue</c> refuses it.</exception>
    public void Store(object? value, string? culture)
    {
        PropertyType.Variations.ValidateVariation(culture, null, exact: true, wildcards: false, throwIfInvalid: true);
        if (string.IsNullOrEmpty(culture))
        {
            _invariantValue = value;
        }
        else
        {
            _variantValues[new CompositeStringStringKey(culture, string.Empty)] = value;
        }
    }

    /// <inheritdoc />
    public override bool HasValue(string? culture = null, string? segment = null)
    {
        _content.VariationContextAccessor.ContextualizeVariation(_variations, _content.Id, Alias, ref culture, ref segment);

        var value = GetSourceValue(culture, segment);
        var isValue = PropertyType.IsValue(value, PropertyValueLevel.Source);
        if (isValue.HasValue)
        {
            return isValue.Value;
        }

        var inter = PropertyType.ConvertSourceToInter(_content, value, _content.IsPreviewing);
        isValue = PropertyType.IsValue(inter, PropertyValueLevel.Inter);
        if (isValue.HasValue)
        {
            return isValue.Value;
        }

        return PropertyType.IsValue(GetValue(culture, segment), PropertyValueLevel.Object) ?? false;
    }

    /// <inheritdoc />
    public override object? GetSourceValue(string? culture = null, string? segment = null)
    {
        _content.VariationContextAccessor.ContextualizeVariation(_sourceVariations, _content.Id, Alias, ref culture, ref segment);
        culture = _sourceVariations.VariesByCulture() ? culture : string.Empty;
        segment = _sourceVariations.VariesBySegment() ? segment : string.Empty;

        if (culture == string.Empty && segment == string.Empty)
        {
            return _invariantValue;
        }

        if (_variantValues.Count == 0)
        {
            return null;
        }

        return _variantValues.TryGetValue(new CompositeStringStringKey(culture, segment), out var value) ? value : null;
    }

    /// <inheritdoc />
    public override object? GetValue(string? culture = null, string? segment = null)
    {
        _content.VariationContextAccessor.ContextualizeVariation(_variations, _content.Id, Alias, ref culture, ref segment);
        return PropertyType.ConvertInterToObject(_content, PropertyCacheLevel.Element, Inter(culture, segment), _content.IsPreviewing);
    }

    /// <inheritdoc />
    public override object? GetDeliveryApiValue(bool expanding, string? culture = null, string? segment = null)
    {
        _content.VariationContextAccessor.ContextualizeVariation(_variations, _content.Id, Alias, ref culture, ref segment);
        return PropertyType.ConvertInterToDeliveryApiObject(_content, PropertyCacheLevel.Element, Inter(culture, segment), _content.IsPreviewing, expanding);
    }

    private object? Inter(string? culture, string? segment) =>
        PropertyType.ConvertSourceToInter(_content, GetSourceValue(culture, segment), _content.IsPreviewing);
}
