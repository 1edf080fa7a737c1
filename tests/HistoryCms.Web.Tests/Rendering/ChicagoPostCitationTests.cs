using HistoryCms.Core.Citations;
using HistoryCms.Web.Rendering;

namespace HistoryCms.Web.Tests.Rendering;

/// <summary>The Chicago forms of "Cite this post" (CMOS 18 14.105, blog posts): the post itself, dated only by its publish date.</summary>
public sealed class ChicagoPostCitationTests
{
    private static readonly CitedPost Dated = new(
        Guid.NewGuid(), "Failed Diplomacy", ["Charles Kraus", "Ludwig van Beethoven"], new DateOnly(2024, 5, 1), "Sources and Methods", "https://example.org/posts/failed/", null);

    public static TheoryData<CitedPost, string, string> Cases => new()
    {
        {
            Dated,
            "Charles Kraus and Ludwig van Beethoven, “Failed Diplomacy,” Sources and Methods (blog), May 1, 2024, https://example.org/posts/failed/.",
            "Kraus, Charles, and Ludwig van Beethoven. “Failed Diplomacy.” Sources and Methods (blog), May 1, 2024. https://example.org/posts/failed/."
        },
        {
            Dated with { PublishDate = null, Authors = ["Charles Kraus"] },
            "Charles Kraus, “Failed Diplomacy,” Sources and Methods (blog), n.d., https://example.org/posts/failed/.",
            "Kraus, Charles. “Failed Diplomacy.” Sources and Methods (blog), n.d. https://example.org/posts/failed/."
        },
        {
            Dated with { PublishDate = null, Authors = [], SiteName = string.Empty, Url = null },
            "“Failed Diplomacy,” n.d.",
            "“Failed Diplomacy.” N.d."
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_post_is_cited_with_its_authors_title_blog_publish_date_and_url(CitedPost post, string note, string bibliography)
    {
        Assert.Equal(note, ChicagoPostCitation.Note(post));
        Assert.Equal(bibliography, ChicagoPostCitation.Bibliography(post));
    }
}
