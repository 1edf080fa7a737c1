using HistoryCms.Core.Citations;
using HistoryCms.Server.Snapshot;
using HistoryCms.Web.Citations;
using Microsoft.AspNetCore.Http;

namespace HistoryCms.Server.Tests.Delivery;

/// <summary>
/// <see cref="ICitationSettingsResolver.SiteBaseUrl"/>, which the delivery server checks every kept item rendering against,
/// answers what <see cref="ICitationSettingsResolver.Resolve"/>'s settings hold, request after request, as the address of
/// the request changes (the server's resolver keeps the last request address's <see cref="Uri"/>).
/// </summary>
public sealed class SiteBaseUrlTests
{
    private static readonly ContentSnapshot Snapshot = new(TestSite.Items());

    [Fact]
    public void Without_a_configured_address_each_request_gets_its_own_address()
    {
        var accessor = new HttpContextAccessor();
        ICitationSettingsResolver resolver = new SiteRouteCitationSettings(new CitationStyleOptions(), accessor);

        foreach (var (scheme, host, pathBase, expected) in new[]
        {
            ("http", "a.example:8080", "/site", "http://a.example:8080/site/"),
            ("http", "a.example:8080", "/site", "http://a.example:8080/site/"),
            ("https", "b.example", "", "https://b.example/"),
            ("http", "a.example:8080", "", "http://a.example:8080/"),
            ("http", "a.example:8080", "/site", "http://a.example:8080/site/"),
        })
        {
            var context = new DefaultHttpContext();
            context.Request.Scheme = scheme;
            context.Request.Host = new HostString(host);
            context.Request.PathBase = pathBase;
            accessor.HttpContext = context;

            Assert.Equal(new Uri(expected), resolver.SiteBaseUrl(Snapshot, TestSite.FailedDiplomacy));
            Assert.Equal(resolver.Resolve(Snapshot, TestSite.FailedDiplomacy).Style.SiteBaseUrl, resolver.SiteBaseUrl(Snapshot, TestSite.FailedDiplomacy));
        }
    }

    [Fact]
    public void A_configured_address_wins_over_the_request_and_no_request_gives_none()
    {
        var accessor = new HttpContextAccessor { HttpContext = new DefaultHttpContext() };
        accessor.HttpContext.Request.Host = new HostString("elsewhere.example");
        var configured = new Uri("https://archive.example.org/");
        ICitationSettingsResolver resolver = new SiteRouteCitationSettings(new CitationStyleOptions { SiteBaseUrl = configured }, accessor);

        Assert.Equal(configured, resolver.SiteBaseUrl(Snapshot, TestSite.FailedDiplomacy));
        Assert.Equal(configured, resolver.Resolve(Snapshot, TestSite.FailedDiplomacy).Style.SiteBaseUrl);

        ICitationSettingsResolver withoutRequest = new SiteRouteCitationSettings(new CitationStyleOptions(), new HttpContextAccessor());
        Assert.Null(withoutRequest.SiteBaseUrl(Snapshot, null));
        Assert.Null(withoutRequest.Resolve(Snapshot, null).Style.SiteBaseUrl);
    }
}
