using HistoryCms.Core.Search;

namespace HistoryCms.Web.Tests.TestSupport;

/// <summary>A canned search (the Lucene engine has its own tests): two hits on a page of 45, three facets, a hostile snippet.</summary>
internal sealed class FakeArchiveSearch : IArchiveSearch
{
    public const string BadQuery = "\"broken";

    public ArchiveSearchRequest? LastRequest { get; private set; }

    public Task<ArchiveSearchResponse> SearchAsync(ArchiveSearchRequest request, CancellationToken cancellationToken = default)
    {
        LastRequest = request;
        if (request.Query == BadQuery)
        {
            throw new SearchQueryException("The quotation mark before \"broken\" is never closed.");
        }

        ArchiveSearchHit[] hits =
        [
            new(SampleSite.Post, "historyBlogPost", "Failed Diplomacy: Soviet-American Relations and the Division of Korea", null,
                "/posts/failed-diplomacy-soviet-american-relations-and-the-division-of-korea/", 2.5f,
                "… <mark>Vyshinsky</mark> did as ordered <script>alert(1)</script><b onclick=\"x()\">bold</b> …"),
            new(SampleSite.VyshinskySpeech, "historyArchivalDocument", "Speech by Andrei Vyshinsky at the United Nations General Assembly", new ArchiveSearchDate("1947-09-18", ArchiveSearchDate.Day, "September 18, 1947"),
                "javascript:alert(1)", 1.5f, null),
        ];
        ArchiveSearchFacet[] facets =
        [
            new(ArchiveSearchFields.Type, [new("historyBlogPost", "Post", 30), new("historyArchivalDocument", "Archival document", 15)]),
            new(ArchiveSearchFields.Program, [new(SampleSite.Happ.ToString(), "History and Public Policy Program", 45)]),
            new(ArchiveSearchFields.Language, [new("ru", "Russian", 10)]),
            new(ArchiveSearchFields.Subject, []),
        ];
        return Task.FromResult(new ArchiveSearchResponse(45, request.Page, request.PageSize, hits, facets, request.Query?.Contains('\u0001', StringComparison.Ordinal) == true ? ["Control characters were removed."] : []));
    }
}
