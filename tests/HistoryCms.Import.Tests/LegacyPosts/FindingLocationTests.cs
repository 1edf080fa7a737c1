using System.Text.RegularExpressions;
using HistoryCms.Import.LegacyPosts;
using P = HistoryCms.Core.HistoryAliases.Properties;

namespace HistoryCms.Import.Tests.LegacyPosts;

/// <summary>Every finding of a post import names its file, a line (or the whole file) and, where a field is concerned, the field (issue 13, point 4).</summary>
public partial class FindingLocationTests
{
    private const string OtherUrl = "https://www.wilsoncenter.org/blog-post/another-address";

    [Fact]
    public void Every_finding_of_the_seed_page_and_capture_names_its_file_and_a_line_or_the_whole_file()
    {
        var findings = PostFixtures.ReadHtml().Findings.Concat(PostFixtures.ReadCapture().Findings)
            .Concat(new LegacyPostReader(PostFixtures.Options()).Read(PostFixtures.Html, "failed-diplomacy.html", OtherUrl).Findings).ToList();

        Assert.All(findings, f => Assert.Matches(Location(), f.Location));
        Assert.All(findings, f => Assert.False(string.IsNullOrEmpty(f.File)));
        // Only what is no field of the post has none: the page around the post (line 1 of the capture: spam before the skip link).
        Assert.All(findings.Where(f => f.Field is null), f => Assert.Contains("the page around the post, which is not imported", f.Message, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("content=\"2020-06-18T12:00:00-04:00\">", "content=\"sometime in 2020\">", "line 17")]
    [InlineData("<meta property=\"article:published_time\" content=\"2020-06-18T12:00:00-04:00\">", "", "line 30")]
    public void A_date_that_is_not_a_day_is_reported_at_the_line_of_the_element_that_gives_it(string found, string replacement, string location)
    {
        var html = PostFixtures.Html.ReplaceLineEndings("\n").Replace(found, replacement, StringComparison.Ordinal)
            .Replace("datetime=\"2020-06-18T12:00:00-04:00\">June 18, 2020", "datetime=\"2020\">2020", StringComparison.Ordinal);

        var findings = new LegacyPostReader(PostFixtures.Options()).Read(html, "failed-diplomacy.html").Findings;

        var date = Assert.Single(findings, f => f.Field == P.PublishDate);
        Assert.Equal((FindingKind.Flagged, location), (date.Kind, date.Location));
    }

    [Fact]
    public void An_address_given_on_the_command_line_that_differs_from_the_pages_names_the_line_of_the_canonical_link()
    {
        var findings = new LegacyPostReader(PostFixtures.Options()).Read(PostFixtures.Html, "failed-diplomacy.html", OtherUrl).Findings;

        var url = Assert.Single(findings, f => f.Field == "url");
        Assert.Equal((FindingKind.Flagged, "line 14"), (url.Kind, url.Location));
    }

    [GeneratedRegex(@"^(line [1-9][0-9]*|file|byte [0-9]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex Location();
}
