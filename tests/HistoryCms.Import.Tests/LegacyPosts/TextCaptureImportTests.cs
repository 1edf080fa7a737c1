using HistoryCms.Core.Content;
using HistoryCms.Core.Delivery;
using HistoryCms.Import.LegacyPosts;
using HistoryCms.USync.Text;
using P = HistoryCms.Core.HistoryAliases.Properties;

namespace HistoryCms.Import.Tests.LegacyPosts;

/// <summary>The seed post's text capture (tests/fixtures/legacy-post-failed-diplomacy.txt) through <see cref="LegacyPostReader"/>.</summary>
public class TextCaptureImportTests
{
    private const string Spam = "澳门六合彩";
    private const string Happ = "History and Public Policy Program";
    private const string Nkidp = "North Korea International Documentation Project";
    private const string Cwihp = "Cold War International History Project";

    [Fact]
    public void The_seed_post_imports_with_every_field_in_place()
    {
        var result = PostFixtures.ReadCapture();
        var post = result.Post!.Item;

        Assert.Equal("Failed Diplomacy: Soviet-American Relations and the Division of Korea", post.Name);
        Assert.Equal("historyBlogPost", post.ContentType);
        Assert.Equal(PostFixtures.PostsFolder.Key, post.ParentKey);
        Assert.Equal(3, post.Level);
        Assert.StartsWith("Records from the Russian archives offer insights", post.Value(P.Standfirst), StringComparison.Ordinal);
        Assert.StartsWith("Delegates listen in as Andrei Vyshinsky speaks", post.Value(P.HeroCaption), StringComparison.Ordinal);

        var body = RichTextMarkup.Of(post.Value(P.Body));
        Assert.StartsWith("<p>In September 1947, after more than a year of stop-start negotiations,", body, StringComparison.Ordinal);
        Assert.EndsWith("political groups in northern and southern Korea.</p>", body, StringComparison.Ordinal);
        Assert.Equal(20, CountOf(body, "<p>"));
        Assert.Null(post.Value(P.Citations));

        var author = Assert.Single(result.Authors).Item;
        Assert.Equal("Charles Kraus", author.Name);
        Assert.Equal(ImportKeys.AuthorKey("Charles Kraus"), author.Key);
        Assert.Equal(PostFixtures.PeopleFolder.Key, author.ParentKey);
        Assert.Equal("Deputy Director, History and Public Policy Program", author.Value(P.JobTitle));
        Assert.StartsWith("Charles Kraus is the Deputy Director of the History and Public Policy Program at ", author.Value(P.ShortBio), StringComparison.Ordinal);
        Assert.Equal([ImportKeys.ProgramKey(Happ)], ContentUdi.ParseDocuments(author.Value(P.Affiliation)));
        Assert.Equal([author.Key], ContentUdi.ParseDocuments(post.Value(P.Authors)));

        Assert.Equal([Happ, Nkidp, Cwihp], result.Programs.Select(p => p.Item.Name));
        Assert.Equal([ImportKeys.ProgramKey(Happ), ImportKeys.ProgramKey(Nkidp), ImportKeys.ProgramKey(Cwihp)], ContentUdi.ParseDocuments(post.Value(P.Programs)));
        Assert.StartsWith("The History and Public Policy Program\u00A0makes public the primary source record", PostFixtures.Program(result, Happ).Value(P.ShortDescription), StringComparison.Ordinal);
        Assert.EndsWith("on global affairs.", PostFixtures.Program(result, Happ).Value(P.ShortDescription), StringComparison.Ordinal);
    }

    [Fact]
    public void Projects_are_created_under_the_program_their_description_says_they_are_part_of()
    {
        var result = PostFixtures.ReadCapture();
        var happ = PostFixtures.Program(result, Happ);

        Assert.Equal((PostFixtures.ProgramsFolder.Key, 3), (happ.ParentKey!.Value, happ.Level));
        Assert.Equal((happ.Key, 4, 0), (PostFixtures.Program(result, Nkidp).ParentKey!.Value, PostFixtures.Program(result, Nkidp).Level, PostFixtures.Program(result, Nkidp).SortOrder));
        Assert.Equal((happ.Key, 4, 1), (PostFixtures.Program(result, Cwihp).ParentKey!.Value, PostFixtures.Program(result, Cwihp).Level, PostFixtures.Program(result, Cwihp).SortOrder));
        Assert.Equal("program:" + Nkidp, result.Programs[1].Identity);
    }

    [Fact]
    public void Mojibake_is_repaired_and_each_repair_is_reported()
    {
        var result = PostFixtures.ReadCapture();
        var body = RichTextMarkup.Of(result.Post!.Item.Value(P.Body));

        Assert.Contains("while the Allied powers worked out the particulars surrounding Korea’s independence.", body, StringComparison.Ordinal);
        Assert.Contains("it was a “trusteeship.”", body, StringComparison.Ordinal);
        Assert.Contains("Soviet-American cooperation over the Korean issue — if it ever existed — was dead.", body, StringComparison.Ordinal);
        foreach (var item in result.Items.Select(i => i.Item))
        {
            Assert.False(LegacyTextRepair.LooksGarbled(item.Name), item.Name);
            foreach (var value in item.Values.Values.OfType<string>())
            {
                Assert.False(LegacyTextRepair.LooksGarbled(RichTextMarkup.Of(value).Replace(Spam, string.Empty, StringComparison.Ordinal)), value);
            }
        }

        var repaired = Assert.Single(result.Findings, f => f.Kind == FindingKind.Repaired && f.Field == P.Body && f.Message.StartsWith("\"鈥檚\" (UTF-8 read as GBK) was repaired to \"’s\"", StringComparison.Ordinal)
            && f.Location == "line 17");
        Assert.Equal("legacy-post-failed-diplomacy.txt", repaired.File);
        // "demanded an 鈥.鈥": both characters lost their last byte; each choice is reported as a guess, with its context.
        var guessed = result.Findings.Where(f => f.Kind == FindingKind.Guessed && f.Location == "line 29" && f.Message.Contains("demanded an “.”", StringComparison.Ordinal)).ToList();
        Assert.Equal(["\"鈥\" (UTF-8 read as GBK) lost a byte; it was read as \"“\"", "\"鈥\" (UTF-8 read as GBK) lost a byte; it was read as \"”\""],
            guessed.Select(f => f.Message[..f.Message.IndexOf(" from the context", StringComparison.Ordinal)]));
    }

    [Fact]
    public void Spam_is_flagged_where_it_stands_and_kept_when_no_rule_is_given()
    {
        var result = PostFixtures.ReadCapture();
        var author = Assert.Single(result.Authors).Item;

        Assert.EndsWith("at 澳门六合彩.", author.Value(P.ShortBio), StringComparison.Ordinal);
        var flags = result.Findings.Where(f => f.Kind == FindingKind.Flagged && f.Message.StartsWith($"\"{Spam}\" looks injected", StringComparison.Ordinal)).ToList();
        Assert.Contains(flags, f => f.Location == "line 1" && f.Field is null);
        Assert.Contains(flags, f => f.Field == P.ShortBio);
        Assert.Contains(flags, f => f.Field == P.Body);
        Assert.Equal(2, flags.Count(f => f.Field == P.ShortDescription));
        Assert.All(flags, f => Assert.Contains("gambling advertisement vocabulary (\"六合彩\")", f.Message, StringComparison.Ordinal));
        Assert.DoesNotContain(result.Findings, f => f.Message.Contains("as your rule asks", StringComparison.Ordinal));
    }

    [Fact]
    public void A_replacement_rule_puts_the_organisation_back_and_says_so()
    {
        var result = PostFixtures.ReadCapture(new ReplacementRule(Spam, "Wilson Center"));

        Assert.EndsWith("at Wilson Center.", Assert.Single(result.Authors).Item.Value(P.ShortBio), StringComparison.Ordinal);
        Assert.Contains("published by Wilson Center’s History and Public Policy Program", RichTextMarkup.Of(result.Post!.Item.Value(P.Body)), StringComparison.Ordinal);
        Assert.Contains(result.Findings, f => f.Kind == FindingKind.Repaired && f.Field == P.ShortBio && f.Message == "\"澳门六合彩\" was replaced by \"Wilson Center\" (once), as your rule asks.");
        Assert.DoesNotContain(result.Findings, f => f.Kind == FindingKind.Flagged && f.Message.Contains(Spam, StringComparison.Ordinal) && f.Field is not null);
        Assert.DoesNotContain(result.Items, i => i.Item.Values.Values.Any(v => v?.Contains(Spam, StringComparison.Ordinal) == true));
    }

    [Fact]
    public void Sentences_whose_link_words_were_stripped_are_flagged()
    {
        var flagged = PostFixtures.ReadCapture().Findings
            .Where(f => f.Kind == FindingKind.Flagged && f.Message.StartsWith("This sentence seems to have lost the words of a link", StringComparison.Ordinal))
            .ToList();

        Assert.Contains(flagged, f => f.Location == "line 23" && f.Message.Contains("\"Jacob Malik — then Deputy Foreign Minister — .\"", StringComparison.Ordinal));
        Assert.Contains(flagged, f => f.Location == "line 29" && f.Message.Contains("\"Andrey Vyshinsky, the Deputy Foreign Minister then in New York for the UNGA proceedings, demanded an “.”\"", StringComparison.Ordinal));
        Assert.Contains(flagged, f => f.Message.Contains("\"On , Molotov lambasted George Marshall in another letter.\"", StringComparison.Ordinal));
        Assert.Contains(flagged, f => f.Message.Contains("(Document A/C.1/229 and )", StringComparison.Ordinal));
        Assert.DoesNotContain(flagged, f => f.Message.Contains("and, after a lull,", StringComparison.Ordinal));
        Assert.All(flagged, f => Assert.Equal(P.Body, f.Field));
    }

    [Fact]
    public void A_capture_without_url_or_date_is_imported_under_a_guessed_url_and_both_are_reported()
    {
        var result = PostFixtures.ReadCapture();

        Assert.Equal("https://www.wilsoncenter.org/blog-post/failed-diplomacy-soviet-american-relations-and-the-division-of-korea", result.Post!.Identity);
        Assert.Equal(ImportKeys.PostKey(result.Post.Identity), result.Post.Item.Key);
        Assert.Contains(result.Findings, f => f.Kind == FindingKind.Guessed && f.Field == "url");
        Assert.Contains(result.Findings, f => f.Kind == FindingKind.Flagged && f.Field == P.PublishDate);
        Assert.Null(result.Post.Item.Value(P.PublishDate));
        Assert.Equal(PostFixtures.ImportedAt, result.Post.Item.CreateDate);
    }

    [Fact]
    public void The_old_url_the_caller_gives_is_the_identity()
    {
        var result = new LegacyPostReader(PostFixtures.Options()).Read(PostFixtures.Capture, "post.txt", PostFixtures.SeedUrl);

        Assert.Equal(PostFixtures.SeedUrl, result.Post!.Identity);
        Assert.Equal(ImportKeys.PostKey(PostFixtures.SeedUrl), result.Post.Item.Key);
        Assert.DoesNotContain(result.Findings, f => f.Field == "url");
    }

    [Fact]
    public void Reading_the_same_capture_twice_gives_the_same_items_and_findings()
    {
        var first = PostFixtures.ReadCapture();
        var second = PostFixtures.ReadCapture();

        Assert.Equal(first.Items.Select(Describe), second.Items.Select(Describe));
        Assert.Equal(first.Findings, second.Findings);
    }

    [Fact]
    public void Programs_and_authors_the_site_has_are_referred_to_not_created()
    {
        var happ = new Guid("4bf34b2b-ffb9-4779-ad4b-7625c0980453");
        var kraus = new Guid("f35c8d42-5b96-49c8-9f31-20fafe30adfb");
        var lookup = ImportLookup.From(
        [
            Item(happ, "historyProgram", Happ, PostFixtures.ProgramsFolder.Key, 3),
            Item(kraus, "historyAuthor", "Charles  Kraus", PostFixtures.PeopleFolder.Key, 3),
        ]);

        var result = new LegacyPostReader(PostFixtures.Options(lookup)).Read(PostFixtures.Capture, "post.txt", PostFixtures.SeedUrl);

        Assert.Empty(result.Authors);
        Assert.Equal([Nkidp, Cwihp], result.Programs.Select(p => p.Item.Name));
        Assert.All(result.Programs, p => Assert.Equal((happ, 4), (p.Item.ParentKey!.Value, p.Item.Level)));
        Assert.Equal([kraus], ContentUdi.ParseDocuments(result.Post!.Item.Value(P.Authors)));
        Assert.Equal(happ, ContentUdi.ParseDocuments(result.Post.Item.Value(P.Programs))[0]);
    }

    [Fact]
    public void A_capture_without_a_title_is_skipped_with_a_finding_naming_file_and_field()
    {
        var result = new LegacyPostReader(PostFixtures.Options()).Read("Skip to main content\n\nAbout the Author\n", "empty.txt");

        Assert.True(result.IsSkipped);
        Assert.Empty(result.Items);
        var finding = Assert.Single(result.Findings);
        Assert.Equal(("empty.txt", "title", FindingKind.Skipped), (finding.File, finding.Field, finding.Kind));
    }

    internal static ContentItem Item(Guid key, string type, string name, Guid parent, int level) =>
        new(key, type, name, parent, 0, level, PostFixtures.ImportedAt, PostFixtures.ImportedAt, string.Empty, new Dictionary<string, string?>());

    private static string Describe(ImportedContent content) =>
        $"{content.Identity}|{content.Item.Key}|{content.Item.ParentKey}|{content.Item.Name}|" + string.Join("|", content.Item.Values.OrderBy(v => v.Key, StringComparer.Ordinal).Select(v => $"{v.Key}={v.Value}"));

    private static int CountOf(string text, string part) => text.Split(part).Length - 1;
}
