using System.Globalization;
using HistoryCms.Core.Content;
using Umbraco.Cms.Core.Models.PublishedContent;
using Umbraco.Cms.Core.PublishedCache;
using Umbraco.Cms.Core.Routing;
using Umbraco.Cms.Core.Services.Navigation;

namespace HistoryCms.Umbraco.ContentLookup;

/// <summary>
/// Core's <see cref="IContentLookup"/> over Umbraco's published content cache: <see cref="Published"/> sees what
/// visitors see, <see cref="Preview"/> also sees drafts (for validating what an editor is about to save). Property
/// values are the raw stored values, as Core expects them (dates as <c>yyyy-MM-dd HH:mm:ss</c>), and the path is the
/// relative URL. Citations and the Program Blocks value converter both read content through it.
/// </summary>
/// <param name="cache">The published content cache.</param>
/// <param name="navigation">The document tree.</param>
/// <param name="urls">Builds route paths.</param>
public sealed class UmbracoContentLookup(IPublishedContentCache cache, IDocumentNavigationQueryService navigation, IPublishedUrlProvider urls)
{
    private readonly IPublishedContentCache _cache = cache;
    private readonly IDocumentNavigationQueryService _navigation = navigation;

    /// <summary>Published content only.</summary>
    public IContentLookup Published => For(preview: false);

    /// <summary>Published content and drafts.</summary>
    public IContentLookup Preview => For(preview: true);

    /// <summary>The lookup for published content, or with drafts when <paramref name="preview"/>.</summary>
    /// <param name="preview">Whether drafts are visible.</param>
    /// <returns>The lookup.</returns>
    public IContentLookup For(bool preview) => new View(this, preview);

    /// <summary>A published item as a Core content item.</summary>
    /// <param name="content">The published item.</param>
    /// <returns>The content item.</returns>
    public ContentItem ToContentItem(IPublishedContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        Guid? parentKey = _navigation.TryGetParentKey(content.Key, out var parent) ? parent : null;
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var property in content.Properties)
        {
            values[property.Alias] = Text(property.GetSourceValue());
        }

        var path = urls.GetUrl(content, UrlMode.Relative);
        return new ContentItem(
            content.Key,
            content.ContentType.Alias,
            content.Name,
            parentKey,
            content.SortOrder,
            content.Level,
            new DateTimeOffset(DateTime.SpecifyKind(content.CreateDate, DateTimeKind.Utc)),
            new DateTimeOffset(DateTime.SpecifyKind(content.UpdateDate, DateTimeKind.Utc)),
            path is null or "#" ? string.Empty : path,
            values);
    }

    private static string? Text(object? value) => value switch
    {
        null => null,
        string s => s,
        DateTime d => d.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    private sealed class View(UmbracoContentLookup owner, bool preview) : IContentLookup
    {
        public ContentItem? Find(Guid key) =>
            owner._cache.GetById(preview, key) is { ItemType: PublishedItemType.Content } content ? owner.ToContentItem(content) : null;

        public IEnumerable<ContentItem> ChildrenOf(Guid key) =>
            owner._navigation.TryGetChildrenKeys(key, out var children) ? Resolve(children) : [];

        public IEnumerable<ContentItem> OfType(string contentType)
        {
            if (!owner._navigation.TryGetRootKeys(out var roots))
            {
                return [];
            }

            var keys = new List<Guid>();
            foreach (var root in roots)
            {
                if (owner._navigation.TryGetDescendantsKeysOrSelfKeys(root, out var all))
                {
                    keys.AddRange(all);
                }
            }

            return Resolve(keys).Where(i => string.Equals(i.ContentType, contentType, StringComparison.Ordinal));
        }

        private IEnumerable<ContentItem> Resolve(IEnumerable<Guid> keys)
        {
            foreach (var key in keys)
            {
                if (Find(key) is { } item)
                {
                    yield return item;
                }
            }
        }
    }
}
