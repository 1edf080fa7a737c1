using System.Text.Json.Nodes;
using HistoryCms.Core;
using HistoryCms.Core.Citations;
using HistoryCms.Core.Delivery;
using HistoryCms.Umbraco.ContentLookup;
using HistoryCms.Umbraco.HistoryApi;
using HistoryCms.Umbraco.PropertyEditors.DocumentCitations;
using HistoryCms.Umbraco.Tests.TestSupport;
using HistoryCms.Web.HistoryApi;
using HistoryCms.Web.Rendering;
using HistoryCms.Web.ViewModels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NSubstitute;
using Umbraco.Cms.Core.Configuration.Models;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Models.PublishedContent;
using Umbraco.Cms.Core.PropertyEditors;
using Umbraco.Cms.Core.PublishedCache;
using Umbraco.Cms.Core.Routing;
using Umbraco.Cms.Core.Services;
using Umbraco.Cms.Core.Services.Navigation;
using UmbracoHosting = Umbraco.Cms.Core.Hosting.IHostingEnvironment;

namespace HistoryCms.Umbraco.Tests.PropertyEditors.DocumentCitations;

/// <summary>
/// In an Umbraco site, one cited document has one URL in the Delivery API (the value converter), the History API's JSON
/// and RIS, and the rendered post: the absolute URL Umbraco's real <see cref="UrlProvider"/> and
/// <see cref="NewDefaultUrlProvider"/> (Umbraco.Cms.Core 17.8.1) give it. With a domain assigned to the site root and a
/// request on another host, an absolute URL is on the domain while a relative one drops the domain's host
/// (<c>AssembleUrl</c> in src/Umbraco.Core/Routing/NewDefaultUrlProvider.cs@release/17.4.2), so the request's address
/// plus the relative route, which the pages and the History API used to print, named the wrong host.
/// </summary>
public sealed class CitationUrlParityInUmbracoTests
{
    private const int RootId = 1000;
    private const string DocumentUrl = "http://archive.example.org/archive/on-the-korean-question/";
    private static readonly Guid RootKey = new("f57baa12-0000-4000-8000-000000000001");
    private static readonly Guid Document = UmbracoSite.RecordKey;
    private static readonly Guid Post = UmbracoSite.PostKey;
    private const string CitationKey = "3f2b8c1e-7a4d-4e9b-b1c2-0d9e8f7a6b5c";

    private readonly UmbracoSite _content = new();
    private readonly UrlProvider _urls;

    public CitationUrlParityInUmbracoTests()
    {
        // The site root (the node with the domain) and, under it, the cited record and the post that cites it.
        var site = _content.Published;
        site.Add(HistoryAliases.ContentTypes.SiteRoot, "History", RootKey, id: RootId, values: (HistoryAliases.Properties.CollectionName, "Wilson Center"));
        site.Add(HistoryAliases.ContentTypes.ArchivalDocument, "On the Korean Question", Document, RootKey,
            values: (HistoryAliases.Properties.Source, "RGANI, f. 5, op. 49, d. 131, ll. 193-194. Translated by Gary Goldberg."));
        site.Add(
            HistoryAliases.ContentTypes.BlogPost,
            "Failed Diplomacy",
            Post,
            RootKey,
            values:
            [
                (HistoryAliases.Properties.Body, $"<p>Text<sup data-citation=\"{CitationKey}\"></sup></p>"),
                (HistoryAliases.Properties.Citations, $$"""{"v":1,"citations":[{"key":"{{CitationKey}}","documentKey":"{{Document}}"}]}"""),
            ]);

        // UrlProvider.GetUrl(Guid) reads the item from the UmbracoContext's cache (src/Umbraco.Core/Routing/UrlProvider.cs@release/17.4.2);
        // outside a preview the builder's cache answers published items only.
        var contexts = new TestUmbracoContexts { Content = _content.Published.Cache };

        // The routes Umbraco's document URL service stores: "<id of the node with a domain>/<path>"
        // (GetLegacyRouteFormat, read by NewDefaultUrlProvider.GetUrl); the root has the domain archive.example.org.
        var documentUrls = Substitute.For<IDocumentUrlService>();
        documentUrls.GetLegacyRouteFormat(Document, Arg.Any<string?>(), Arg.Any<bool>()).Returns($"{RootId}/archive/on-the-korean-question");
        documentUrls.GetLegacyRouteFormat(Post, Arg.Any<string?>(), Arg.Any<bool>()).Returns($"{RootId}/posts/failed-diplomacy");
        var domains = Substitute.For<IDomainCache>();
        domains.DefaultCulture.Returns("en-US");
        domains.GetAssigned(RootId, Arg.Any<bool>()).Returns([new Domain(1, "archive.example.org", RootId, "en-US", false, 0)]);
        var languages = Substitute.For<ILanguageService>();
        languages.GetDefaultIsoCodeAsync().Returns("en-US");
        var hosting = Substitute.For<UmbracoHosting>();
        hosting.ApplicationVirtualPath.Returns("/");
        var requestSettings = Substitute.For<IOptionsMonitor<RequestHandlerSettings>>();
        requestSettings.CurrentValue.Returns(new RequestHandlerSettings());
        var routes = new NewDefaultUrlProvider(
            requestSettings,
            NullLogger<NewDefaultUrlProvider>.Instance,
            new SiteDomainMapper(),
            contexts.Accessor,
            new UriUtility(hosting),
            _content.Published.Cache,
            domains,
            Substitute.For<IIdKeyMap>(),
            documentUrls,
            _content.Published.Navigation,
            Substitute.For<IPublishedContentStatusFilteringService>(),
            languages);
        _urls = new UrlProvider(
            contexts.Accessor,
            Options.Create(new WebRoutingSettings()),
            new UrlProviderCollection(() => [routes]),
            new MediaUrlProviderCollection(() => []),
            new ThreadCultureVariationContextAccessor(),
            _content.Published.Navigation,
            Substitute.For<IPublishedContentStatusFilteringService>());
        Lookup = new(_content.Published.Cache, _content.Published.Navigation, _urls, contexts, _content.PublicAccess);
    }

    private UmbracoContentLookup Lookup { get; }

    [Fact]
    public void Umbracos_absolute_url_is_on_the_sites_domain_and_its_relative_url_drops_the_host()
    {
        using (Lookup.EnsureContext())
        {
            Assert.Equal(DocumentUrl, _urls.GetUrl(Document, UrlMode.Absolute));
            Assert.Equal("/archive/on-the-korean-question/", _urls.GetUrl(Document, UrlMode.Relative));
        }
    }

    [Fact]
    public async Task The_delivery_api_the_history_api_the_page_and_RIS_print_the_same_url()
    {
        var resolver = new UmbracoCitationSources(Lookup, _urls);
        await using var app = await Site(resolver);
        using var client = app.GetTestClient();

        var delivery = DeliveryApiCitations(resolver);
        var history = JsonNode.Parse(await client.GetStringAsync(new Uri($"/history/api/v1/posts/{Post}/citations", UriKind.Relative), TestContext.Current.CancellationToken))!;
        var ris = await client.GetStringAsync(new Uri($"/history/api/v1/posts/{Post}/sources.ris", UriKind.Relative), TestContext.Current.CancellationToken);
        var documentRis = await client.GetStringAsync(new Uri($"/history/api/v1/documents/{Document}/citation.ris", UriKind.Relative), TestContext.Current.CancellationToken);
        using var scope = app.Services.CreateScope();
        var graph = scope.ServiceProvider.GetRequiredService<IHistoryGraph>();
        var page = Assert.IsType<BlogPostPageModel>(scope.ServiceProvider.GetRequiredService<IHistoryPageModelBuilder>().BuildForItem(graph.Find(Post)!));

        Assert.Equal(DocumentUrl, Assert.Single(delivery).Document?.Url);
        Assert.EndsWith($", Wilson Center Digital Archive, {DocumentUrl}.", delivery[0].Formatted.Note, StringComparison.Ordinal);
        Assert.Equal(DocumentUrl, history["items"]![0]!["document"]!["url"]!.GetValue<string>());
        Assert.Equal(delivery[0].Formatted.Note, history["items"]![0]!["formatted"]!["note"]!.GetValue<string>());
        Assert.Equal(delivery[0].Formatted.Note, Assert.Single(page.Footnotes.Footnotes).Text);
        Assert.Contains($"UR  - {DocumentUrl}", ris, StringComparison.Ordinal);
        Assert.Contains($"UR  - {DocumentUrl}", documentRis, StringComparison.Ordinal);
        Assert.Contains("http://archive.example.org/posts/failed-diplomacy/", page.CiteBox.Forms[0].Text, StringComparison.Ordinal);
    }

    /// <summary>The post's citations as the Delivery API serializes them: through Umbraco's real property type and the package's converter.</summary>
    private IReadOnlyList<CitationDto> DeliveryApiCitations(ICitationSettingsResolver resolver)
    {
        var dataType = new DataType(UmbracoTestObjects.CitationsEditor(), UmbracoTestObjects.Json) { Id = 11 };
        var dataTypes = Substitute.For<IDataTypeService>();
#pragma warning disable CS0618 // The factory itself still calls the obsolete synchronous lookups.
        dataTypes.GetAll().Returns([dataType]);
        dataTypes.GetAll(Arg.Any<int[]>()).Returns([dataType]);
        dataTypes.GetDataType(11).Returns(dataType);
#pragma warning restore CS0618
        var converters = new PropertyValueConverterCollection(() => [new DocumentCitationsValueConverter(resolver, Lookup)]);
        var propertyType = new PublishedContentTypeFactory(new NoopPublishedModelFactory(), converters, dataTypes)
            .CreatePropertyType(Substitute.For<IPublishedContentType>(), HistoryAliases.Properties.Citations, 11);
        var post = _content.Published.Cache.GetById(false, Post)!;
        var source = post.GetProperty(HistoryAliases.Properties.Citations)!.GetSourceValue();
        var inter = propertyType.ConvertSourceToInter(post, source, false);
        return Assert.IsAssignableFrom<IReadOnlyList<CitationDto>>(propertyType.ConvertInterToDeliveryApiObject(post, PropertyCacheLevel.Element, inter, false, false));
    }

    /// <summary>A site as the README sets one up: the pages registered, the History API mapped, the package's resolver and graph.</summary>
    private async Task<WebApplication> Site(ICitationSettingsResolver resolver)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = Environments.Production });
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        builder.Services.AddHistoryPages();
        builder.Services.AddSingleton(resolver);
        builder.Services.AddSingleton<IHistoryGraph>(new PublishedHistoryGraph(Lookup, _content.Published.Cache, _content.Published.Navigation, Substitute.For<IRelationService>()));
        var app = builder.Build();
        app.MapHistoryApi();
        await app.StartAsync(TestContext.Current.CancellationToken);
        return app;
    }
}
