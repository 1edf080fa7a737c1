using HistoryCms.Core.Content;
using HistoryCms.Core.Delivery;
using A = HistoryCms.Core.HistoryAliases.ContentTypes;

namespace HistoryCms.Server.Tests;

/// <summary>A small invented site: root, folders, two authors, a program with two projects, three documents, three posts.</summary>
internal static class TestSite
{
    public static readonly Guid Root = new("10000000-0000-0000-0000-000000000001");
    public static readonly Guid Posts = new("10000000-0000-0000-0000-000000000002");
    public static readonly Guid People = new("10000000-0000-0000-0000-000000000003");
    public static readonly Guid Programs = new("10000000-0000-0000-0000-000000000004");
    public static readonly Guid Archive = new("10000000-0000-0000-0000-000000000005");
    public static readonly Guid Kraus = new("20000000-0000-0000-0000-000000000001");
    public static readonly Guid Doe = new("20000000-0000-0000-0000-000000000002");
    public static readonly Guid Happ = new("30000000-0000-0000-0000-000000000001");
    public static readonly Guid Nkidp = new("30000000-0000-0000-0000-000000000002");
    public static readonly Guid Cwihp = new("30000000-0000-0000-0000-000000000003");
    public static readonly Guid UsDraft = new("40000000-0000-0000-0000-000000000001");
    public static readonly Guid SovietDraft = new("40000000-0000-0000-0000-000000000002");
    public static readonly Guid Undated = new("40000000-0000-0000-0000-000000000003");
    public static readonly Guid FailedDiplomacy = new("50000000-0000-0000-0000-000000000001");
    public static readonly Guid SecondPost = new("50000000-0000-0000-0000-000000000002");
    public static readonly Guid ThirdPost = new("50000000-0000-0000-0000-000000000003");

    public static IReadOnlyList<ContentItem> Items() =>
    [
        Item(Root, "historySiteRoot", "History site", null, 0, "/", new() { ["introduction"] = "A research program's site." }),
        Item(Posts, A.PostsFolder, "Posts", Root, 0, "/posts/"),
        Item(People, A.PeopleFolder, "People", Root, 1, "/people/"),
        Item(Programs, A.ProgramsFolder, "Programs", Root, 2, "/programs/"),
        Item(Archive, A.ArchiveFolder, "Archive", Root, 3, "/archive/"),
        Item(Kraus, A.Author, "Charles Kraus", People, 0, "/people/charles-kraus/", new()
        {
            ["jobTitle"] = "Deputy Director, History and Public Policy Program",
            ["affiliation"] = Udi(Happ),
            ["email"] = "someone@example.org",
            ["links"] = """[{"name":"Site","url":"https://example.org/kraus","target":"_blank"},{"name":"Program","udi":"umb://document/30000000000000000000000000000001"}]""",
        }),
        Item(Doe, A.Author, "Jane Doe", People, 1, "/people/jane-doe/", new() { ["jobTitle"] = "Fellow" }),
        Item(Happ, A.Program, "History and Public Policy Program", Programs, 0, "/programs/history-and-public-policy-program/", new()
        {
            ["shortDescription"] = "The program.",
            ["blocks"] = """{"v":2,"blocks":[{"key":"60000000-0000-0000-0000-000000000001","kind":"richText","content":{"markup":"<p>About</p>"},"settings":{}}]}""",
            ["contact"] = "program@example.org",
        }),
        Item(Nkidp, A.Program, "North Korea International Documentation Project", Happ, 0, "/programs/history-and-public-policy-program/nkidp/", new() { ["shortDescription"] = "NKIDP." }),
        Item(Cwihp, A.Program, "Cold War International History Project", Happ, 1, "/programs/history-and-public-policy-program/cwihp/", new() { ["shortDescription"] = "CWIHP." }),
        Item(UsDraft, A.ArchivalDocument, "United States Draft Resolution A/C.1/218", Archive, 0, "/archive/us-draft/", new()
        {
            ["documentDate"] = "1947-10-17", ["programs"] = Udi(Happ), ["documentType"] = """["Draft Resolution"]""", ["originalLanguages"] = """["en"]""",
            ["translators"] = "Gary Goldberg\nSomeone Else", ["subjects"] = """["Korea","United Nations"]""",
            ["people"] = "Andrei Vyshinsky | Andrey Vyshinsky | Вышинский\nWarren Austin",
        }),
        Item(SovietDraft, A.ArchivalDocument, "Soviet Draft Resolution A/C.1/229", Archive, 1, "/archive/soviet-draft/", new()
        {
            ["documentDate"] = "1947-10-29", ["programs"] = Udi(Cwihp),
        }),
        Item(Undated, A.ArchivalDocument, "An undated note", Archive, 2, "/archive/undated-note/", new() { ["programs"] = Udi(Nkidp) }),
        Item(FailedDiplomacy, A.BlogPost, "Failed Diplomacy", Posts, 0, "/posts/failed-diplomacy/", new()
        {
            ["standfirst"] = "How Korea reached the UN.",
            ["body"] = """<p>Text<sup data-citation="70000000-0000-0000-0000-000000000001"></sup> and “quotes”.</p>""",
            ["authors"] = Udi(Kraus),
            ["programs"] = Udi(Happ),
            ["citations"] = Citations(UsDraft, SovietDraft),
            ["publishDate"] = "2024-05-01 00:00:00",
            ["topics"] = """["Korea","United Nations"]""",
            ["relatedPosts"] = Udi(SecondPost),
        }, created: new DateTimeOffset(2024, 4, 20, 9, 0, 0, TimeSpan.Zero)),
        Item(SecondPost, A.BlogPost, "A second post", Posts, 1, "/posts/a-second-post/", new()
        {
            ["authors"] = Udi(Kraus) + "," + Udi(Doe), ["programs"] = Udi(Nkidp), ["citations"] = Citations(SovietDraft), ["body"] = "<p>Two.</p>",
        }, created: new DateTimeOffset(2024, 6, 1, 0, 0, 0, TimeSpan.Zero)),
        Item(ThirdPost, A.BlogPost, "Zebra notes", Posts, 2, "/posts/zebra-notes/", new()
        {
            ["authors"] = Udi(Doe), ["programs"] = Udi(Cwihp), ["publishDate"] = "2023-01-01 00:00:00", ["body"] = "<p>Three.</p>",
        }, created: new DateTimeOffset(2022, 12, 1, 0, 0, 0, TimeSpan.Zero)),
    ];

    public static string Udi(Guid key) => ContentUdi.ForDocument(key);

    public static string Citations(params Guid[] documents) =>
        "{\"v\":1,\"citations\":[" + string.Join(",", documents.Select((d, i) =>
            $"{{\"key\":\"70000000-0000-0000-0000-00000000000{i + 1}\",\"documentKey\":\"{d}\",\"locator\":{{\"label\":\"page\",\"value\":\"{i + 1}\"}}}}")) + "]}";

    public static ContentItem Item(
        Guid key, string type, string name, Guid? parent, int sortOrder, string path, Dictionary<string, string?>? values = null, DateTimeOffset? created = null)
    {
        var createDate = created ?? new DateTimeOffset(2024, 1, 1, 12, 0, 0, TimeSpan.Zero).AddMinutes(sortOrder);
        return new ContentItem(key, type, name, parent, sortOrder, path.Count(c => c == '/'), createDate, createDate.AddDays(1), path, values ?? []);
    }
}
