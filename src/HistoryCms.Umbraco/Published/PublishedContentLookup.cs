using System.Globalization;
using HistoryCms.Core.Content;
using Umbraco.Cms.Core.Models.PublishedContent;
using Umbraco.Cms.Core.PublishedCache;
using Umbraco.Cms.Core.Routing;
using Umbraco.Cms.Core.Services.Navigation;

namespace HistoryCms.Umbraco.Published;

/// <summary>
/// <see cref="IContentLookup"/> over Umbraco's published content: what delivery maps from. Items carry the raw stored
/// values (<see cref="IPublishedProperty.GetSourceValue"/>, dates as <c>yyyy-MM-dd HH:mm:ss</c>) and the relative URL.
/// </summary>
public sealed class PublishedContentLookup : IContentLookup
{
    private readonly IPublishedContentCache _cache;
    private readonly IDocumentNavigationQueryService _navigation;
    private readonly IPublishedUrlProvider _urls;

    /// <summary>Initializes a new instance of the <see cref="PublishedContentLookup"/> class.</summary>
    /// <param name="cache">The published content cache.</param>
    /// <param name="navigation">The document tree.</param>
    /// <param name="urls">The URL provider.</param>
    public PublishedContentLookup(IPublishedContentCache cache, IDocumentNavigationQueryService navigation, IPublishedUrlProvider urls)
    {
        _cache = cache;
        _navigation = navigation;
        _urls = urls;
    }

    /// <inheritdoc />
    public ContentItem? Find(Guid key) => _cache.GetById(key) is { } content ? ToItem(content) : null;

    /// <inheritdoc />
    public IEnumerable<ContentItem> ChildrenOf(Guid key) =>
        _navigation.TryGetChildrenKeys(key, out var children) ? Items(children) : [];

    /// <inheritdoc />
    public IEnumerable<ContentItem> OfType(string contentType)
    {
        if (!_navigation.TryGetRootKeys(out var roots))
        {
            return [];
        }

        var keys = new List<Guid>();
        foreach (var root in roots)
        {
            if (_navigation.TryGetDescendantsKeysOrSelfKeys(root, out var all))
            {
                keys.AddRange(all);
            }
        }

        return Items(keys).Where(i => string.Equals(i.ContentType, contentType, StringComparison.Ordinal));
    }

    /// <summary>The neutral item of a published content item.</summary>
    /// <param name="content">The published content.</param>
    /// <returns>The item.</returns>
    public ContentItem ToItem(IPublishedContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var parent = _navigation.TryGetParentKey(content.Key, out var parentKey) ? parentKey : null;
        var values = content.Properties.ToDictionary(p => p.Alias, p => Raw(p.GetSourceValue()), StringComparer.Ordinal);
        return new ContentItem(content.Key, content.ContentType.Alias, content.Name, parent, content.SortOrder, content.Level,
            Utc(content.CreateDate), Utc(content.UpdateDate), _urls.GetUrl(content, UrlMode.Relative), values);
    }

    private IEnumerable<ContentItem> Items(IEnumerable<Guid> keys) =>
        keys.Select(k => _cache.GetById(k)).OfType<IPublishedContent>().Select(ToItem);

    private static DateTimeOffset Utc(DateTime date) => new(DateTime.SpecifyKind(date, DateTimeKind.Utc));

    private static string? Raw(object? source) => source switch
    {
        null => null,
        string text => text,
        DateTime date => date.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => source.ToString(),
    };
}
