using HistoryCms.Core.Search;

namespace HistoryCms.Web.Tests.TestSupport;

/// <summary>A canned search (the Lucene engine has its own tests): two hits on a page of 45, three facets, a hostile snippet.</summary>
internal sealed class FakeSiteSearch : ISiteSearch
{
    public const string BadQuery = "\"broken";

    public SiteSearchRequest? LastRequest { get; private set; }

    public Task<SiteSearchResponse> SearchAsync(SiteSearchRequest request, CancellationToken cancellationToken = default)
    {
        LastRequest = request;
        if (request.Query == BadQuery)
        {
            throw new SearchQueryException("The quotation mark before \"broken\" is never closed.");
        }

        SiteSearchHit[] hits =
        [
            new(SampleSite.Post, "historyBlogPost", "Failed Diplomacy: Soviet-American Relations and the Division of Korea", null,
                "/posts/failed-diplomacy-soviet-american-relations-and-the-division-of-korea/", 2.5f,
                "… <mark>Vyshinsky</mark> did as ordered <script>alert(1)</script><b onclick=\"x()\">bold</b> …"),
            new(SampleSite.VyshinskySpeech, "historyArchivalDocument", "Speech by Andrei Vyshinsky at the United Nations General Assembly", new SiteSearchDate("1947-09-18", SiteSearchDate.Day, "September 18, 1947"),
                "javascript:alert(1)", 1.5f, null),
        ];
        SiteSearchFacet[] facets =
        [
            new(SiteSearchFields.Type, [new("historyBlogPost", "Post", 30), new("historyArchivalDocument", "Archival document", 15)]),
            new(SiteSearchFields.Program, [new(SampleSite.Happ.ToString(), "History and Public Policy Program", 45)]),
            new(SiteSearchFields.Language, [new("ru", "Russian", 10)]),
            new(SiteSearchFields.Subject, []),
        ];
        return Task.FromResult(new SiteSearchResponse(45, request.Page, request.PageSize, hits, facets, request.Query?.Contains('\u0001', StringComparison.Ordinal) == true ? ["Control characters were removed."] : []));
    }
}
