using HistoryCms.Core.Content;
using HistoryCms.Import.LegacyPosts;

namespace HistoryCms.Import.Tests.LegacyPosts;

/// <summary>The seed post's capture and HTML test page, and the options the tests read them with.</summary>
internal static class PostFixtures
{
    public static readonly ContentFolder PostsFolder = new(new Guid("6c320ff2-4e8d-4048-a684-88e79607652e"), 2);
    public static readonly ContentFolder PeopleFolder = new(new Guid("24096931-ac4b-46b9-aa92-abc8aa9f8b78"), 2);
    public static readonly ContentFolder ProgramsFolder = new(new Guid("afe8d101-9e37-470b-a8a9-c4d6ba8743cd"), 2);

    public static readonly DateTimeOffset ImportedAt = new(2026, 12, 3, 9, 0, 0, TimeSpan.Zero);

    public const string SeedUrl = "https://www.wilsoncenter.org/blog-post/failed-diplomacy-soviet-american-relations-and-division-korea";

    public static string CapturePath => Path.Combine(RepositoryPaths.Fixtures, "legacy-post-failed-diplomacy.txt");

    public static string HtmlPath => Path.Combine(RepositoryPaths.Fixtures, "legacy-posts", "failed-diplomacy.html");

    public static string Capture => File.ReadAllText(CapturePath);

    public static string Html => File.ReadAllText(HtmlPath);

    /// <summary>A lookup that knows the documents the HTML page links to, except record 999999.</summary>
    public static ImportLookup Documents()
    {
        var lookup = ImportLookup.From([]);
        lookup.AddDocument("300001", "https://digitalarchive.wilsoncenter.org/document/speech-george-marshall-un-general-assembly");
        lookup.AddDocument("300002", "https://digitalarchive.wilsoncenter.org/document/speech-andrei-vyshinsky-un-general-assembly");
        lookup.AddDocument("300003", "https://digitalarchive.wilsoncenter.org/document/us-draft-resolution-korea");
        return lookup;
    }

    public static LegacyPostOptions Options(ImportLookup? lookup = null, params ReplacementRule[] rules) => new()
    {
        Folders = new ImportFolders(PostsFolder, PeopleFolder, ProgramsFolder),
        Lookup = lookup ?? Documents(),
        Rules = rules,
        ImportedAt = ImportedAt,
    };

    public static LegacyPostResult ReadCapture(params ReplacementRule[] rules) =>
        new LegacyPostReader(Options(null, rules)).Read(Capture, "legacy-post-failed-diplomacy.txt");

    public static LegacyPostResult ReadHtml(ImportLookup? lookup = null, params ReplacementRule[] rules) =>
        new LegacyPostReader(Options(lookup, rules)).Read(Html, "failed-diplomacy.html");

    public static ContentItem Program(LegacyPostResult result, string name) => result.Programs.Single(p => p.Item.Name == name).Item;
}
