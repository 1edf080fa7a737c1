using System.Text.Json;
using HistoryCms.Core.Content;
using A = HistoryCms.Core.HistoryAliases.ContentTypes;

namespace HistoryCms.Web.Tests.TestSupport;

/// <summary>Builds invented content items (test data may be made up) under the sample site's folders.</summary>
internal static class ContentBuilder
{
    private static readonly DateTimeOffset Created = new(2024, 5, 1, 0, 0, 0, TimeSpan.Zero);

    public static ContentItem Item(Guid key, string type, string name, Guid parent, string route, Dictionary<string, string?>? values = null, int level = 3) =>
        new(key, type, name, parent, 0, level, Created, Created, route, values ?? []);

    public static ContentItem Post(Guid key, string name, string route, Dictionary<string, string?> values) =>
        Item(key, A.BlogPost, name, SampleSite.Posts, route, values);

    public static ContentItem Document(Guid key, string name, string route, Dictionary<string, string?> values) =>
        Item(key, A.ArchivalDocument, name, SampleSite.Archive, route, values);

    public static ContentItem Program(Guid key, string name, string route, Dictionary<string, string?> values) =>
        Item(key, A.Program, name, SampleSite.Programs, route, values);

    public static ContentItem Author(Guid key, string name, string route, Dictionary<string, string?> values) =>
        Item(key, A.Author, name, SampleSite.People, route, values);

    public static string Udi(params Guid[] keys) => string.Join(",", keys.Select(k => "umb://document/" + k.ToString("N")));

    public static string Json(object value) => JsonSerializer.Serialize(value);

    public static string CitationsValue(params object[] citations) => Json(new { v = 1, citations });

    public static string BlocksValue(params object[] blocks) => Json(new { v = 2, blocks });

    public static object Block(string kind, object content, string? anchor = null, string? heading = null) =>
        new { key = Guid.NewGuid(), kind, content, settings = new { anchor, hidden = false, heading } };
}
