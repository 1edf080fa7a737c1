using HistoryCms.Search.Contributors;

namespace HistoryCms.Search.Tests.Contributors;

public sealed class SearchDocumentFingerprintTests
{
    private static readonly SearchDocument Document = new()
    {
        Id = Guid.Parse("00000000-0000-0000-0000-00000000b001"),
        Type = "historyArchivalDocument",
        Title = "Cable",
        Body = "Text",
        Subjects = ["ab", "c"],
        Authors = [new SearchLabel("k1", "A. Historian")],
        People = [new SearchPerson("Andrei Vyshinsky", ["Вышинский"])],
        Date = SearchDate.OfYear(1952),
    };

    public static TheoryData<string, SearchDocument> Changes => new()
    {
        { "title", Document with { Title = "Cable 2" } },
        { "list items split differently", Document with { Subjects = ["a", "bc"] } },
        { "author label", Document with { Authors = [new SearchLabel("k1", "B. Historian")] } },
        { "person variant", Document with { People = [new SearchPerson("Andrei Vyshinsky", ["Vyshinskii"])] } },
        { "date precision", Document with { Date = SearchDate.OfMonth(1952, 1) } },
        { "undated", Document with { Date = null } },
        { "ancestors", Document with { Ancestors = [Guid.Empty] } },
        { "repository", Document with { Repository = "RGANI" } },
        { "text language", Document with { TextLanguage = "ru" } },
        { "text moved from body to title", Document with { Title = "CableText", Body = string.Empty } },
    };

    [Fact]
    public void Equal_documents_built_separately_have_the_same_fingerprint()
    {
        var fingerprint = new SearchDocumentFingerprint();
        var copy = Document with { Subjects = [.. Document.Subjects], Authors = [new SearchLabel("k1", "A. Historian")] };

        Assert.Equal(fingerprint.Of(Document), new SearchDocumentFingerprint().Of(copy));
    }

    [Theory]
    [MemberData(nameof(Changes))]
    public void Any_indexed_change_changes_the_fingerprint(string change, SearchDocument changed)
    {
        var fingerprint = new SearchDocumentFingerprint();

        Assert.True(fingerprint.Of(Document) != fingerprint.Of(changed), change);
    }
}
