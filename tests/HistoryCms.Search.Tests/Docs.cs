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

    public static async Task<(ArchiveIndex Index, LuceneArchiveSearch Search)> InMemory(params SearchDocument[] documents)
    {
        var index = ArchiveIndex.InMemory();
        await index.IndexAsync(documents, TestContext.Current.CancellationToken);
        return (index, new LuceneArchiveSearch(index));
    }

    public static ArchiveSearchResponse Find(this LuceneArchiveSearch search, string? query, Func<ArchiveSearchRequest, ArchiveSearchRequest>? adjust = null)
    {
        var request = new ArchiveSearchRequest { Query = query };
        return search.Search(adjust is null ? request : adjust(request));
    }

    public static List<string> Titles(this ArchiveSearchResponse response) => [.. response.Results.Select(r => r.Title)];
}
