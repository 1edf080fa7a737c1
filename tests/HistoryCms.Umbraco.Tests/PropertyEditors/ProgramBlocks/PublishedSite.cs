using HistoryCms.Umbraco.ContentLookup;
using HistoryCms.Umbraco.Tests.TestSupport;
using NSubstitute;
using Umbraco.Cms.Core.Models.PublishedContent;
using Umbraco.Cms.Core.PublishedCache;
using Umbraco.Cms.Core.Routing;
using Umbraco.Cms.Core.Services.Navigation;

namespace HistoryCms.Umbraco.Tests.PropertyEditors.ProgramBlocks;

/// <summary>Published content for converter tests: test doubles for the cache, the navigation tree and the URL provider (database-backed services).</summary>
internal sealed class PublishedSite
{
    private readonly Dictionary<Guid, IPublishedContent> _items = [];
    private readonly Dictionary<Guid, Guid?> _parents = [];
    private readonly IPublishedContentCache _cache = Substitute.For<IPublishedContentCache>();
    private readonly IDocumentNavigationQueryService _navigation = Substitute.For<IDocumentNavigationQueryService>();
    private readonly IPublishedUrlProvider _urls = Substitute.For<IPublishedUrlProvider>();

    public PublishedSite()
    {
        _cache.GetById(Arg.Any<bool>(), Arg.Any<Guid>()).Returns(call => _items.GetValueOrDefault(call.Arg<Guid>()));
        _navigation.TryGetChildrenKeys(Arg.Any<Guid>(), out Arg.Any<IEnumerable<Guid>>()).Returns(call =>
        {
            call[1] = _parents.Where(p => p.Value == call.ArgAt<Guid>(0)).Select(p => p.Key).ToList();
            return true;
        });
        _navigation.TryGetParentKey(Arg.Any<Guid>(), out Arg.Any<Guid?>()).Returns(call =>
        {
            call[1] = _parents.GetValueOrDefault(call.ArgAt<Guid>(0));
            return true;
        });
        _navigation.TryGetRootKeys(out Arg.Any<IEnumerable<Guid>>()).Returns(call =>
        {
            call[0] = _parents.Where(p => p.Value is null).Select(p => p.Key).ToList();
            return true;
        });
        _navigation.TryGetDescendantsKeysOrSelfKeys(Arg.Any<Guid>(), out Arg.Any<IEnumerable<Guid>>()).Returns(call =>
        {
            call[1] = DescendantsOrSelf(call.ArgAt<Guid>(0)).ToList();
            return true;
        });
        _navigation.TryGetRootKeysOfType(Arg.Any<string>(), out Arg.Any<IEnumerable<Guid>>()).Returns(call =>
        {
            call[1] = _parents.Where(p => p.Value is null && _items[p.Key].ContentType.Alias == call.ArgAt<string>(0)).Select(p => p.Key).ToList();
            return true;
        });
        _navigation.TryGetDescendantsKeysOfType(Arg.Any<Guid>(), Arg.Any<string>(), out Arg.Any<IEnumerable<Guid>>()).Returns(call =>
        {
            call[2] = DescendantsOrSelf(call.ArgAt<Guid>(0)).Skip(1).Where(k => _items[k].ContentType.Alias == call.ArgAt<string>(1)).ToList();
            return true;
        });
        Lookup = new UmbracoContentLookup(_cache, _navigation, _urls, new TestUmbracoContexts(), new TestPublicAccess().Service);
    }

    public UmbracoContentLookup Lookup { get; }

    public IPublishedContent Add(string contentType, string name, Guid? key = null, Guid? parent = null, params (string Alias, object? Value)[] values)
    {
        var itemKey = key ?? Guid.NewGuid();
        var type = Substitute.For<IPublishedContentType>();
        type.Alias.Returns(contentType);
        var properties = values.Select(v => Property(v.Alias, v.Value)).ToList();
        var content = Substitute.For<IPublishedContent>();
        content.Key.Returns(itemKey);
        content.Name.Returns(name);
        content.ContentType.Returns(type);
        content.ItemType.Returns(PublishedItemType.Content);
        content.CreateDate.Returns(new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        content.Properties.Returns(properties);
        _urls.GetUrl(content, Arg.Any<UrlMode>(), Arg.Any<string?>(), Arg.Any<Uri?>()).Returns($"/{name.ToLowerInvariant().Replace(' ', '-')}/");
        _items[itemKey] = content;
        _parents[itemKey] = parent;
        return content;
    }

    private static IPublishedProperty Property(string alias, object? value)
    {
        var property = Substitute.For<IPublishedProperty>();
        property.Alias.Returns(alias);
        property.GetSourceValue(Arg.Any<string?>(), Arg.Any<string?>()).Returns(value);
        return property;
    }

    private IEnumerable<Guid> DescendantsOrSelf(Guid key) =>
        new[] { key }.Concat(_parents.Where(p => p.Value == key).SelectMany(p => DescendantsOrSelf(p.Key)));
}
