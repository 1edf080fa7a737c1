using HistoryCms.Core.Citations;
using HistoryCms.Core.Content;
using A = HistoryCms.Core.HistoryAliases;
using P = HistoryCms.Core.HistoryAliases.Properties;

namespace HistoryCms.Core.Tests.Citations;

/// <summary>What every host's citation settings resolver builds on: the site root's archive name over the host's settings, and one URL per page.</summary>
public sealed class CitationSettingsTests
{
    private static readonly Guid Root = new("10000000-0000-4000-8000-000000000001");
    private static readonly Guid Folder = new("10000000-0000-4000-8000-000000000002");
    private static readonly Guid Record = new("10000000-0000-4000-8000-000000000003");
    private static readonly CitationStyleOptions Host = new() { ArchiveName = "History", Publisher = "Wilson Center", SiteBaseUrl = new Uri("https://example.org/") };

    private static TestContent Site(string? archiveName = " Wilson Center ")
    {
        var content = new TestContent();
        content.Add(Item(Root, A.ContentTypes.SiteRoot, null, "/", new() { [P.CollectionName] = archiveName }));
        content.Add(Item(Folder, A.ContentTypes.ArchiveFolder, Root, "/archive/", []));
        content.Add(Item(Record, A.ContentTypes.ArchivalDocument, Folder, "/archive/record/", new() { [P.Source] = "RGANI, f. 5, op. 49, d. 131, ll. 193-194." }));
        return content;
    }

    private static ContentItem Item(Guid key, string type, Guid? parent, string path, Dictionary<string, string?> values) =>
        new(key, type, key.ToString("N")[..8], parent, 0, path.Count(c => c == '/'), DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, path, values);

    [Fact]
    public void An_items_site_root_names_the_archive_over_the_hosts_own_settings()
    {
        var settings = CitationSettings.ForSite(Site(), Record, Host, _ => null);

        Assert.Equal(Host with { ArchiveName = "Wilson Center" }, settings.Style);
        Assert.Equal("Wilson Center Digital Archive", settings.Style.ArchiveLabel);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public void A_site_root_without_an_archive_name_keeps_the_hosts(string? archiveName)
    {
        Assert.Equal(Host, CitationSettings.ForSite(Site(archiveName), Record, Host, _ => null).Style);
    }

    [Fact]
    public void An_item_outside_any_site_root_or_not_found_gets_the_hosts_settings()
    {
        var content = Site();
        var orphan = Item(Guid.NewGuid(), A.ContentTypes.ArchivalDocument, null, "/orphan/", []);
        content.Add(orphan);

        Assert.Equal(Host, CitationSettings.ForSite(content, orphan.Key, Host, _ => null).Style);
        Assert.Equal(Host, CitationSettings.ForSite(content, Guid.NewGuid(), Host, _ => null).Style);
    }

    [Fact]
    public void Without_an_item_the_first_site_root_is_meant()
    {
        Assert.Equal("Wilson Center", CitationSettings.ForSite(Site(), null, Host, _ => null).Style.ArchiveName);
        Assert.Equal(Host, CitationSettings.ForSite(new TestContent(), null, Host, _ => null).Style);
    }

    [Fact]
    public void A_page_and_a_cited_document_get_the_hosts_url_for_them()
    {
        var settings = CitationSettings.ForSite(Site(), Record, Host, item => "https://archive.example.org" + item.RoutePath);

        Assert.Equal("https://archive.example.org/archive/record/", settings.UrlOf(Site().Find(Record)!));
        Assert.Equal("https://archive.example.org/archive/record/", settings.Documents.Find(Record)?.Url);
        Assert.Null(settings.Documents.Find(Folder));
    }

    [Fact]
    public void A_page_the_host_has_no_url_for_is_its_route_on_the_site_address_as_a_cited_document_prints()
    {
        var settings = CitationSettings.ForSite(Site(), Record, Host, _ => null);
        var document = settings.Documents.Find(Record)!;

        Assert.Equal("https://example.org/archive/record/", settings.UrlOf(Site().Find(Record)!));
        Assert.Null(document.Url);
        Assert.Equal("https://example.org/archive/record/", settings.Style.UrlOf(document));
        Assert.Null(CitationSettings.ForSite(Site(), Record, Host with { SiteBaseUrl = null }, _ => null).UrlOf(Site().Find(Record)!));
    }
}
