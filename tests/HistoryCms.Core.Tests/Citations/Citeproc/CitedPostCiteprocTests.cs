using System.Text.Json.Nodes;
using HistoryCms.Core.Citations;

namespace HistoryCms.Core.Tests.Citations.Citeproc;

/// <summary>
/// "Cite this post" as CSL-JSON: the official Chicago notes-bibliography style (tests/fixtures/csl), run by citeproc-js,
/// reads our <c>post-weblog</c> item as the post itself — its authors, title, blog, date and URL.
/// </summary>
public sealed class CitedPostCiteprocTests
{
    [Fact]
    public async Task Citeproc_formats_our_post_weblog_item_as_a_blog_post_with_n_d_when_it_has_no_publish_date()
    {
        var dated = new CitedPost(
            Guid.NewGuid(), "Failed Diplomacy", ["Charles Kraus", "Ludwig van Beethoven"], new DateOnly(2024, 5, 1), "Sources and Methods", "https://example.org/posts/failed/", "What it says.");
        var undated = dated with { Key = Guid.NewGuid(), Authors = ["Charles Kraus"], PublishDate = null };

        var formatted = await CiteprocRunner.FormatAsync(
            new JsonArray(CslJsonExport.ToJson(dated), CslJsonExport.ToJson(undated)), [], TestContext.Current.CancellationToken);

        Assert.Equal(
            "Charles Kraus and Ludwig van Beethoven, “Failed Diplomacy,” Sources and Methods, May 1, 2024, https://example.org/posts/failed/.",
            formatted[0].NoteFirst);
        Assert.Equal(
            "Kraus, Charles, and Ludwig van Beethoven. “Failed Diplomacy.” Sources and Methods, May 1, 2024. https://example.org/posts/failed/.",
            formatted[0].Bibliography);
        Assert.Equal("Charles Kraus, “Failed Diplomacy,” Sources and Methods, n.d., https://example.org/posts/failed/.", formatted[1].NoteFirst);
    }
}
