using HistoryCms.Core.Content;

namespace HistoryCms.Core.Tests.Content;

/// <summary>An in-memory content tree (the test double for the published cache / uSync snapshot) with a small builder.</summary>
internal sealed class ContentTree : IContentLookup
{
    private readonly List<ContentItem> _items = [];

    public static string Udi(Guid key) => "umb://document/" + key.ToString("N");

    public ContentItem Add(string contentType, string name, Guid? parent = null, params (string Alias, string? Value)[] values)
    {
        var key = Guid.NewGuid();
        var item = new ContentItem(
            key, contentType, name, parent, _items.Count(i => i.ParentKey == parent), parent is null ? 1 : Find(parent.Value)!.Level + 1,
            new DateTimeOffset(2024, 5, 1, 9, 30, 0, TimeSpan.Zero), new DateTimeOffset(2024, 6, 2, 10, 0, 0, TimeSpan.Zero),
            "/" + name.ToLowerInvariant().Replace(' ', '-') + "/",
            values.ToDictionary(v => v.Alias, v => v.Value));
        _items.Add(item);
        return item;
    }

    public ContentItem? Find(Guid key) => _items.Find(i => i.Key == key);

    public IEnumerable<ContentItem> ChildrenOf(Guid key) => _items.Where(i => i.ParentKey == key).OrderBy(i => i.SortOrder);

    public IEnumerable<ContentItem> OfType(string contentType) => _items.Where(i => i.ContentType == contentType);
}
