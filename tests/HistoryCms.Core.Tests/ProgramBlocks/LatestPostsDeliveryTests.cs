using HistoryCms.Core.Content;
using HistoryCms.Core.ProgramBlocks;
using HistoryCms.Core.ProgramBlocks.Delivery;
using HistoryCms.Core.ProgramBlocks.Kinds;

namespace HistoryCms.Core.Tests.ProgramBlocks;

public class LatestPostsDeliveryTests
{
    private readonly SampleSite _site = new();
    private readonly ContentItem _nkidp;
    private readonly ContentItem _other;
    private readonly ContentItem _kraus;

    public LatestPostsDeliveryTests()
    {
        _nkidp = _site.Content.Find(Guid.Parse(SampleSite.Nkidp))!;
        _kraus = _site.Content.Find(Guid.Parse(SampleSite.Kraus))!;
        _other = _site.Content.Program("Another Program");
    }

    private LatestPostsBlockContent Deliver(string content, ContentItem? program = null)
    {
        var value = $$$"""{"v":2,"blocks":[{"key":"0d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a","kind":"latestPosts","content":{{{content}}}}]}""";
        var context = _site.Mapping with { Program = program ?? _site.Program };
        return Assert.IsType<LatestPostsBlockContent>(Assert.Single(new ProgramBlockDelivery(ProgramBlockKindCollection.BuiltIn).Map(ProgramBlockList.Parse(value), context)).Content);
    }

    [Fact]
    public void The_newest_posts_of_the_program_come_first_by_publish_date_or_else_creation_date()
    {
        _site.Content.Post("Failed Diplomacy", [_site.Program], "2024-05-01 00:00:00", authors: [_kraus], standfirst: "Soviet-American relations.");
        _site.Content.Post("Undated but new", [_site.Program], created: new DateTimeOffset(2024, 5, 20, 0, 0, 0, TimeSpan.Zero));
        _site.Content.Post("Old", [_site.Program], "2020-01-01 00:00:00");
        _site.Content.Post("Elsewhere", [_other], "2024-05-30 00:00:00");

        var content = Deliver("""{"count":2}""");

        Assert.Equal(["Undated but new", "Failed Diplomacy"], content.Posts.Select(p => p.Name));
        Assert.Equal(new DateTimeOffset(2024, 5, 1, 0, 0, 0, TimeSpan.Zero), content.Posts[1].Date);
        Assert.Equal("Charles Kraus", Assert.Single(content.Posts[1].Authors).Name);
        Assert.Equal("Soviet-American relations.", content.Posts[1].Standfirst);
    }

    [Fact]
    public void Posts_of_the_projects_count_only_when_asked()
    {
        _site.Content.Post("Program post", [_site.Program], "2024-01-01 00:00:00");
        _site.Content.Post("Project post", [_nkidp], "2024-02-01 00:00:00");

        Assert.Equal(["Program post"], Deliver("""{"count":5}""").Posts.Select(p => p.Name));
        Assert.Equal(["Project post", "Program post"], Deliver("""{"count":5,"includeProjects":true}""").Posts.Select(p => p.Name));
    }

    [Fact]
    public void Posts_dated_after_now_wait_for_their_date()
    {
        _site.Content.Post("Tomorrow", [_site.Program], "2024-06-02 00:00:00");
        _site.Content.Post("Today", [_site.Program], "2024-06-01 00:00:00");

        Assert.Equal(["Today"], Deliver("{}").Posts.Select(p => p.Name));
    }

    [Fact]
    public void The_count_defaults_to_three_and_a_stored_count_out_of_bounds_is_clamped()
    {
        for (var day = 1; day <= 30; day++)
        {
            _site.Content.Post($"Post {day}", [_site.Program], $"2024-04-{day:00} 00:00:00");
        }

        Assert.Equal(3, Deliver("{}").Posts.Count);
        Assert.Equal(LatestPostsBlockKind.MaxCount, Deliver("""{"count":1000}""").Posts.Count);
        Assert.Single(Deliver("""{"count":-4}""").Posts);
    }

    [Fact]
    public void Without_a_program_the_block_has_no_posts()
    {
        _site.Content.Post("Program post", [_site.Program], "2024-01-01 00:00:00");
        var value = """{"v":2,"blocks":[{"key":"0d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a","kind":"latestPosts","content":{}}]}""";

        var block = Assert.Single(new ProgramBlockDelivery(ProgramBlockKindCollection.BuiltIn).Map(ProgramBlockList.Parse(value), _site.Mapping with { Program = null }));

        Assert.Empty(Assert.IsType<LatestPostsBlockContent>(block.Content).Posts);
    }
}
