using HistoryCms.Core.ProgramBlocks;
using HistoryCms.Core.ProgramBlocks.Delivery;
using HistoryCms.Core.ProgramBlocks.Kinds;

namespace HistoryCms.Core.Tests.ProgramBlocks;

public class ProgramBlockKindCollectionTests
{
    [Fact]
    public void The_built_in_kinds_are_the_seven_of_the_value_format_in_catalogue_order()
    {
        Assert.Equal(
            ["richText", "featuredDocuments", "latestPosts", "projectPromos", "people", "callToAction", "documentSearch"],
            ProgramBlockKindCollection.BuiltIn.Select(k => k.Alias));
    }

    [Fact]
    public void Only_latest_posts_is_dynamic_among_the_built_in_kinds()
    {
        Assert.Equal(["latestPosts"], ProgramBlockKindCollection.BuiltIn.Where(k => k.IsDynamic).Select(k => k.Alias));
    }

    [Fact]
    public void Discover_finds_a_sites_internal_kind_after_the_built_in_ones_and_skips_kinds_that_need_services()
    {
        var kinds = ProgramBlockKindCollection.Discover(typeof(ProgramBlockKindCollectionTests).Assembly);

        Assert.Equal([.. ProgramBlockKindCollection.BuiltIn.Select(k => k.Alias), "timeline"], kinds.Select(k => k.Alias));
        Assert.IsType<TimelineBlockKind>(kinds.Find("timeline"));
    }

    [Fact]
    public void Discover_without_assemblies_finds_the_built_in_kinds()
    {
        Assert.Equal(ProgramBlockKindCollection.BuiltIn.Select(k => k.GetType()), ProgramBlockKindCollection.Discover().Select(k => k.GetType()));
    }

    [Fact]
    public void A_discovered_kind_is_validated_and_delivered_like_a_built_in_one()
    {
        var site = new SampleSite();
        var kinds = ProgramBlockKindCollection.Discover(typeof(ProgramBlockKindCollectionTests).Assembly);
        const string value = $$$"""
            {"v":2,"blocks":[{"key":"6f1d2c3b-4a5e-4f6d-8c7b-9a8b7c6d5e4f","kind":"timeline","content":{"events":[
              {"year":1947,"text":"Molotov meets Marshall","document":"{{{SampleSite.Memo}}}"},
              {"year":1948,"text":"Elections in the south","document":"{{{SampleSite.Missing}}}"}]}}]}
            """;

        var messages = new ProgramBlockListValidator(kinds).Validate(value, ProgramBlocksConfiguration.Default, site.Validation);
        var delivered = new ProgramBlockDelivery(kinds).Map(ProgramBlockList.Parse(value), site.Mapping);

        Assert.Equal(["blocks[0].content.events[1].document: Block 1 (Timeline): the document of event 2 does not exist or is not published."], messages.Select(m => m.ToString()));
        var timeline = Assert.IsType<TimelineContent>(Assert.Single(delivered).Content);
        Assert.Equal("Memorandum of Conversation between Molotov and Marshall", timeline.Events[0].Document?.Name);
        Assert.Null(timeline.Events[1].Document);
        Assert.Equal([Guid.Parse(SampleSite.Memo), Guid.Parse(SampleSite.Missing)], kinds.GetReferences(ProgramBlockList.Parse(value)).Select(r => r.Key));
        Assert.Equal("Molotov meets Marshall Elections in the south", kinds.IndexText(ProgramBlockList.Parse(value)));
    }

    [Fact]
    public void Blocks_of_a_kind_the_site_does_not_know_are_kept_in_the_value_but_not_delivered()
    {
        const string value = """{"v":2,"blocks":[{"key":"6f1d2c3b-4a5e-4f6d-8c7b-9a8b7c6d5e4f","kind":"timeline","content":{"events":[]}}]}""";

        Assert.Contains("\"kind\":\"timeline\"", ProgramBlockList.Normalise(value), StringComparison.Ordinal);
        Assert.Empty(new ProgramBlockDelivery(ProgramBlockKindCollection.BuiltIn).Map(ProgramBlockList.Parse(value), new SampleSite().Mapping));
    }

    [Fact]
    public void Two_kinds_with_one_alias_are_refused_naming_both_types()
    {
        var error = Assert.Throws<ArgumentException>(() => new ProgramBlockKindCollection([new RichTextBlockKind(), new KindNeedingAService("richText")]));

        Assert.Contains(typeof(RichTextBlockKind).FullName!, error.Message, StringComparison.Ordinal);
        Assert.Contains(typeof(KindNeedingAService).FullName!, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("rich text")]
    [InlineData("9lives")]
    [InlineData("a.b")]
    public void A_kind_with_an_invalid_alias_is_refused(string alias) =>
        Assert.Throws<ArgumentException>(() => new ProgramBlockKindCollection([new KindNeedingAService(alias)]));

    [Fact]
    public void A_kind_built_with_its_services_joins_through_the_constructor()
    {
        var kinds = new ProgramBlockKindCollection([.. ProgramBlockKindCollection.BuiltIn, new KindNeedingAService("withServices")]);

        Assert.NotNull(kinds.Find("withServices"));
        Assert.Null(kinds.Find("WithServices"));
    }
}
