using System.Text;
using HistoryCms.Core.Content;
using HistoryCms.Import.LegacyPosts;
using P = HistoryCms.Core.HistoryAliases.Properties;

namespace HistoryCms.Import.Tests.LegacyPosts;

public sealed class FileReadingTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("historycms-import-").FullName;

    [Fact]
    public async Task A_saved_page_is_read_from_its_file_as_from_its_text()
    {
        var path = Path.Combine(_folder, "failed-diplomacy.html");
        File.Copy(PostFixtures.HtmlPath, path);

        var fromFile = await new LegacyPostReader(PostFixtures.Options()).ReadFileAsync(path, cancellationToken: TestContext.Current.CancellationToken);
        var fromText = PostFixtures.ReadHtml();

        Assert.Equal(fromText.Post!.Item.Values, fromFile.Post!.Item.Values);
        Assert.All(fromFile.Findings, f => Assert.Equal(path, f.File));
    }

    [Fact]
    public async Task A_file_that_is_not_utf8_is_read_as_windows_1252_and_that_is_reported()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var path = Path.Combine(_folder, "cafe.html");
        await File.WriteAllBytesAsync(path, Encoding.GetEncoding(1252).GetBytes(
            "<html><body><h1>Café diplomacy</h1><p>Summary.</p><p>The attaché’s report.</p></body></html>"), TestContext.Current.CancellationToken);

        var result = await new LegacyPostReader(PostFixtures.Options()).ReadFileAsync(path, "https://www.wilsoncenter.org/blog-post/cafe", TestContext.Current.CancellationToken);

        Assert.Equal("Café diplomacy", result.Post!.Item.Name);
        Assert.Contains("The attaché’s report.", RichTextMarkup.Of(result.Post.Item.Value(P.Body)), StringComparison.Ordinal);
        Assert.Contains(result.Findings, f => f.Kind == FindingKind.Guessed && f.Message.Contains("not valid UTF-8", StringComparison.Ordinal));
    }

    [Fact]
    public void The_lookup_finds_the_folders_programs_authors_and_documents_of_a_site()
    {
        var root = Guid.NewGuid();
        ContentItem Item(string type, string name, int level, params (string Alias, string Value)[] values) =>
            new(Guid.NewGuid(), type, name, root, 0, level, default, default, string.Empty, values.ToDictionary(v => v.Alias, v => (string?)v.Value));
        var posts = Item("historyPostsFolder", "Posts", 2);
        var document = Item("historyArchivalDocument", "Letter", 3, (P.RecordId, "300653"), (P.ArchiveUrl, "https://digitalarchive.wilsoncenter.org/document/letter-jawaharlal-nehru-all-provincial-premiers"));

        var lookup = ImportLookup.From([posts, Item("historyPeopleFolder", "People", 2), Item("historyProgramsFolder", "Programs", 2), document,
            Item("historyProgram", "Cold War International History Project", 3)]);

        Assert.Equal(new ContentFolder(posts.Key, 2), lookup.Folders!.Posts);
        Assert.True(lookup.TryFindDocument("300653", out var key));
        Assert.Equal(document.Key, key);
        Assert.True(lookup.TryFindSlug("letter-jawaharlal-nehru-all-provincial-premiers", out var recordId));
        Assert.Equal("300653", recordId);
        Assert.NotNull(lookup.FindProgram("cold war international history project"));
        Assert.Null(ImportLookup.From([posts]).Folders);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
