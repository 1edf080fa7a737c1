using System.Globalization;
using System.Text;
using HistoryCms.Core.Citations;
using HistoryCms.Import.LegacyPosts;
using HistoryCms.Import.Planning;
using Folder = HistoryCms.Import.Planning.ContentFolder;
using P = HistoryCms.Core.HistoryAliases.Properties;

namespace HistoryCms.Import.Tests.LegacyPosts;

/// <summary>
/// Posts cite documents that earlier record imports wrote, found through the importer's state: a posts import reads the
/// cited documents' files, not the whole archive, once the slug index is kept.
/// </summary>
public sealed class ImportedDocumentsTests : IDisposable
{
    private const int OtherDocuments = 1_000;

    /// <summary>Every document the records import wrote: the cited three, the others, and three without an archive address.</summary>
    private const int AllDocuments = OtherDocuments + 6;

    private static readonly string[] CitedRecords = ["300001", "300002", "300003"];

    private static readonly string[] NotRenamed = ["300001", "300003"];

    private readonly TempFolder _work = new();

    public void Dispose() => _work.Dispose();

    private string USync => Path.Combine(_work.Path, "uSync");

    [Fact]
    public void The_first_slug_link_reads_each_document_once_and_later_runs_read_only_the_cited_documents()
    {
        ImportDocuments();

        var cold = Read(persist: true);
        var warm = Read(persist: true);

        // The page links to 300001 and 300003 by their record IDs, to 300002 by its slug, and to 999999, which is no document.
        Assert.Equal(CitedRecords.Select(ImportKeys.DocumentKey), cold.Cited);
        Assert.Equal(cold.Cited, warm.Cited);
        Assert.Equal(AllDocuments + CitedRecords.Length, cold.FilesRead);
        Assert.Equal(CitedRecords.Length, warm.FilesRead);
    }

    [Fact]
    public void A_dry_run_keeps_no_slug_index_so_the_next_run_reads_the_documents_again()
    {
        ImportDocuments();

        Read(persist: false);

        Assert.False(File.Exists(Path.Combine(USync, ImportState.Folder, DocumentSlugIndex.FileName)));
        Assert.Equal(AllDocuments + CitedRecords.Length, Read(persist: true).FilesRead);
    }

    [Fact]
    public void A_document_whose_file_changed_is_read_again_and_its_new_address_counts()
    {
        ImportDocuments();
        Read(persist: true);
        var file = Path.Combine(USync, Folder.Load(USync, removeLeftovers: false).State.Entries["300002"].RelativePath);
        var text = File.ReadAllText(file).Replace("/document/speech-andrei-vyshinsky-un-general-assembly", "/document/speech-vyshinsky-1947", StringComparison.Ordinal);
        File.WriteAllText(file, text, new UTF8Encoding(true));

        var again = Read(persist: true);

        // The page's link to /document/speech-andrei-vyshinsky-un-general-assembly names no document now; the changed file was read, and the cited ones.
        Assert.Equal(NotRenamed, again.Cited.Select(k => CitedRecords.Single(r => ImportKeys.DocumentKey(r) == k)));
        Assert.Equal(1 + 2, again.FilesRead);
        var imported = new ImportedDocuments(USync, Folder.Load(USync, removeLeftovers: false).State.Entries, persistIndex: false);
        Assert.True(imported.TryFindSlug("speech-vyshinsky-1947", out var identity));
        Assert.Equal("300002", identity);
    }

    [Fact]
    public void A_document_removed_from_the_folder_is_not_cited()
    {
        ImportDocuments();
        File.Delete(Path.Combine(USync, Folder.Load(USync, removeLeftovers: false).State.Entries["300001"].RelativePath));

        Assert.Equal(CitedRecords[1..].Select(ImportKeys.DocumentKey), Read(persist: true).Cited);
    }

    [Fact]
    public void An_unreadable_document_file_is_an_error_of_every_run_and_the_link_to_it_stays_a_link()
    {
        ImportDocuments();
        Read(persist: true);
        var relative = Folder.Load(USync, removeLeftovers: false).State.Entries["300002"].RelativePath;
        File.WriteAllText(Path.Combine(USync, relative), "<Content Key=");

        var first = Read(persist: true);
        var second = Read(persist: true);

        Assert.Equal(NotRenamed, first.Cited.Select(k => CitedRecords.Single(r => ImportKeys.DocumentKey(r) == k)));
        foreach (var run in new[] { first, second })
        {
            var problem = Assert.Single(run.Problems);
            Assert.Equal((relative, "file", FindingKind.Error), (problem.File, problem.Location, problem.Kind));
        }
    }

    /// <summary>Reads the HTML test page over the folder's imported documents, as the posts import does.</summary>
    private (IReadOnlyList<Guid> Cited, int FilesRead, IReadOnlyList<ImportFinding> Problems) Read(bool persist)
    {
        var folder = Folder.Load(USync, removeLeftovers: false);
        using var state = folder.State;
        var imported = new ImportedDocuments(USync, folder.State.Entries, persist);
        var result = new LegacyPostReader(PostFixtures.Options(ImportLookup.From([], imported))).ReadFile(PostFixtures.HtmlPath);
        var cited = CitationJson.Read(result.Post!.Item.Value(P.Citations)).List.Items.Select(c => c.DocumentGuid!.Value).ToList();
        return (cited, imported.FilesRead, imported.TakeProblems());
    }

    /// <summary>The three documents the page cites among thousands of others (and three without an archive address), through the records import.</summary>
    private void ImportDocuments()
    {
        var csv = new StringBuilder("record_id,title,original_publication_date,document_url\r\n")
            .Append("300001,Speech by George Marshall at the United Nations General Assembly,1947,https://digitalarchive.wilsoncenter.org/document/speech-george-marshall-un-general-assembly\r\n")
            .Append("300002,Speech by Andrei Vyshinsky at the United Nations General Assembly,1947,https://digitalarchive.wilsoncenter.org/document/speech-andrei-vyshinsky-un-general-assembly\r\n")
            .Append("300003,US Draft Resolution on Korea,1947,https://digitalarchive.wilsoncenter.org/document/us-draft-resolution-korea\r\n");
        for (var n = 0; n < OtherDocuments; n++)
        {
            var id = (400_000 + n).ToString(CultureInfo.InvariantCulture);
            csv.Append(CultureInfo.InvariantCulture, $"{id},Telegram number {id},1950,https://digitalarchive.wilsoncenter.org/document/telegram-{id}\r\n");
        }

        for (var n = 0; n < 3; n++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{500_000 + n},Note without an address {n},1951,\r\n");
        }

        var report = Importer.Records(USync, files: _work.Write("documents.csv", csv.ToString()));
        Assert.Equal(AllDocuments, Folder.Load(USync, removeLeftovers: false).State.Entries.Count);
        Assert.False(report.AnythingSkipped, report.ToText());
    }
}
