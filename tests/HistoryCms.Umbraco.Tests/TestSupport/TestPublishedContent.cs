using HistoryCms.Core;
using HistoryCms.Umbraco.ContentLookup;
using NSubstitute;
using Umbraco.Cms.Core.Models.PublishedContent;
using Umbraco.Cms.Core.PublishedCache;
using Umbraco.Cms.Core.Routing;
using Umbraco.Cms.Core.Services;
using Umbraco.Cms.Core.Services.Navigation;

namespace HistoryCms.Umbraco.Tests.TestSupport;

/// <summary>
/// Published content for tests: the cache, tree and URL services are test doubles (they need Umbraco's database and
/// hybrid cache); the lookup over them is the package's real <see cref="UmbracoContentLookup"/>.
/// </summary>
internal sealed class TestPublishedContent
{
    public static readonly Guid RecordKey = new("6b0c8f34-1d7e-4a57-9a3e-2f1c9d8e7a61");
    public static readonly Guid DraftKey = new("0aa1c1de-5e2b-4c7d-9f00-3b6a2f1e0d9c");
    public static readonly Guid PostKey = new("a1b2c3d4-e5f6-4a5b-8c7d-9e0f1a2b3c4d");

    private readonly Dictionary<Guid, (IPublishedContent Content, bool Draft)> _items = [];

    public IPublishedContentCache Cache { get; } = Substitute.For<IPublishedContentCache>();

    public IDocumentNavigationQueryService Navigation { get; } = Substitute.For<IDocumentNavigationQueryService>();

    public IPublishedUrlProvider Urls { get; } = Substitute.For<IPublishedUrlProvider>();

    public TestPublishedContent()
    {
        Cache.GetById(Arg.Any<bool>(), Arg.Any<Guid>()).Returns(call =>
            _items.TryGetValue(call.ArgAt<Guid>(1), out var item) && (call.ArgAt<bool>(0) || !item.Draft) ? item.Content : null);
        Urls.GetUrl(Arg.Any<IPublishedContent>(), Arg.Any<UrlMode>(), Arg.Any<string?>(), Arg.Any<Uri?>())
            .Returns(call => "/archive/" + call.ArgAt<IPublishedContent>(0).Key.ToString("N")[..8] + "/");
    }

    public TestUmbracoContexts Contexts { get; } = new();

    public IPublicAccessService PublicAccess { get; } = new TestPublicAccess().Service;

    public UmbracoContentLookup Lookup => new(Cache, Navigation, Urls, Contexts, PublicAccess);

    /// <summary>Two archival documents (one only a draft) and a blog post.</summary>
    public static TestPublishedContent Sample()
    {
        var content = new TestPublishedContent();
        content.Add(RecordKey, HistoryAliases.DocumentTypes.ArchivalDocument, "On the Korean Question", new()
        {
            [HistoryAliases.Properties.Source] = "RGANI, f. 5, op. 49, d. 131, ll. 193-194. Translated by Gary Goldberg.",
        });
        content.Add(DraftKey, HistoryAliases.DocumentTypes.ArchivalDocument, "Record of Conversation with Mao Zedong", new(), draft: true);
        content.Add(PostKey, HistoryAliases.DocumentTypes.BlogPost, "Failed Diplomacy", new());
        return content;
    }

    public void Add(Guid key, string contentType, string name, Dictionary<string, object?> values, bool draft = false)
    {
        var type = Substitute.For<IPublishedContentType>();
        type.Alias.Returns(contentType);
        var properties = values.Select(pair =>
        {
            var property = Substitute.For<IPublishedProperty>();
            property.Alias.Returns(pair.Key);
            property.GetSourceValue(Arg.Any<string?>(), Arg.Any<string?>()).Returns(pair.Value);
            return property;
        }).ToArray();
        var content = Substitute.For<IPublishedContent>();
        content.Key.Returns(key);
        content.Name.Returns(name);
        content.ContentType.Returns(type);
        content.ItemType.Returns(PublishedItemType.Content);
        content.Properties.Returns(properties);
        content.GetProperty(Arg.Any<string>()).Returns(call => properties.FirstOrDefault(p => p.Alias == call.ArgAt<string>(0)));
        content.Level.Returns(3);
        _items[key] = (content, draft);
    }
}
