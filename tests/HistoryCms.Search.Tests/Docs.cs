namespace HistoryCms.Search.Tests;

/// <summary>Builds search documents for tests: invented content, only what a test needs set.</summary>
internal static class Docs
{
    public const string Post = "historyBlogPost";
    public const string Document = "historyArchivalDocument";

    public static SearchDocument Make(
        string title,
        string body = "",
        string type = Document,
        string language = "en",
        SearchDate? date = null,
        Guid? id = null) =>
        new()
        {
            Id = id ?? Guid.NewGuid(),
            Type = type,
            Title = title,
            Body = body,
            TextLanguage = language,
            Date = date,
            Route = "/archive/" + title.ToLowerInvariant().Replace(' ', '-') + "/",
        };

    public static async Task<(SiteIndex Index, LuceneSiteSearch Search)> InMemory(params SearchDocument[] documents)
    {
        var index = SiteIndex.InMemory();
        await index.IndexAsync(documents, TestContext.Current.CancellationToken);
        return (index, new LuceneSiteSearch(index));
    }

    public static SiteSearchResponse Find(this LuceneSiteSearch search, string? query, Func<SiteSearchRequest, SiteSearchRequest>? adjust = null)
    {
        var request = new SiteSearchRequest { Query = query };
        return search.Search(adjust is null ? request : adjust(request));
    }

    public static List<string> Titles(this SiteSearchResponse response) => [.. response.Results.Select(r => r.Title)];
}
