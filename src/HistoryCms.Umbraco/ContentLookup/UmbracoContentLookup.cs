using System.Globalization;
using HistoryCms.Core.Content;
using Umbraco.Cms.Core;
using Umbraco.Cms.Core.Models.PublishedContent;
using Umbraco.Cms.Core.PublishedCache;
using Umbraco.Cms.Core.Routing;
using Umbraco.Cms.Core.Services;
using Umbraco.Cms.Core.Services.Navigation;
using Umbraco.Cms.Core.Web;

namespace HistoryCms.Umbraco.ContentLookup;

/// <summary>
/// Core's <see cref="IContentLookup"/> over Umbraco's published content cache: <see cref="Published"/> sees what
/// visitors see, <see cref="Preview"/> also sees drafts (for validating what an editor is about to save), and
/// <see cref="Public"/> is what anyone may see: published and not member-protected (the site index and the History
/// API read it). Property values are the raw stored values, as Core expects them (dates as <c>yyyy-MM-dd HH:mm:ss</c>),
/// and the path is the relative URL. Citations and the Program Blocks value converter both read content through it.
/// </summary>
/// <remarks>
/// Umbraco's <c>UrlProvider</c> needs an <c>UmbracoContext</c> (<c>GetRequiredUmbracoContext()</c> in
/// src/Umbraco.Core/Routing/UrlProvider.cs), which background work (Examine indexing, cache refreshes on subscriber
/// servers, the site index) does not have: every URL is built inside <see cref="EnsureContext"/>, which reuses the
/// request's context where there is one.
/// </remarks>
public sealed class UmbracoContentLookup
{
    private readonly IPublishedContentCache _cache;
    private readonly IDocumentNavigationQueryService _navigation;
    private readonly IPublishedUrlProvider _urls;
    private readonly IUmbracoContextFactory _contexts;
    private readonly IPublicAccessService _publicAccess;

    /// <summary>Initializes a new instance of the <see cref="UmbracoContentLookup"/> class.</summary>
    /// <param name="cache">The published content cache.</param>
    /// <param name="navigation">The document tree.</param>
    /// <param name="urls">Builds route paths.</param>
    /// <param name="contexts">Ensures an UmbracoContext for building URLs outside a request.</param>
    /// <param name="publicAccess">Tells which content is member-protected.</param>
    public UmbracoContentLookup(
        IPublishedContentCache cache,
        IDocumentNavigationQueryService navigation,
        IPublishedUrlProvider urls,
        IUmbracoContextFactory contexts,
        IPublicAccessService publicAccess)
    {
        _cache = cache;
        _navigation = navigation;
        _urls = urls;
        _contexts = contexts;
        _publicAccess = publicAccess;
    }

    /// <summary>Published content only.</summary>
    public IContentLookup Published => For(preview: false);

    /// <summary>Published content and drafts.</summary>
    public IContentLookup Preview => For(preview: true);

    /// <summary>Published content that is not member-protected (nor below a protected item): what any visitor may see.</summary>
    public IContentLookup Public => new View(this, preview: false, publicOnly: true);

    /// <summary>The lookup for published content, or with drafts when <paramref name="preview"/>.</summary>
    /// <param name="preview">Whether drafts are visible.</param>
    /// <returns>The lookup.</returns>
    public IContentLookup For(bool preview) => new View(this, preview, publicOnly: false);

    /// <summary>
    /// An UmbracoContext for the work that follows: the current one where there is one (a request), else a new one that
    /// disposing the reference removes. Hold one around a batch of background work so its items share it.
    /// </summary>
    /// <returns>The reference to dispose.</returns>
    public UmbracoContextReference EnsureContext() => _contexts.EnsureUmbracoContext();

    /// <summary>Whether an item is member-protected, by its own entry or an ancestor's.</summary>
    /// <param name="content">The item.</param>
    /// <returns><c>true</c> when protected.</returns>
    public bool IsProtected(IPublishedContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return _publicAccess.IsProtected(content.Path).Success;
    }

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

        string? path;
        using (EnsureContext())
        {
            path = _urls.GetUrl(content, UrlMode.Relative);
        }

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

    private sealed class View(UmbracoContentLookup owner, bool preview, bool publicOnly) : IContentLookup
    {
        public ContentItem? Find(Guid key) => Visible(key) is { } content ? owner.ToContentItem(content) : null;

        public IEnumerable<ContentItem> ChildrenOf(Guid key) =>
            owner._navigation.TryGetChildrenKeys(key, out var children) ? Resolve(children) : [];

        public IEnumerable<ContentItem> OfType(string contentType)
        {
            // The tree knows each node's type: only nodes of this type are read from the cache and converted.
            var keys = new List<Guid>();
            if (owner._navigation.TryGetRootKeysOfType(contentType, out var typedRoots))
            {
                keys.AddRange(typedRoots);
            }

            if (owner._navigation.TryGetRootKeys(out var roots))
            {
                foreach (var root in roots)
                {
                    if (owner._navigation.TryGetDescendantsKeysOfType(root, contentType, out var typed))
                    {
                        keys.AddRange(typed);
                    }
                }
            }

            return Resolve(keys.Distinct()).Where(i => string.Equals(i.ContentType, contentType, StringComparison.Ordinal));
        }

        private IPublishedContent? Visible(Guid key) =>
            owner._cache.GetById(preview, key) is { ItemType: PublishedItemType.Content } content && !(publicOnly && owner.IsProtected(content))
                ? content
                : null;

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
