using HistoryCms.Core.Content;
using A = HistoryCms.Core.HistoryAliases.ContentTypes;
using P = HistoryCms.Core.HistoryAliases.Properties;

namespace HistoryCms.Core.Tests.ProgramBlocks;

/// <summary>An in-memory site for tests: a content lookup (test double for the published cache) with builders for each type.</summary>
internal sealed class SiteContent : IContentLookup
{
    private static readonly DateTimeOffset Created = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly Dictionary<Guid, ContentItem> _items = [];

    public ContentItem Add(string contentType, string name, Guid? key = null, Guid? parent = null, DateTimeOffset? created = null,
        params (string Alias, string? Value)[] values)
    {
        var itemKey = key ?? Guid.NewGuid();
        var slug = name.ToLowerInvariant().Replace(' ', '-');
        var parentPath = parent is { } p && _items.TryGetValue(p, out var parentItem) ? parentItem.RoutePath : "/";
        var item = new ContentItem(itemKey, contentType, name, parent, _items.Count, parent is null ? 1 : 2, created ?? Created, created ?? Created,
            $"{parentPath}{slug}/", values.ToDictionary(v => v.Alias, v => v.Value));
        _items[itemKey] = item;
        return item;
    }

    public ContentItem Program(string name, string? shortDescription = null, Guid? parent = null) =>
        Add(A.Program, name, parent: parent, values: (P.ShortDescription, shortDescription));

    public ContentItem Author(string name, string? jobTitle = null, string? photo = null) =>
        Add(A.Author, name, values: [(P.JobTitle, jobTitle), (P.Photo, photo)]);

    public ContentItem Document(string name, string? date = null, string? documentType = null, string? summary = null) =>
        Add(A.ArchivalDocument, name, values: [(P.DocumentDate, date), (P.Genre, documentType), (P.Summary, summary)]);

    public ContentItem Post(string name, IEnumerable<ContentItem> programs, string? publishDate = null, DateTimeOffset? created = null,
        IEnumerable<ContentItem>? authors = null, string? standfirst = null) =>
        Add(A.BlogPost, name, created: created, values:
        [
            (P.Programs, Udis(programs)),
            (P.PublishDate, publishDate),
            (P.Authors, authors is null ? null : Udis(authors)),
            (P.Standfirst, standfirst),
        ]);

    public static string Udis(IEnumerable<ContentItem> items) => string.Join(',', items.Select(i => $"umb://document/{i.Key:N}"));

    public ContentItem? Find(Guid key) => _items.GetValueOrDefault(key);

    public IEnumerable<ContentItem> ChildrenOf(Guid key) => _items.Values.Where(i => i.ParentKey == key).OrderBy(i => i.SortOrder);

    public IEnumerable<ContentItem> OfType(string contentType) => _items.Values.Where(i => i.ContentType == contentType);
}

/// <summary>A sanitizer test double that marks what it sanitized, so a test can see the mapping used it.</summary>
internal sealed class MarkingSanitizer : IHtmlSanitizer
{
    public string Sanitize(string html) => $"[sanitized]{html.Replace("<script>", string.Empty, StringComparison.Ordinal).Replace("</script>", string.Empty, StringComparison.Ordinal)}";
}
