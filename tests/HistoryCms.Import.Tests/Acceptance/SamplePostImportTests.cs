using HistoryCms.Import.LegacyPosts;
using HistoryCms.Import.Reporting;
using HistoryCms.USync.Content;
using A = HistoryCms.Core.HistoryAliases.ContentTypes;
using P = HistoryCms.Core.HistoryAliases.Properties;

namespace HistoryCms.Import.Tests.Acceptance;

/// <summary>
/// The seed post into a copy of the sample site, whose hand-made post of the same article has another key and no old
/// address (the content model keeps none): the import matches it by title (and date, when both have one) and updates it in
/// place, its stored fields kept as conflicts, instead of creating a second post.
/// </summary>
public sealed class SamplePostImportTests : IDisposable
{
    private const string SamplePostPath = "Content/failed-diplomacy-soviet-american-relations-and-the-division-of-korea.config";

    private static readonly Guid SamplePostKey = new("4946cbe8-c0e5-4982-8ec3-a9e47e464985");

    private readonly TempFolder _site = new(RepositoryPaths.SampleUSync);

    public void Dispose() => _site.Dispose();

    public static TheoryData<string, string> Pages => new()
    {
        { Path.Combine("legacy-posts", "failed-diplomacy.html"), "by title (the existing post has no publish date to compare with 2020-06-18)" },
        { "legacy-post-failed-diplomacy.txt", "by title (the imported page gives no publish date to compare)" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public void The_seed_post_updates_the_sample_post_of_the_same_article_instead_of_adding_a_second(string page, string why)
    {
        var before = Importer.Items(_site.Path).Single(i => i.ContentType == A.BlogPost);

        var report = Import(page);

        var post = Assert.Single(Importer.Items(_site.Path), i => i.ContentType == A.BlogPost);
        Assert.Equal((SamplePostKey, before.ParentKey, before.Value(P.Body)), (post.Key, post.ParentKey, post.Value(P.Body)));
        var match = Assert.Single(report.Findings, f => f.Message.StartsWith("Matched the existing post", StringComparison.Ordinal));
        Assert.Equal((FindingKind.Guessed, "name"), (match.Kind, match.Field));
        Assert.Contains($"({SamplePostPath}, key {SamplePostKey:D}) {why}", match.Message, StringComparison.Ordinal);
        Assert.Contains(report.Findings, f => f is { Kind: FindingKind.Conflict, Field: P.Body } && f.Location == match.Location);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Importing_the_seed_post_again_finds_the_matched_sample_post_by_its_old_address_and_changes_nothing(string page, string why)
    {
        Import(page);
        var files = Importer.Files(_site.Path);

        var again = Import(page);

        Assert.Equal(files, Importer.Files(_site.Path));
        Assert.Equal((0, 0), (again.Created, again.Updated));
        Assert.DoesNotContain(again.Findings, f => f.Message.StartsWith("Matched the existing post", StringComparison.Ordinal) && f.Message.Contains(why, StringComparison.Ordinal));
        Assert.Single(Importer.Items(_site.Path), i => i.ContentType == A.BlogPost);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void A_dry_run_prints_the_report_the_import_then_gives(string page, string why)
    {
        var files = Importer.Files(_site.Path);

        var dry = Import(page, dryRun: true);
        Assert.Equal(files, Importer.Files(_site.Path));
        var real = Import(page);

        Assert.Contains(why, dry.ToText(), StringComparison.Ordinal);
        Assert.Equal(real.ToText(), dry.ToText().Replace("Dry run (nothing written): ", string.Empty, StringComparison.Ordinal));
    }

    [Fact]
    public void A_post_of_the_same_title_but_another_date_is_imported_as_a_new_post_and_reported()
    {
        var text = File.ReadAllText(Path.Combine(_site.Path, SamplePostPath))
            .Replace("<publishDate>\n      <Value><![CDATA[]]></Value>", "<publishDate>\n      <Value><![CDATA[2019-01-02T00:00:00]]></Value>", StringComparison.Ordinal)
            .Replace("<publishDate>\r\n      <Value><![CDATA[]]></Value>", "<publishDate>\r\n      <Value><![CDATA[2019-01-02T00:00:00]]></Value>", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(_site.Path, SamplePostPath), text);

        var report = Import(Path.Combine("legacy-posts", "failed-diplomacy.html"));

        // Read file by file: two sibling posts of one title have one URL, which the folder reader refuses.
        Assert.Equal(2, Directory.EnumerateFiles(_site.Content, "*.config").Select(USyncContentFile.Read).Count(n => n.ContentType == A.BlogPost));
        var flag = Assert.Single(report.Findings, f => f.Message.StartsWith("The site has a post of the same title", StringComparison.Ordinal));
        Assert.Equal((FindingKind.Flagged, P.PublishDate), (flag.Kind, flag.Field));
        Assert.Contains("published 2019-01-02, but this post is dated 2020-06-18", flag.Message, StringComparison.Ordinal);
    }

    private ImportReport Import(string page, bool dryRun = false)
    {
        var file = Path.Combine(RepositoryPaths.Fixtures, page);
        var importedAt = new DateTimeOffset(2026, 12, 3, 9, 0, 0, TimeSpan.Zero);
        return ImportRunner.Run(new ImportOptions(_site.Path, [file], dryRun, ReplaceRules.None),
            (folder, planner) => [LegacyPostSource.For(folder, planner, ReplaceRules.None, null, importedAt, dryRun)]);
    }
}
