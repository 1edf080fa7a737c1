using HistoryCms.Web.Tests.TestSupport;
using static HistoryCms.Web.Tests.TestSupport.PageAssert;

namespace HistoryCms.Web.Tests.Rendering;

/// <summary>This test project's Views/ folder plays a site: a view at the package's path wins, and a new kind renders through its one partial.</summary>
public sealed class SiteOverrideTests
{
    [Fact]
    public async Task A_site_cite_box_at_the_same_path_replaces_the_package_cite_box()
    {
        await using var host = await PageHost.SampleAsync(siteViews: true);
        var page = await host.PageAsync("/posts/failed-diplomacy-soviet-american-relations-and-the-division-of-korea/");

        var box = page.QuerySelector("#cite-this-post")!;
        Assert.Equal("aside", box.LocalName);
        Assert.Equal(2, box.QuerySelectorAll(".site-cite-box__line").Length);
        Assert.StartsWith("Chicago (note) — Charles Kraus, “Failed Diplomacy", Text(box.QuerySelector(".site-cite-box__line")), StringComparison.Ordinal);
        Assert.Null(page.QuerySelector(".history-cite-box"));
        Assert.NotNull(page.QuerySelector(".history-notes"));
    }

    [Fact]
    public async Task Without_the_site_views_the_package_cite_box_renders()
    {
        await using var host = await PageHost.SampleAsync(siteViews: false);
        var page = await host.PageAsync("/posts/failed-diplomacy-soviet-american-relations-and-the-division-of-korea/");

        Assert.Equal("section", page.QuerySelector("#cite-this-post")!.LocalName);
        Assert.Null(page.QuerySelector(".site-cite-box__line"));
    }

    [Fact]
    public async Task A_site_block_kind_renders_through_the_partial_named_after_it()
    {
        await using var host = await PageHost.SampleAsync(true, [.. InventedContent.Items]);
        var page = await host.PageAsync(InventedContent.ProgramPath);

        var block = page.QuerySelector("section#timeline")!;
        Assert.Equal("Timeline", Text(block.QuerySelector("h2")));
        Assert.Equal("1947 The UN takes up Korea.", Text(block.QuerySelector("ol.site-timeline li")));
        Assert.Equal(["visit", "timeline", "search"], page.QuerySelectorAll("section.history-block").Select(s => s.Id));
    }
}
