using HistoryCms.Core;
using HistoryCms.Core.Citations;
using HistoryCms.Umbraco.ContentLookup;
using HistoryCms.Umbraco.PropertyEditors.DocumentCitations;
using HistoryCms.Umbraco.Tests.TestSupport;
using Microsoft.Extensions.Options;
using NSubstitute;
using Umbraco.Cms.Core.Configuration.Models;
using Umbraco.Cms.Core.Models.PublishedContent;
using Umbraco.Cms.Core.Routing;
using Umbraco.Cms.Core.Services.Navigation;

namespace HistoryCms.Umbraco.Tests.PropertyEditors.DocumentCitations;

public sealed class UmbracoCitationSourcesTests
{
    private static readonly Guid RootKey = new("f57baa12-0000-4000-8000-000000000001");

    private readonly UmbracoSite _content = new();

    public UmbracoCitationSourcesTests()
    {
        var site = _content.Published;
        site.Add(HistoryAliases.ContentTypes.SiteRoot, "History", RootKey, values: (HistoryAliases.Properties.CollectionName, " Wilson Center "));
        var folder = site.Add(HistoryAliases.ContentTypes.ArchiveFolder, "Korean War", parent: RootKey);
        site.Add(HistoryAliases.ContentTypes.ArchivalDocument, "On the Korean Question", UmbracoSite.RecordKey, folder.Key,
            values: (HistoryAliases.Properties.Source, "RGANI, f. 5, op. 49, d. 131, ll. 193-194. Translated by Gary Goldberg."));
        site.Add(HistoryAliases.ContentTypes.ArchivalDocument, "Record of Conversation with Mao Zedong", UmbracoSite.DraftKey, folder.Key, draft: true);
        site.Add(HistoryAliases.ContentTypes.BlogPost, "Failed Diplomacy", UmbracoSite.PostKey, RootKey);
        site.Urls.GetUrl(Arg.Any<Guid>(), Arg.Any<UrlMode>(), Arg.Any<string?>(), Arg.Any<Uri?>())
            .Returns(call => call.ArgAt<UrlMode>(1) == UrlMode.Absolute ? $"https://archive.example.org/{call.ArgAt<Guid>(0):N}/" : "#");
    }

    private UmbracoCitationSources Sources(CitationStyleOptions? defaults = null) => new(_content.Lookup, _content.Published.Urls, defaults);

    [Fact]
    public void Finds_cited_documents_with_their_absolute_urls_and_drafts_only_in_preview()
    {
        var sources = Sources();
        var published = sources.Resolve(_content.Lookup.Published, UmbracoSite.PostKey).Documents;
        var preview = sources.Resolve(_content.Lookup.Preview, UmbracoSite.PostKey).Documents;

        var document = published.Find(UmbracoSite.RecordKey)!;

        Assert.Equal("On the Korean Question", document.Title);
        Assert.Equal($"https://archive.example.org/{UmbracoSite.RecordKey:N}/", document.Url);
        Assert.Equal("RGANI, f. 5, op. 49, d. 131, ll. 193–194", document.Reference?.Text);
        Assert.Equal(["Gary Goldberg"], document.Translators);
        Assert.Null(published.Find(UmbracoSite.DraftKey));
        Assert.NotNull(preview.Find(UmbracoSite.DraftKey));
        Assert.Null(preview.Find(UmbracoSite.PostKey));
    }

    [Fact]
    public void A_page_has_the_absolute_url_umbraco_gives_it_and_one_without_a_url_has_none()
    {
        var sources = Sources();
        var settings = sources.Resolve(_content.Lookup.Published, UmbracoSite.PostKey);

        Assert.Equal($"https://archive.example.org/{UmbracoSite.PostKey:N}/", settings.UrlOf(_content.Lookup.Published.Find(UmbracoSite.PostKey)!));
        _content.Published.Urls.GetUrl(UmbracoSite.PostKey, UrlMode.Absolute, Arg.Any<string?>(), Arg.Any<Uri?>()).Returns("#");
        Assert.Null(settings.UrlOf(_content.Lookup.Published.Find(UmbracoSite.PostKey)!));
    }

    [Fact]
    public void Builds_a_cited_documents_url_outside_a_request_through_Umbracos_url_provider()
    {
        // The real UrlProvider (Core 17.8.1) reads the document and the current URL from the UmbracoContext
        // (GetRequiredUmbracoContext() in src/Umbraco.Core/Routing/UrlProvider.cs@release/17.4.2); Examine indexing and
        // subscriber servers' cache refreshes have none.
        _content.Published.Cache.GetById(Arg.Any<Guid>()).Returns(call => _content.Published.Cache.GetById(false, call.ArgAt<Guid>(0)));
        var contexts = new TestUmbracoContexts { Content = _content.Published.Cache };
        var routes = Substitute.For<IUrlProvider>();
        routes.GetUrl(Arg.Any<IPublishedContent>(), Arg.Any<UrlMode>(), Arg.Any<string?>(), Arg.Any<Uri>())
            .Returns(call => UrlInfo.AsUrl($"https://archive.example.org/{call.ArgAt<IPublishedContent>(0).Key:N}/", "test"));
        var urls = new UrlProvider(
            contexts.Accessor,
            Options.Create(new WebRoutingSettings()),
            new UrlProviderCollection(() => [routes]),
            new MediaUrlProviderCollection(() => []),
            new ThreadCultureVariationContextAccessor(),
            _content.Published.Navigation,
            Substitute.For<IPublishedContentStatusFilteringService>());
        var lookup = new UmbracoContentLookup(_content.Published.Cache, _content.Published.Navigation, urls, contexts, _content.PublicAccess);
        var sources = new UmbracoCitationSources(lookup, urls);

        var document = sources.Resolve(lookup.Published, itemKey: null).Documents.Find(UmbracoSite.RecordKey);

        Assert.Equal($"https://archive.example.org/{UmbracoSite.RecordKey:N}/", document?.Url);
        Assert.False(contexts.Accessor.TryGetUmbracoContext(out _));
    }

    [Fact]
    public void Takes_the_archive_name_from_the_site_root_of_the_post()
    {
        var options = Sources().Resolve(_content.Lookup.Published, UmbracoSite.PostKey).Style;

        Assert.Equal("Wilson Center Digital Archive", options.ArchiveLabel);
    }

    [Fact]
    public void Prints_a_plain_digital_archive_without_a_site_root()
    {
        Assert.Equal("Digital Archive", Sources().Resolve(_content.Lookup.Published, Guid.NewGuid()).Style.ArchiveLabel);
        var rootless = new UmbracoSite();
        Assert.Equal(new CitationStyleOptions(), new UmbracoCitationSources(rootless.Lookup, rootless.Published.Urls).Resolve(rootless.Lookup.Preview, itemKey: null).Style);
    }

    [Fact]
    public void Keeps_the_sites_own_citation_settings_under_the_archive_name_of_the_site_root()
    {
        var site = new CitationStyleOptions { Publisher = "Wilson Center", DigitalArchiveUrl = true, ArchiveName = "History" };

        var options = Sources(site).Resolve(_content.Lookup.Published, UmbracoSite.PostKey).Style;

        Assert.Equal(site with { ArchiveName = "Wilson Center" }, options);
        Assert.Equal(site, Sources(site).Resolve(_content.Lookup.Published, Guid.NewGuid()).Style);
    }
}
