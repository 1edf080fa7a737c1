using System.Text;
using System.Text.Json.Nodes;
using HistoryCms.Core.Citations;
using HistoryCms.USync.Content;
using P = HistoryCms.Core.HistoryAliases.Properties;

namespace HistoryCms.Import.Tests.Acceptance;

/// <summary>
/// <c>import-posts</c> over the real command line, after <c>import-records</c>: the post cites the imported documents by
/// their keys, its text is repaired and its spam flagged in the JSON report, and it is re-imported in place like a record.
/// </summary>
public sealed class LegacyPostImportTests : IDisposable
{
    private const string Title = "Failed Diplomacy: Soviet-American Relations and the Division of Korea";

    /// <summary>The three documents the test page links to (by record ID, by a record ID with a trailing slash, and by its slug); record 999999 is left out.</summary>
    private const string PageDocuments = "record_id,title,original_publication_date,document_url\r\n"
        + "300001,Speech by George Marshall at the United Nations General Assembly,1947,https://digitalarchive.wilsoncenter.org/document/speech-george-marshall-un-general-assembly\r\n"
        + "300002,Speech by Andrei Vyshinsky at the United Nations General Assembly,1947,https://digitalarchive.wilsoncenter.org/document/speech-andrei-vyshinsky-un-general-assembly\r\n"
        + "300003,US Draft Resolution on Korea,1947,https://digitalarchive.wilsoncenter.org/document/us-draft-resolution-korea\r\n";

    private static readonly string[] CitedRecords = ["300001", "300002", "300003"];

    private readonly TempFolder _work = new();

    public void Dispose() => _work.Dispose();

    private string USync => Path.Combine(_work.Path, "uSync");

    private string PostFile => Path.Combine(USync, "Content", "failed-diplomacy-soviet-american-relations-and-the-division-of-korea.config");

    private static string Page => Path.Combine(RepositoryPaths.Fixtures, "legacy-posts", "failed-diplomacy.html");

    [Fact]
    public async Task After_the_records_the_page_becomes_a_post_citing_the_imported_documents_by_key_with_markers_and_a_json_report()
    {
        await ImportRecordsAsync();
        var reportPath = Path.Combine(_work.Path, "report.json");

        var (exit, _) = await CliAsync("import-posts", Page, "--usync", USync, "--report", reportPath);

        Assert.Equal(1, exit); // the hero image is skipped (named in the report), so not everything went in
        var post = USyncContentFile.Read(PostFile);
        Assert.Equal(Title, post.Name);
        var citations = CitationJson.Read(post.Values[P.Citations]).List;
        Assert.Equal(CitedRecords.Select(ImportKeys.DocumentKey).Order(), citations.CitedDocumentKeys.Order());
        Assert.Equal(3, citations.Items.Count);
        var markup = JsonNode.Parse(post.Values[P.Body]!)!["markup"]!.GetValue<string>();
        Assert.All(citations.Items, c => Assert.Contains($"<sup data-citation=\"{c.Key}\"></sup>", markup, StringComparison.Ordinal));
        Assert.DoesNotContain("鈥", markup, StringComparison.Ordinal);
        Assert.DoesNotContain("â€", markup, StringComparison.Ordinal);

        var findings = JsonNode.Parse(await File.ReadAllTextAsync(reportPath, TestContext.Current.CancellationToken))!["findings"]!.AsArray()
            .Select(f => (Kind: f!["kind"]!.GetValue<string>(), Field: f["field"]?.GetValue<string>(), Message: f["message"]!.GetValue<string>())).ToList();
        Assert.Contains(findings, f => f is { Kind: "repaired", Field: P.Body } && f.Message.Contains("UTF-8 read as", StringComparison.Ordinal));
        Assert.Contains(findings, f => f is { Kind: "flagged", Field: P.Body } && f.Message.Contains("\"澳门六合彩\" looks injected", StringComparison.Ordinal));
        Assert.Contains(findings, f => f is { Kind: "flagged", Field: P.Body } && f.Message.Contains("/document/999999", StringComparison.Ordinal)
            && f.Message.Contains("names no imported document", StringComparison.Ordinal));
        Assert.DoesNotContain(findings, f => f.Message.Contains("/document/300001 ", StringComparison.Ordinal) && f.Message.Contains("names no imported document", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Importing_the_page_twice_changes_no_file_and_numbers_the_new_items_once()
    {
        await ImportRecordsAsync();
        await CliAsync("import-posts", Page, "--usync", USync);
        var files = Importer.Files(USync);
        var times = Directory.EnumerateFiles(Path.Combine(USync, "Content")).ToDictionary(f => f, File.GetLastWriteTimeUtc);

        var (exit, output) = await CliAsync("import-posts", Page, "--usync", USync);

        Assert.Equal(1, exit);
        Assert.Contains("0 created, 0 updated, 5 unchanged", output, StringComparison.Ordinal);
        Assert.Equal(files, Importer.Files(USync));
        Assert.Equal(times, Directory.EnumerateFiles(Path.Combine(USync, "Content")).ToDictionary(f => f, File.GetLastWriteTimeUtc));
        var created = Importer.Items(USync).Where(i => i.ContentType is "historyProgram" or "historyAuthor").ToList();
        Assert.Equal(created.Count, created.Select(i => (i.ParentKey, i.SortOrder)).Distinct().Count());
    }

    [Fact]
    public async Task An_editors_new_post_title_survives_a_reimport_and_is_reported_as_a_conflict()
    {
        await ImportRecordsAsync();
        await CliAsync("import-posts", Page, "--usync", USync);
        // uSync stores the name twice, as the root's Alias and NodeName Default; an edited node is exported with both.
        var text = await File.ReadAllTextAsync(PostFile, TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(PostFile, text.Replace($"\"{Title}\"", "\"Failed Diplomacy in Korea, 1947\"", StringComparison.Ordinal), new UTF8Encoding(true), TestContext.Current.CancellationToken);
        var reportPath = Path.Combine(_work.Path, "again.json");

        await CliAsync("import-posts", Page, "--usync", USync, "--report", reportPath);

        Assert.Equal("Failed Diplomacy in Korea, 1947", USyncContentFile.Read(PostFile).Name);
        var report = JsonNode.Parse(await File.ReadAllTextAsync(reportPath, TestContext.Current.CancellationToken))!;
        Assert.Equal(1, report["conflicts"]!.GetValue<int>());
        var conflict = Assert.Single(report["findings"]!.AsArray(), f => f!["kind"]!.GetValue<string>() == "conflict")!;
        Assert.Equal(("https://www.wilsoncenter.org/blog-post/failed-diplomacy-soviet-american-relations-and-division-korea", "name"),
            (conflict["location"]!.GetValue<string>(), conflict["field"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_dry_run_of_the_posts_import_writes_nothing_and_reports_what_it_would_create()
    {
        await ImportRecordsAsync();
        var before = Importer.Files(USync);
        var state = Directory.EnumerateFiles(Path.Combine(USync, ".import")).ToDictionary(f => f, File.ReadAllBytes);

        var (_, output) = await CliAsync("import-posts", Page, "--usync", USync, "--dry-run");

        Assert.Contains("8 created", output, StringComparison.Ordinal);
        Assert.Equal(before, Importer.Files(USync));
        Assert.Equal(state, Directory.EnumerateFiles(Path.Combine(USync, ".import")).ToDictionary(f => f, File.ReadAllBytes));
    }

    [Fact]
    public async Task A_url_for_several_files_is_refused_before_anything_is_read()
    {
        var (exit, output) = await CliAsync("import-posts", Page, Page, "--url", "https://www.wilsoncenter.org/blog-post/x", "--usync", USync);

        Assert.Equal(2, exit);
        Assert.Contains("--url names the address of one post, but 2 files were given", output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(USync));
    }

    private async Task ImportRecordsAsync()
    {
        var documents = _work.Write("page-documents.csv", PageDocuments);
        var (exit, output) = await CliAsync("import-records", RepositoryPaths.RecordsCsv, documents, "--usync", USync);
        Assert.True(exit == 0, output);
    }

    private static async Task<(int Exit, string Output)> CliAsync(params string[] arguments)
    {
        using var cli = ChildProcess.Start([ChildProcess.Cli, .. arguments]);
        var exit = await cli.WaitAsync();
        return (exit, string.Join('\n', cli.Output));
    }
}
