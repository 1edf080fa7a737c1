using HistoryCms.Core.Content;
using HistoryCms.Import.LegacyPosts;
using A = HistoryCms.Core.HistoryAliases.ContentTypes;
using P = HistoryCms.Core.HistoryAliases.Properties;

namespace HistoryCms.Import.Tests.LegacyPosts;

/// <summary>Which hand-made post an imported post is the same article as: title, then publish date when both have one.</summary>
public class ExistingPostsTests
{
    private const string Url = "https://www.wilsoncenter.org/blog-post/failed-diplomacy";

    public static TheoryData<string, string?, string?, string?> Cases => new()
    {
        // imported title, imported date, existing post's date, the match's reason (null: no match)
        { "Failed Diplomacy", "2020-06-18T00:00:00", "2020-06-18T00:00:00", "by title and date (both published 2020-06-18)" },
        { "  failed   DIPLOMACY ", "2020-06-18T00:00:00", "2020-06-18T00:00:00", "by title and date (both published 2020-06-18)" },
        { "Failed Diplomacy", null, null, "by title (the imported page gives no publish date to compare)" },
        { "Failed Diplomacy", "2020-06-18T00:00:00", null, "by title (the existing post has no publish date to compare with 2020-06-18)" },
        { "Failed Diplomacy", null, "2020-06-18T00:00:00", "by title (the imported page gives no publish date to compare)" },
        { "Failed Diplomacy", "2020-06-18T00:00:00", "2019-01-02T00:00:00", null },
        { "Failed Diplomacy in Korea", "2020-06-18T00:00:00", "2020-06-18T00:00:00", null },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_post_matches_on_its_title_and_on_its_date_when_both_have_one(string title, string? date, string? existingDate, string? reason)
    {
        var existing = Post(Guid.NewGuid(), "Failed Diplomacy", existingDate);
        var findings = new List<ImportFinding>();

        var match = new ExistingPosts([new(existing, "Content/failed-diplomacy.config")]).Match(Post(ImportKeys.PostKey(Url), title, date), Url, "post.html", findings);

        Assert.Equal(reason is null ? null : existing.Key, match?.Item.Key);
        if (reason is not null)
        {
            var finding = Assert.Single(findings);
            Assert.Equal(("post.html", Url, "name", FindingKind.Guessed), (finding.File, finding.Location, finding.Field, finding.Kind));
            Assert.Contains($"(Content/failed-diplomacy.config, key {existing.Key:D}) {reason}", finding.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Two_hand_made_posts_of_the_title_match_neither_and_both_are_named()
    {
        var findings = new List<ImportFinding>();
        var posts = new ExistingPosts([new(Post(Guid.NewGuid(), "Failed Diplomacy", null), "Content/a.config"), new(Post(Guid.NewGuid(), "Failed Diplomacy", null), "Content/b.config")]);

        Assert.Null(posts.Match(Post(ImportKeys.PostKey(Url), "Failed Diplomacy", null), Url, "post.html", findings));
        var finding = Assert.Single(findings);
        Assert.Equal(FindingKind.Flagged, finding.Kind);
        Assert.Contains("2 posts titled \"Failed Diplomacy\" (Content/a.config, Content/b.config)", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_hand_made_post_is_matched_by_one_imported_post_only()
    {
        var findings = new List<ImportFinding>();
        var posts = new ExistingPosts([new(Post(Guid.NewGuid(), "Failed Diplomacy", null), "Content/a.config")]);
        const string other = "https://www.wilsoncenter.org/blog-post/failed-diplomacy-2";

        Assert.NotNull(posts.Match(Post(ImportKeys.PostKey(Url), "Failed Diplomacy", null), Url, "post.html", findings));
        Assert.Null(posts.Match(Post(ImportKeys.PostKey(other), "Failed Diplomacy", null), other, "copy.txt", findings));

        Assert.Equal([FindingKind.Guessed, FindingKind.Flagged], findings.Select(f => f.Kind));
        Assert.Contains($"but {Url} was matched to it in this run", findings[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_hand_made_post_with_the_derived_key_is_left_to_the_planner_which_finds_it_by_key()
    {
        var findings = new List<ImportFinding>();
        var posts = new ExistingPosts([new(Post(ImportKeys.PostKey(Url), "Failed Diplomacy", null), "Content/a.config"), new(Post(Guid.NewGuid(), "Failed Diplomacy", null), "Content/b.config")]);

        Assert.Null(posts.Match(Post(ImportKeys.PostKey(Url), "Failed Diplomacy", null), Url, "post.html", findings));
        Assert.Empty(findings);
    }

    private static ContentItem Post(Guid key, string title, string? publishDate) =>
        new(key, A.BlogPost, title, Guid.Empty, 0, 3, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, string.Empty,
            new Dictionary<string, string?> { [P.PublishDate] = publishDate });
}
