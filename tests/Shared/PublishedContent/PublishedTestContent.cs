using System.Globalization;
using Umbraco.Cms.Core.Models.PublishedContent;
using Umbraco.Extensions;

namespace HistoryCms.Testing.PublishedContent;

/// <summary>
/// A published document as Umbraco 17's published cache hands it out
/// (src/Umbraco.PublishedCache.HybridCache/PublishedContent.cs@release/17.4.2, internal to a package we cannot restore),
/// over Umbraco's own <see cref="PublishedContentBase"/>: one property per property type of its real
/// <see cref="PublishedContentType"/>, whether it has a value or not; <see cref="GetProperty"/> null for an alias the type
/// does not have; the name from <see cref="Cultures"/> (one "" entry for an invariant type); level and path read from the
/// document tree (<c>TryGetLevel</c>, <c>TryGetAncestorsOrSelfKeys</c> mapped to ids).
/// </summary>
internal sealed class PublishedTestContent : PublishedContentBase
{
    private readonly PublishedTestSite _site;
    private readonly PublishedTestProperty[] _properties;
    private readonly Dictionary<string, PublishedCultureInfo> _cultures = new(StringComparer.OrdinalIgnoreCase);

    public PublishedTestContent(PublishedTestSite site, IPublishedContentType contentType, Guid key, int id, string name, DateTime created, bool draft)
        : base(site.VariationContextAccessor)
    {
        _site = site;
        ContentType = contentType;
        Key = key;
        Id = id;
        CreateDate = created;
        UpdateDate = created;
        IsPreviewing = draft;
        _properties = [.. contentType.PropertyTypes.Select(p => new PublishedTestProperty(p, this))];
        if (!contentType.VariesByCulture())
        {
            _cultures[string.Empty] = new PublishedCultureInfo(string.Empty, name, null, created);
        }
    }

    /// <inheritdoc />
    public override IPublishedContentType ContentType { get; }

    /// <inheritdoc />
    public override Guid Key { get; }

    /// <inheritdoc />
    public override int Id { get; }

    /// <inheritdoc />
    public override int SortOrder => _site.SortOrderOf(Key);

    /// <inheritdoc />
    [Obsolete("Not supported for members. Scheduled for removal in Umbraco 18.")]
    public override int Level => _site.Navigation.TryGetLevel(Key, out var level) && level.HasValue ? level.Value : 0;

    /// <inheritdoc />
    [Obsolete("Not supported for members. Scheduled for removal in Umbraco 18.")]
    public override string Path => _site.Navigation.TryGetAncestorsOrSelfKeys(Key, out var keys)
        ? string.Join(',', keys.Reverse().Select(k => _site.IdOf(k).ToString(CultureInfo.InvariantCulture)).Prepend("-1"))
        : string.Empty;

    /// <inheritdoc />
    public override int? TemplateId => null;

    /// <inheritdoc />
    public override int CreatorId => -1;

    /// <inheritdoc />
    public override DateTime CreateDate { get; }

    /// <inheritdoc />
    public override int WriterId => -1;

    /// <inheritdoc />
    public override DateTime UpdateDate { get; }

    /// <inheritdoc />
    public override IReadOnlyDictionary<string, PublishedCultureInfo> Cultures => _cultures;

    /// <inheritdoc />
    public override PublishedItemType ItemType => ContentType.ItemType;

    /// <inheritdoc />
    [Obsolete("Please use TryGetParentKey() on IDocumentNavigationQueryService or IMediaNavigationQueryService instead. Scheduled for removal in Umbraco 18.")]
    public override IPublishedContent? Parent =>
        _site.Navigation.TryGetParentKey(Key, out var parent) && parent is { } key ? _site.Cache.GetById(IsPreviewing, key) : null;

    /// <inheritdoc />
    public override IEnumerable<IPublishedProperty> Properties => _properties;

    /// <summary>Whether this is the draft version (only a preview sees it).</summary>
    public bool IsPreviewing { get; }

    /// <summary>The variation context the item's properties and name read the current culture from.</summary>
    public IVariationContextAccessor VariationContextAccessor => _site.VariationContextAccessor;

    /// <inheritdoc />
    public override IPublishedProperty? GetProperty(string alias)
    {
        var index = ContentType.GetPropertyIndex(alias);
        return index < 0 ? null : _properties[index];
    }

    /// <inheritdoc />
    public override bool IsDraft(string? culture = null) => IsPreviewing;

    /// <inheritdoc />
    public override bool IsPublished(string? culture = null) => !IsPreviewing;

    /// <summary>Stores a property value as Umbraco's published cache holds it.</summary>
    /// <param name="alias">The property alias; the item's type must have it.</param>
    /// <param name="value">The stored (source) value.</param>
    /// <param name="culture">The culture, for a property that varies by culture; null for an invariant one.</param>
    /// <returns>This item.</returns>
    public PublishedTestContent SetValue(string alias, object? value, string? culture = null)
    {
        var index = ContentType.GetPropertyIndex(alias);
        if (index < 0)
        {
            throw new ArgumentException($"The type '{ContentType.Alias}' has no property '{alias}'.", nameof(alias));
        }

        _properties[index].Store(value, culture);
        return this;
    }

    /// <summary>Names the item in a culture (a type that varies by culture has a name per culture).</summary>
    /// <param name="culture">The culture.</param>
    /// <param name="name">The name in that culture.</param>
    /// <returns>This item.</returns>
    public PublishedTestContent SetCultureName(string culture, string name)
    {
        if (!ContentType.VariesByCulture())
        {
            throw new NotSupportedException($"The type '{ContentType.Alias}' does not vary by culture.");
        }

        _cultures[culture] = new PublishedCultureInfo(culture, name, null, CreateDate);
        return this;
    }
}
