using NSubstitute;
using Umbraco.Cms.Core.Models.PublishedContent;
using Umbraco.Cms.Core.Persistence.Repositories;
using Umbraco.Cms.Core.PropertyEditors;
using Umbraco.Cms.Core.PublishedCache;
using Umbraco.Cms.Core.Routing;
using Umbraco.Cms.Core.Scoping;
using Umbraco.Cms.Core.Services.Navigation;

namespace HistoryCms.Testing.PublishedContent;

/// <summary>
/// The one builder of published content for tests: documents of the content model's real published content types
/// (<see cref="ModelContentTypes"/>), with culture-aware values (<see cref="PublishedTestProperty"/>), placed in Umbraco's
/// own document tree and served by test doubles of the published cache and the URL provider (both need Umbraco's database
/// and hybrid cache).
/// </summary>
/// <remarks>
/// <para>
/// The tree is Umbraco's real <c>DocumentNavigationService</c> (src/Umbraco.Core/Services/Navigation/DocumentNavigationService.cs
/// and ContentNavigationServiceBase.cs@release/17.4.2): internal to Umbraco.Cms.Core, it is created by reflection, filled
/// through its public <c>IDocumentNavigationManagementService.Add</c> as Umbraco fills it when content is created,
/// and answers exactly as in a site (false and nothing for an unknown key, children by sort order, types by key).
/// </para>
/// <para>
/// The cache answers <c>GetById(preview, key)</c> with the item, a draft only when <c>preview</c> is asked for; the
/// overloads without a preview flag follow the request (<see cref="PreviewRequest"/>), as <c>GetPreview()</c> in
/// src/Umbraco.PublishedCache.HybridCache/Services/DocumentCacheService.cs does. URLs are <c>/{name-with-dashes}/</c>
/// (or the item's own route), absolute ones on <see cref="Host"/>; a test may set up <see cref="Urls"/> further.
/// </para>
/// </remarks>
internal sealed class PublishedTestSite
{
    private const string NavigationServiceType = "Umbraco.Cms.Core.Services.Navigation.DocumentNavigationService";

    private readonly Dictionary<Guid, PublishedTestContent> _items = [];
    private readonly Dictionary<Guid, string> _routes = [];
    private readonly Dictionary<Guid, int> _sortOrders = [];
    private readonly IDocumentNavigationManagementService _tree;
    private int _nextId = 1000;

    /// <param name="converters">The value converters the property types choose from (none: values pass through unconverted).</param>
    public PublishedTestSite(IEnumerable<IPropertyValueConverter>? converters = null)
    {
        Types = new ModelContentTypes(converters);
        Type type = typeof(IDocumentNavigationQueryService).Assembly.GetType(NavigationServiceType, throwOnError: true)!;
        object navigation = Activator.CreateInstance(type, Substitute.For<ICoreScopeProvider>(), Substitute.For<INavigationRepository>(), Types.TypeService)!;
        Navigation = (IDocumentNavigationQueryService)navigation;
        _tree = (IDocumentNavigationManagementService)navigation;

        Cache.GetById(Arg.Any<bool>(), Arg.Any<Guid>()).Returns(call => Find(call.ArgAt<bool>(0), call.ArgAt<Guid>(1)));
        Cache.GetById(Arg.Any<Guid>()).Returns(call => Find(PreviewRequest, call.ArgAt<Guid>(0)));
        Cache.GetById(Arg.Any<bool>(), Arg.Any<int>()).Returns(call => Find(call.ArgAt<bool>(0), call.ArgAt<int>(1)));
        Cache.GetById(Arg.Any<int>()).Returns(call => Find(PreviewRequest, call.ArgAt<int>(0)));
        Urls.GetUrl(Arg.Any<IPublishedContent>(), Arg.Any<UrlMode>(), Arg.Any<string?>(), Arg.Any<Uri?>())
            .Returns(call => Url(call.ArgAt<IPublishedContent>(0).Key, call.ArgAt<UrlMode>(1)));
        Urls.GetUrl(Arg.Any<Guid>(), Arg.Any<UrlMode>(), Arg.Any<string?>(), Arg.Any<Uri?>())
            .Returns(call => Url(call.ArgAt<Guid>(0), call.ArgAt<UrlMode>(1)));
    }

    /// <summary>The content model's types, real and published.</summary>
    public ModelContentTypes Types { get; }

    /// <summary>The published content cache (a test double over the items).</summary>
    public IPublishedContentCache Cache { get; } = Substitute.For<IPublishedContentCache>();

    /// <summary>Umbraco's own document tree.</summary>
    public IDocumentNavigationQueryService Navigation { get; }

    /// <summary>The URL provider (a test double: Umbraco's needs the database-backed document URL service).</summary>
    public IPublishedUrlProvider Urls { get; } = Substitute.For<IPublishedUrlProvider>();

    /// <summary>Where absolute URLs point.</summary>
    public Uri Host { get; init; } = new("https://history.example.org");

    /// <summary>The current variation context (null, as in background work, until a test sets one).</summary>
    public IVariationContextAccessor VariationContextAccessor { get; } = new TestVariationContextAccessor();

    /// <summary>Whether the current request is a preview (the cache overloads without a preview flag follow it).</summary>
    public bool PreviewRequest { get; set; }

    /// <summary>Adds a document to the tree and the cache. Its parent must already be there.</summary>
    /// <param name="contentType">The document type alias (from the content model).</param>
    /// <param name="name">The name.</param>
    /// <param name="key">The key (a new one when omitted).</param>
    /// <param name="parent">The parent's key (a root when omitted).</param>
    /// <param name="id">The id (the next free one from 1000 when omitted).</param>
    /// <param name="created">Created and updated (2024-01-01 UTC when omitted).</param>
    /// <param name="draft">Whether it exists only as a draft (seen in preview only).</param>
    /// <param name="route">Its relative URL (<c>/{name-with-dashes}/</c> when omitted).</param>
    /// <param name="values">Invariant property values as stored; culture values go through <see cref="PublishedTestContent.SetValue"/>.</param>
    /// <returns>The published item.</returns>
    public PublishedTestContent Add(
        string contentType,
        string name,
        Guid? key = null,
        Guid? parent = null,
        int? id = null,
        DateTime? created = null,
        bool draft = false,
        string? route = null,
        params (string Alias, object? Value)[] values)
    {
        var itemKey = key ?? Guid.NewGuid();
        var type = Types.Published(contentType);
        var item = new PublishedTestContent(this, type, itemKey, id ?? _nextId++, name, created ?? new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc), draft);
        foreach (var (alias, value) in values)
        {
            item.SetValue(alias, value);
        }

        var sortOrder = parent is { } p
            ? (Navigation.TryGetChildrenKeys(p, out var siblings) ? siblings.Count() : throw new InvalidOperationException($"Add the parent {p} first."))
            : (Navigation.TryGetRootKeys(out var roots) ? roots.Count() : 0);
        if (!_tree.Add(itemKey, type.Key, parent, sortOrder))
        {
            throw new InvalidOperationException($"The tree refused {name} ({itemKey}): a duplicate key or a missing parent.");
        }

        _items[itemKey] = item;
        _sortOrders[itemKey] = sortOrder;
        _routes[itemKey] = route ?? "/" + name.ToLowerInvariant().Replace(' ', '-') + "/";
        return item;
    }

    /// <summary>The published form of a document type of the model.</summary>
    /// <param name="alias">The document type alias.</param>
    /// <returns>The real published content type.</returns>
    public IPublishedContentType ContentType(string alias) => Types.Published(alias);

    /// <summary>An item added earlier.</summary>
    /// <param name="key">Its key.</param>
    /// <returns>The item.</returns>
    public PublishedTestContent this[Guid key] => _items[key];

    /// <summary>The id of an item, as Umbraco's id-key map gives it.</summary>
    internal int IdOf(Guid key) => _items[key].Id;

    /// <summary>The sort order of an item among its siblings.</summary>
    internal int SortOrderOf(Guid key) => _sortOrders.GetValueOrDefault(key);

    private PublishedTestContent? Find(bool preview, Guid key) =>
        _items.TryGetValue(key, out var item) && (preview || !item.IsPreviewing) ? item : null;

    private PublishedTestContent? Find(bool preview, int id) =>
        _items.Values.FirstOrDefault(i => i.Id == id) is { } item && (preview || !item.IsPreviewing) ? item : null;

    private string Url(Guid key, UrlMode mode) =>
        !_routes.TryGetValue(key, out var route) ? "#"
        : mode == UrlMode.Absolute ? new Uri(Host, route).ToString()
        : route;

    private sealed class TestVariationContextAccessor : IVariationContextAccessor
    {
        public VariationContext? VariationContext { get; set; }
    }
}
