using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using HistoryCms.Core.Content;
using HistoryCms.Import.Archive;
using HistoryCms.USync.Cli.Samples;
using HistoryCms.USync.Content;
using A = HistoryCms.Core.HistoryAliases.ContentTypes;
using P = HistoryCms.Core.HistoryAliases.Properties;

namespace HistoryCms.USync.Tests.Samples;

/// <summary>The sample documents made from the real Digital Archive records in tests/fixtures/digital-archive.</summary>
public sealed partial class ArchiveSamplesTests
{
    private static readonly IReadOnlyList<ArchiveRecord> All = ArchiveSamples.Records(Path.Combine(RepositoryPaths.Root, ArchiveSamples.Folder));
    private static readonly IReadOnlyList<ArchiveRecord> Records = [.. All.Where(r => r.File.EndsWith(".csv", StringComparison.Ordinal))];
    private static readonly Dictionary<Guid, ContentItem> Committed = USyncContentReader.ReadFolder(RepositoryPaths.Content).Items.ToDictionary(i => i.Key);
    private static readonly (Guid Key, string Name) Happ = (SampleKeys.Happ, "History and Public Policy Program");

    [Fact]
    public void The_fixtures_in_the_repository_are_the_four_csv_records_and_the_two_ris_records()
    {
        Assert.Equal(["300653", "300241", "300239", "300237", "280697", "121893"], All.Select(r => r["record_id"]));
        Assert.Equal(
            ["https://digitalarchive.wilsoncenter.org/document/280697", "https://digitalarchive.wilsoncenter.org/document/121893"],
            All.Skip(4).Select(r => r["document_url"]));
    }

    [Theory]
    [InlineData("bd05d3bf-3c1e-495c-9c9e-34db0e748ed2", "/archive/letter-jawaharlal-nehru-to-all-provincial-premiers/")]
    [InlineData("e05b8dab-45f1-4553-80bf-77b54002acb9", "/archive/the-chancellors-helmut-kohls-conversation-with-portuguese-prime-minister-guterres-on-17-october-1997-10-am-1115-am/")]
    [InlineData("6c9c1e83-3b5b-48b0-b1de-ccbf549db1b9", "/archive/the-chancellors-helmut-kohls-conversation-with-kazakhstans-president-nazarbayev-on-saturday-10-may-1997-230-pm-345-pm-in-almaty/")]
    [InlineData("fc3b1cd1-e316-4738-aeff-09beb66ab75a", "/archive/the-chancellors-helmut-kohls-telephone-conversation-with-polish-president-kwasniewski-on-thursday-12-september-1996-930-hours/")]
    [InlineData("a38d6c08-2bf3-411c-a9ac-01f8ce9c56e4", "/archive/letter-to-the-deputy-chairman-of-the-soviet-committee-of-the-mgg-prof-pushkov/")]
    [InlineData("70feccf3-8c4f-4c5e-99c2-b3c5cc6649c3", "/archive/report-of-the-hungarian-ministry-of-foreign-affairs-f-somogyi-for-the-council-of-ministers-about-the-meeting-of-the-leaders-of-the-warsaw-pact-on-4-december/")]
    public void Each_record_is_an_archival_document_in_the_archive_folder(string key, string route)
    {
        var item = Committed[new Guid(key)];
        Assert.Equal(A.ArchivalDocument, item.ContentType);
        Assert.Equal(SampleKeys.ArchiveFolder, item.ParentKey);
        Assert.Equal(route, item.RoutePath);
    }

    [Fact]
    public void A_csv_record_maps_each_field_the_archive_gives_and_leaves_the_others_empty()
    {
        var item = Committed[SampleKeys.KohlGuterresConversation];

        Assert.Equal("The Chancellor's [Helmut Kohl's] Conversation with Portuguese Prime Minister Guterres on 17 October 1997, 10 a.m. - 11.15 a.m.", item.Name);
        Assert.Equal("1997-10-22", item.Value(P.DocumentDate));
        Assert.StartsWith("Kohl and Guterres look into Portugal's EC presidency", item.Value(P.Summary), StringComparison.Ordinal);
        Assert.Equal("Kohl, Helmut\nGuterres, António Manuel de Oliveira", item.Value(P.Participants));
        Assert.Equal("Bitterlich, Joachim", item.Value(P.People));
        Assert.Equal(["Germany", "Portugal", "Turkey"], Json(item.Value(P.Places)));
        Assert.Equal(["Germany--Foreign relations--Portugal", "North Atlantic Treaty Organization", "Europe--Economic integration"], Json(item.Value(P.Subjects)));
        Assert.Equal("BArch, B 136/59748, 396-402. Contributed, transcribed, and translated by Stephan Kieninger.", item.Value(P.Source));
        Assert.Equal("German Federal Archives (BArch)", item.Value(P.Repository));
        Assert.Equal(["de"], Json(item.Value(P.OriginalLanguages)));
        Assert.Equal("300241", item.Value(P.RecordId));
        Assert.Equal("2023-10-03T00:00:00", item.Value(P.OriginalUploadDate));
        Assert.Equal("https://digitalarchive.wilsoncenter.org/document/chancellors-helmut-kohls-conversation-portuguese-prime-minister-guterres-17-october-1997", item.Value(P.ArchiveUrl));
        Assert.StartsWith("The History and Public Policy Program welcomes reuse of Digital Archive materials", item.Value(P.Rights), StringComparison.Ordinal);
        Assert.Equal($"umb://document/{SampleKeys.Happ:N}", item.Value(P.Programs));
        foreach (var empty in new[] { P.DocumentAuthors, P.Genre, P.Classification, P.Donors, P.FundingCredit, P.OriginalTitle, P.Translators, P.Contributors, P.Scans })
        {
            Assert.Null(item.Value(empty));
        }
    }

    [Fact]
    public void The_nehru_letter_keeps_its_author_and_classification()
    {
        var item = Committed[SampleKeys.NehruLetter];

        Assert.Equal("Nehru, Jawaharlal", item.Value(P.DocumentAuthors));
        Assert.Null(item.Value(P.Participants));
        Assert.Equal("Secret", item.Value(P.Classification));
        Assert.Equal("1949-04-01", item.Value(P.DocumentDate));
        Assert.Equal(["en"], Json(item.Value(P.OriginalLanguages)));
        Assert.Equal("Nehru Memorial Museum and Library (NMML)", item.Value(P.Repository));
    }

    [Fact]
    public void The_translation_is_the_text_body_line_by_line_as_escaped_paragraphs()
    {
        foreach (var record in Records)
        {
            var key = SampleKeys.ArchiveRecords[record["record_id"]!];
            var html = Committed[key].Value(P.Translation)!;
            var paragraphs = Paragraph().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
            var lines = record["text_body"]!.Split('\n').Select(l => Spaces().Replace(l, " ").Trim()).Where(l => l.Length > 0).ToList();

            Assert.Equal(lines, paragraphs);
            Assert.Equal(html.Length, Paragraph().Matches(html).Sum(m => m.Length) + paragraphs.Count - 1);
        }
    }

    [Fact]
    public void Markup_in_a_record_text_is_escaped_not_kept()
    {
        var record = Record(("record_id", "300653"), ("title", "A <b>bold</b> title"), ("text_body", "Line <script>alert(1)</script> & more\n\n  second   line  "));

        var item = Assert.Single(ArchiveSamples.Build([record], Happ, 0));

        Assert.Equal("<p>Line &lt;script&gt;alert(1)&lt;/script&gt; &amp; more</p>\n<p>second line</p>", item.Value(P.Translation));
        Assert.Equal("A <b>bold</b> title", item.Name);
    }

    [Fact]
    public void A_record_that_names_no_program_is_linked_to_none()
    {
        var record = Record(("record_id", "300653"), ("title", "Letter"), ("rights", "Reuse is welcome."));
        var item = Assert.Single(ArchiveSamples.Build([record], Happ, 0));
        Assert.Null(item.Value(P.Programs));
    }

    [Fact]
    public void The_ris_records_map_their_fields()
    {
        var report = Committed[SampleKeys.SomogyiReport];
        Assert.Equal("Somogyi, Ferenc", report.Value(P.DocumentAuthors));
        Assert.Equal("1989-12-06", report.Value(P.DocumentDate));
        Assert.Equal(["Report"], Json(report.Value(P.Genre)));
        Assert.Equal(["hu"], Json(report.Value(P.OriginalLanguages)));
        Assert.Equal("Obtained by Béla Révész; translated and edited by Barnabás Vajd, Laura Deal, and Karl P. Benziger.", report.Value(P.Source));
        Assert.Equal(10, Json(report.Value(P.Subjects)).Count);
        Assert.StartsWith("Summary of the meeting of the leaders of the Warsaw Pact.", report.Value(P.Summary), StringComparison.Ordinal);
        Assert.Equal("https://digitalarchive.wilsoncenter.org/document/121893", report.Value(P.ArchiveUrl));
        Assert.Equal($"umb://document/{SampleKeys.Happ:N}", report.Value(P.Programs));

        var letter = Committed[SampleKeys.PushkovLetter];
        Assert.Equal("1958", letter.Value(P.DocumentDate));
        Assert.Equal(["ru"], Json(letter.Value(P.OriginalLanguages)));
        Assert.Equal("RGANI, f. 5, op. 49, d. 131, ll. 193-194. Translated by Gary Goldberg.", letter.Value(P.Source));
        Assert.Equal("280697", letter.Value(P.RecordId));
        foreach (var empty in new[] { P.DocumentAuthors, P.Summary, P.Genre, P.Repository, P.Translation, P.OriginalUploadDate, P.Rights })
        {
            Assert.Null(letter.Value(empty));
        }
    }

    [Theory]
    [InlineData("language", "[\"Klingon\"]", "test, line 2, language: The language \"Klingon\" has no ISO 639-1 code")]
    [InlineData("original_publication_date", "sometime", "test, line 2, original_publication_date: The date \"sometime\" cannot be read as a date")]
    [InlineData("original_upload_date", "sometime in 2023", "test, line 2, original_upload_date: The upload date \"sometime in 2023\" is not a day")]
    [InlineData("record_id", "999", "Digital Archive record 999 has no fixed key in SampleKeys.ArchiveRecords.")]
    public void A_record_the_mapping_cannot_store_faithfully_stops_the_writer_with_the_reason(string column, string value, string message)
    {
        var record = Record(("record_id", "300653"), ("title", "Letter"), (column, value));
        var error = Assert.Throws<InvalidOperationException>(() => ArchiveSamples.Build([record], Happ, 0));
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }

    private static ArchiveRecord Record(params (string Column, string Value)[] cells) =>
        new(cells.GroupBy(c => c.Column).ToDictionary(g => g.Key, g => g.Last().Value), "test", "line 2");

    private static List<string> Json(string? value) => JsonSerializer.Deserialize<List<string>>(value!)!;

    [GeneratedRegex("<p>(.*?)</p>")]
    private static partial Regex Paragraph();

    [GeneratedRegex("[ \\t\\u00A0]{2,}")]
    private static partial Regex Spaces();
}
