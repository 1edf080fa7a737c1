using HistoryCms.Core.Content;
using A = HistoryCms.Core.HistoryAliases;
using P = HistoryCms.Core.HistoryAliases.Properties;

namespace HistoryCms.Core.Tests.Citations;

/// <summary>An in-memory content lookup (the real ones read Umbraco's cache or the uSync snapshot) and builders of items.</summary>
internal sealed class TestContent : IContentLookup
{
    private readonly Dictionary<Guid, ContentItem> _items = [];

    public static readonly Guid RecordKey = new("6b0c8f34-1d7e-4a57-9a3e-2f1c9d8e7a61");
    public static readonly Guid BundesarchivKey = new("0f4e2c1a-9b8d-4e7f-8a6b-5c4d3e2f1a0b");
    public static readonly Guid PostKey = new("a1b2c3d4-e5f6-4a5b-8c7d-9e0f1a2b3c4d");

    public static TestContent Sample()
    {
        var content = new TestContent();
        content.Add(Document(RecordKey, "Record of Conversation between Mao Zedong and N. S. Khrushchev", new()
        {
            [P.Source] = "RGANI, f. 5, op. 49, d. 131, ll. 193-194. Translated by Gary Goldberg.",
            [P.DocumentDate] = "1958-07-31",
        }));
        content.Add(Document(BundesarchivKey, "Note on the Korean Question", new()
        {
            [P.Source] = "BArch, B 136/59748, 403-410. Contributed, transcribed, and translated by Stephan Kieninger.",
        }));
        content.Add(Item(PostKey, A.ContentTypes.BlogPost, "Failed Diplomacy", new()));
        return content;
    }

    public static ContentItem Document(Guid key, string name, Dictionary<string, string?> values) =>
        Item(key, A.ContentTypes.ArchivalDocument, name, values);

    public static ContentItem Item(Guid key, string type, string name, Dictionary<string, string?> values) =>
        new(key, type, name, null, 0, 3, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, "/archive/" + key.ToString("N")[..8] + "/", values);

    public void Add(ContentItem item) => _items[item.Key] = item;

    public ContentItem? Find(Guid key) => _items.GetValueOrDefault(key);

    public IEnumerable<ContentItem> ChildrenOf(Guid key) => _items.Values.Where(i => i.ParentKey == key);

    public IEnumerable<ContentItem> OfType(string contentType) => _items.Values.Where(i => i.ContentType == contentType);
}
