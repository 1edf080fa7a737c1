using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using HistoryCms.Core.Citations;
using HistoryCms.Core.Content;
using HistoryCms.Core.Delivery;
using HistoryCms.Import.LegacyPosts;
using P = HistoryCms.Core.HistoryAliases.Properties;

namespace HistoryCms.Import.Tests.LegacyPosts;

/// <summary>The HTML test page (tests/fixtures/legacy-posts/failed-diplomacy.html) through <see cref="LegacyPostReader"/>.</summary>
public class HtmlPageImportTests
{
    private static readonly JsonSerializerOptions UmbracoJson = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.BasicLatin),
    };

    private static readonly string Cites300001 = ImportKeys.CitationKey(PostFixtures.SeedUrl, 1).ToString("D");
    private static readonly string Cites300002 = ImportKeys.CitationKey(PostFixtures.SeedUrl, 2).ToString("D");
    private static readonly string Cites300003 = ImportKeys.CitationKey(PostFixtures.SeedUrl, 3).ToString("D");

    [Fact]
    public void Links_to_imported_documents_become_citations_with_markers_at_the_links_places()
    {
        var post = PostFixtures.ReadHtml().Post!.Item;
        var body = RichTextMarkup.Of(post.Value(P.Body));

        Assert.Contains($"Marshall announced the United States’ new position in a speech at the UN General Assembly<sup data-citation=\"{Cites300001}\"></sup>.", body, StringComparison.Ordinal);
        Assert.Contains($"in a speech<sup data-citation=\"{Cites300002}\"></sup> <a href=\"https://www.nytimes.com/\">the New York Times</a> called “stunning.”", body, StringComparison.Ordinal);
        Assert.Contains($"introduced its draft resolution<sup data-citation=\"{Cites300003}\"></sup> on Korea (Document A/C.1/218)", body, StringComparison.Ordinal);

        var citations = CitationJson.Read(post.Value(P.Citations));
        Assert.True(citations.IsReadable);
        Assert.Empty(citations.Problems);
        Assert.Equal(
            [(Cites300001, ImportKeys.DocumentKey("300001")), (Cites300002, ImportKeys.DocumentKey("300002")), (Cites300003, ImportKeys.DocumentKey("300003"))],
            citations.List.Items.Select(c => (c.Key, c.DocumentGuid!.Value)));
        Assert.Equal(citations.List.Items.Select(c => c.Key), CitationMarkers.Find(body).Select(m => m.Key));
        Assert.Empty(CitationMarkerCheck.FindDangling(citations.List, body));
    }

    [Fact]
    public void The_citations_value_is_what_the_citations_editor_stores()
    {
        // DocumentCitationsValueEditor.FromEditor stores CitationNormaliser.Normalise(value): normalising again changes nothing.
        var stored = PostFixtures.ReadHtml().Post!.Item.Value(P.Citations);

        Assert.Equal(stored, CitationNormaliser.Normalise(stored));
        Assert.StartsWith($"{{\"v\":1,\"citations\":[{{\"key\":\"{Cites300001}\",\"documentKey\":\"{ImportKeys.DocumentKey("300001"):D}\"}}", stored, StringComparison.Ordinal);
    }

    [Fact]
    public void The_body_is_stored_as_Umbraco_17_stores_rich_text()
    {
        // Umbraco 17.4.2: RichTextPropertyEditorHelper.SerializeRichTextEditorValue serializes RichTextEditorValue { Markup, Blocks }
        // with SystemTextJsonSerializer (camelCase names, DefaultJsonSerializerEncoderFactory's BasicLatin encoder).
        var stored = PostFixtures.ReadHtml().Post!.Item.Value(P.Body)!;
        var markup = RichTextMarkup.Of(stored);
        Assert.Equal(JsonSerializer.Serialize(new RichTextEditorValue { Markup = markup, Blocks = null }, UmbracoJson), stored);
        Assert.DoesNotContain('<', stored);
        Assert.StartsWith("<p>In September 1947, after more than a year", markup, StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_to_a_document_that_is_not_imported_stays_a_link_and_is_reported()
    {
        var result = PostFixtures.ReadHtml();
        var body = RichTextMarkup.Of(result.Post!.Item.Value(P.Body));

        Assert.Contains("(Document A/C.1/229 and <a href=\"https://digitalarchive.wilsoncenter.org/document/999999\">a second draft</a>)", body, StringComparison.Ordinal);
        var finding = Assert.Single(result.Findings, f => f.Message.Contains("999999", StringComparison.Ordinal));
        Assert.Equal(("failed-diplomacy.html", "line 52", P.Body, FindingKind.Flagged), (finding.File, finding.Location, finding.Field, finding.Kind));
        Assert.DoesNotContain(result.Findings, f => f.Message.Contains("nytimes", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_field_of_the_page_is_in_place()
    {
        var result = PostFixtures.ReadHtml();
        var post = result.Post!;

        Assert.Equal(PostFixtures.SeedUrl, post.Identity);
        Assert.Equal(ImportKeys.PostKey(PostFixtures.SeedUrl), post.Item.Key);
        Assert.Equal("Failed Diplomacy: Soviet-American Relations and the Division of Korea", post.Item.Name);
        Assert.Equal("2020-06-18T00:00:00", post.Item.Value(P.PublishDate));
        Assert.StartsWith("Records from the Russian archives", post.Item.Value(P.Standfirst), StringComparison.Ordinal);
        Assert.StartsWith("Delegates listen in as Andrei Vyshinsky", post.Item.Value(P.HeroCaption), StringComparison.Ordinal);
        Assert.Equal(20, RichTextMarkup.Of(post.Item.Value(P.Body)).Split("<p>").Length - 1);
        Assert.Equal("Deputy Director, History and Public Policy Program", Assert.Single(result.Authors).Item.Value(P.JobTitle));
        Assert.Equal(3, ContentUdi.ParseDocuments(post.Item.Value(P.Programs)).Count);
        Assert.Contains(result.Findings, f => f.Kind == FindingKind.Skipped && f.Field == P.HeroImage && f.Message.Contains("vyshinsky-unga-1947.jpg", StringComparison.Ordinal));
        Assert.Contains(result.Findings, f => f.Kind == FindingKind.Flagged && f.Message.Contains("\"Jacob Malik — then Deputy Foreign Minister — .\"", StringComparison.Ordinal));
    }

    [Fact]
    public void A_document_the_site_already_has_is_cited_by_its_own_key()
    {
        var existing = new Guid("301f1718-d215-4b0c-887c-6104f2c3eb0a");
        var lookup = ImportLookup.From([new ContentItem(existing, "historyArchivalDocument", "Speech", null, 0, 3, default, default, string.Empty,
            new Dictionary<string, string?> { [P.RecordId] = "300001" })]);

        var citations = CitationJson.Read(PostFixtures.ReadHtml(lookup).Post!.Item.Value(P.Citations)).List.Items;

        Assert.Equal([existing], citations.Select(c => c.DocumentGuid!.Value));
    }

    [Fact]
    public void Reading_the_page_twice_gives_the_same_post()
    {
        var first = PostFixtures.ReadHtml().Post!;
        var second = PostFixtures.ReadHtml().Post!;

        Assert.Equal(first.Identity, second.Identity);
        Assert.Equal(first.Item.Key, second.Item.Key);
        Assert.Equal(first.Item.Values, second.Item.Values);
    }

    [Theory]
    [InlineData("<html><head></head><body><p>Only a paragraph.</p></body></html>")]
    [InlineData("<html><head><title>  </title></head><body><h1> </h1><p>Text.</p></body></html>")]
    public void A_page_without_a_title_is_skipped_with_a_finding_naming_file_and_field(string html)
    {
        var result = new LegacyPostReader(PostFixtures.Options()).Read(html, "pages/no-title.html");

        Assert.True(result.IsSkipped);
        var finding = Assert.Single(result.Findings);
        Assert.Equal(("pages/no-title.html", "title", FindingKind.Skipped), (finding.File, finding.Field, finding.Kind));
        Assert.Contains("no title", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_titled_only_in_its_head_is_imported_and_the_title_reported_as_a_guess()
    {
        const string Html = "<html><head><title>Korea, 1947 | Wilson Center</title><link rel=\"canonical\" href=\"https://www.wilsoncenter.org/blog-post/korea-1947\"></head>"
            + "<body><p>First paragraph.</p><p>Second paragraph.</p></body></html>";

        var result = new LegacyPostReader(PostFixtures.Options()).Read(Html, "korea.html");

        Assert.Equal("Korea, 1947", result.Post!.Item.Name);
        Assert.Equal("<p>First paragraph.</p>\n<p>Second paragraph.</p>", RichTextMarkup.Of(result.Post.Item.Value(P.Body)));
        Assert.Contains(result.Findings, f => f.Kind == FindingKind.Guessed && f.Field == "title");
    }

    /// <summary>The shape of Umbraco.Cms.Core.RichTextEditorValue (Infrastructure/Models/RichTextEditorValue.cs, 17.4.2).</summary>
    private sealed class RichTextEditorValue
    {
        public required string Markup { get; set; }

        public object? Blocks { get; set; }
    }
}
