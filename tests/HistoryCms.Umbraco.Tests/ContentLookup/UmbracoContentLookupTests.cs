using HistoryCms.Testing.PublishedContent;
using HistoryCms.Umbraco.ContentLookup;
using HistoryCms.Umbraco.Tests.TestSupport;
using Microsoft.Extensions.Options;
using NSubstitute;
using Umbraco.Cms.Core.Configuration.Models;
using Umbraco.Cms.Core.Models.PublishedContent;
using Umbraco.Cms.Core.PublishedCache;
using Umbraco.Cms.Core.Routing;
using Umbraco.Cms.Core.Services.Navigation;
using T = HistoryCms.Core.HistoryAliases.ContentTypes;

namespace HistoryCms.Umbraco.Tests.ContentLookup;

/// <summary>
/// The lookup over Umbraco's real <see cref="UrlProvider"/> (Umbraco.Cms.Core 17.8.1), which asks the
/// <c>IUmbracoContextAccessor</c> for the current UmbracoContext (<c>GetRequiredUmbracoContext()</c> in
/// src/Umbraco.Core/Routing/UrlProvider.cs@release/17.4.2) and throws where there is none: Examine indexing, the archive
/// index's updates and subscriber servers' cache refreshes all run without one.
/// </summary>
public sealed class UmbracoContentLookupTests
{
    private const int FolderId = 1100;
    private static readonly Guid Folder = Guid.NewGuid();
    private static readonly Guid Record = Guid.NewGuid();

    private readonly PublishedTestSite _site = new();
    private readonly IPublishedContentCache _cache;
    private readonly TestUmbracoContexts _contexts = new();
    private readonly TestPublicAccess _access = new();
    private readonly UrlProvider _urls;
    private readonly UmbracoContentLookup _lookup;

    public UmbracoContentLookupTests()
    {
        _cache = _site.Cache;
        var routes = Substitute.For<IUrlProvider>();
        routes.GetUrl(Arg.Any<IPublishedContent>(), Arg.Any<UrlMode>(), Arg.Any<string?>(), Arg.Any<Uri>())
            .Returns(call => UrlInfo.AsUrl("/archive/" + call.ArgAt<IPublishedContent>(0).Name.ToLowerInvariant().Replace(' ', '-') + "/", "test"));
        _urls = new UrlProvider(
            _contexts.Accessor,
            Options.Create(new WebRoutingSettings()),
            new UrlProviderCollection(() => [routes]),
            new MediaUrlProviderCollection(() => []),
            new ThreadCultureVariationContextAccessor(),
            _site.Navigation,
            Substitute.For<IPublishedContentStatusFilteringService>());
        _lookup = new UmbracoContentLookup(_cache, _site.Navigation, _urls, _contexts, _access.Service);

        Add(Folder, FolderId, null, T.ArchiveFolder, "Korean War");
        Add(Record, 1101, Folder, T.ArchivalDocument, "On the Korean Question");
    }

    [Fact]
    public void Umbracos_url_provider_throws_without_an_UmbracoContext()
    {
        // The fixture reproduces Umbraco: outside a request, UrlProvider.GetUrl has no context to read the current URL from.
        Assert.Throws<InvalidOperationException>(() => _urls.GetUrl(_site[Record], UrlMode.Relative));
    }

    [Fact]
    public void A_route_is_built_outside_a_request_in_an_UmbracoContext_the_lookup_ensures_and_then_removes()
    {
        var item = _lookup.Published.Find(Record);

        Assert.Equal("/archive/on-the-korean-question/", item?.RoutePath);
        Assert.Equal(1, _contexts.Created);
        Assert.False(_contexts.Accessor.TryGetUmbracoContext(out _));
    }

    [Fact]
    public void Inside_a_request_or_a_held_context_the_existing_UmbracoContext_is_reused()
    {
        using (_lookup.EnsureContext())
        {
            Assert.NotNull(_lookup.Published.Find(Record));
            Assert.NotNull(_lookup.Published.Find(Folder));
        }

        Assert.Equal(1, _contexts.Created);
        Assert.False(_contexts.Accessor.TryGetUmbracoContext(out _));
    }

    [Fact]
    public void A_draft_resolves_in_preview_and_never_outside_it()
    {
        // IPublishedContentCache.GetById(bool preview, Guid key): the draft is there only when preview is asked for.
        var draft = Guid.NewGuid();
        Add(draft, 1102, Folder, T.ArchivalDocument, "A draft record", draft: true);

        Assert.Null(_lookup.Published.Find(draft));
        Assert.Null(_lookup.Public.Find(draft));
        Assert.Equal("A draft record", _lookup.Preview.Find(draft)?.Name);
    }

    [Fact]
    public void The_public_view_leaves_out_member_protected_content_and_everything_below_it()
    {
        // PublicAccessService.IsProtected(path): an entry on an ancestor in the path protects the item.
        _access.Protect(FolderId);

        Assert.Null(_lookup.Public.Find(Record));
        Assert.Empty(_lookup.Public.OfType(T.ArchivalDocument));
        Assert.NotNull(_lookup.Published.Find(Record));

        _access.Open(FolderId);

        Assert.NotNull(_lookup.Public.Find(Record));
    }

    [Fact]
    public void Listing_one_type_reads_only_the_nodes_of_that_type_from_the_cache()
    {
        for (var i = 0; i < 20; i++)
        {
            Add(Guid.NewGuid(), 2000 + i, Folder, T.ArchivalDocument, "Record " + i);
        }

        var post = Guid.NewGuid();
        Add(post, 3000, null, T.BlogPost, "A post");
        _cache.ClearReceivedCalls();

        var posts = _lookup.Published.OfType(T.BlogPost).ToList();

        Assert.Equal([post], posts.Select(p => p.Key));
        _cache.Received(1).GetById(Arg.Any<bool>(), Arg.Any<Guid>());
    }

    private void Add(Guid key, int id, Guid? parent, string type, string name, bool draft = false) =>
        _site.Add(type, name, key, parent, id, draft: draft);
}
