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

    private readonly TestPublishedContent _content = TestPublishedContent.Sample();

    private UmbracoCitationSources Sources(CitationStyleOptions? defaults = null)
    {
        _content.Add(RootKey, HistoryAliases.DocumentTypes.SiteRoot, "History", new() { [HistoryAliases.Properties.CollectionName] = " Wilson Center " });
        _content.Navigation.TryGetAncestorsOrSelfKeys(TestPublishedContent.PostKey, out Arg.Any<IEnumerable<Guid>>())
            .Returns(call =>
            {
                call[1] = new[] { TestPublishedContent.PostKey, Guid.NewGuid(), RootKey };
                return true;
            });
        _content.Urls.GetUrl(Arg.Any<Guid>(), Arg.Any<UrlMode>(), Arg.Any<string?>(), Arg.Any<Uri?>())
            .Returns(call => call.ArgAt<UrlMode>(1) == UrlMode.Absolute ? $"https://archive.example.org/{call.ArgAt<Guid>(0):N}/" : "#");
        return new UmbracoCitationSources(_content.Lookup, _content.Cache, _content.Navigation, _content.Urls, defaults);
    }

    [Fact]
    public void Finds_cited_documents_with_their_absolute_urls_and_drafts_only_in_preview()
    {
        var sources = Sources();

        var document = sources.Documents(preview: false).Find(TestPublishedContent.RecordKey)!;

        Assert.Equal("On the Korean Question", document.Title);
        Assert.Equal($"https://archive.example.org/{TestPublishedContent.RecordKey:N}/", document.Url);
        Assert.Equal("RGANI, f. 5, op. 49, d. 131, ll. 193–194", document.Reference?.Text);
        Assert.Equal(["Gary Goldberg"], document.Translators);
        Assert.Null(sources.Documents(preview: false).Find(TestPublishedContent.DraftKey));
        Assert.NotNull(sources.Documents(preview: true).Find(TestPublishedContent.DraftKey));
        Assert.Null(sources.Documents(preview: true).Find(TestPublishedContent.PostKey));
    }

    [Fact]
    public void Builds_a_cited_documents_url_outside_a_request_through_Umbracos_url_provider()
    {
        // The real UrlProvider (Core 17.8.1) reads the document and the current URL from the UmbracoContext
        // (GetRequiredUmbracoContext() in src/Umbraco.Core/Routing/UrlProvider.cs@release/17.4.2); Examine indexing and
        // subscriber servers' cache refreshes have none.
        _content.Cache.GetById(Arg.Any<Guid>()).Returns(call => _content.Cache.GetById(false, call.ArgAt<Guid>(0)));
        var contexts = new TestUmbracoContexts { Content = _content.Cache };
        var routes = Substitute.For<IUrlProvider>();
        routes.GetUrl(Arg.Any<IPublishedContent>(), Arg.Any<UrlMode>(), Arg.Any<string?>(), Arg.Any<Uri>())
            .Returns(call => UrlInfo.AsUrl($"https://archive.example.org/{call.ArgAt<IPublishedContent>(0).Key:N}/", "test"));
        var urls = new UrlProvider(
            contexts.Accessor,
            Options.Create(new WebRoutingSettings()),
            new UrlProviderCollection(() => [routes]),
            new MediaUrlProviderCollection(() => []),
            new ThreadCultureVariationContextAccessor(),
            _content.Navigation,
            Substitute.For<IPublishedContentStatusFilteringService>());
        var lookup = new UmbracoContentLookup(_content.Cache, _content.Navigation, urls, contexts, _content.PublicAccess);
        var sources = new UmbracoCitationSources(lookup, _content.Cache, _content.Navigation, urls);

        var document = sources.Documents(preview: false).Find(TestPublishedContent.RecordKey);

        Assert.Equal($"https://archive.example.org/{TestPublishedContent.RecordKey:N}/", document?.Url);
        Assert.False(contexts.Accessor.TryGetUmbracoContext(out _));
    }

    [Fact]
    public void Takes_the_archive_name_from_the_site_root_of_the_post()
    {
        var post = Substitute.For<IPublishedElement>();
        post.Key.Returns(TestPublishedContent.PostKey);

        var options = Sources().Options(post, preview: false);

        Assert.Equal("Wilson Center Digital Archive", options.ArchiveLabel);
    }

    [Fact]
    public void Prints_a_plain_digital_archive_without_a_site_root()
    {
        var orphan = Substitute.For<IPublishedElement>();
        orphan.Key.Returns(Guid.NewGuid());

        Assert.Equal("Digital Archive", Sources().Options(orphan, preview: false).ArchiveLabel);
        Assert.Equal(new CitationStyleOptions(), Sources().DefaultOptions(preview: true));
    }

    [Fact]
    public void Keeps_the_sites_own_citation_settings_under_the_archive_name_of_the_site_root()
    {
        var post = Substitute.For<IPublishedElement>();
        post.Key.Returns(TestPublishedContent.PostKey);
        var orphan = Substitute.For<IPublishedElement>();
        orphan.Key.Returns(Guid.NewGuid());
        var site = new CitationStyleOptions { Publisher = "Wilson Center", DigitalArchiveUrl = true, ArchiveName = "History" };

        var options = Sources(site).Options(post, preview: false);

        Assert.Equal(site with { ArchiveName = "Wilson Center" }, options);
        Assert.Equal(site, Sources(site).Options(orphan, preview: false));
    }
}
