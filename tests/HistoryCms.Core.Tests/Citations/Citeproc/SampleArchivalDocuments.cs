using HistoryCms.Core.Content;
using HistoryCms.USync.Content;

namespace HistoryCms.Core.Tests.Citations.Citeproc;

/// <summary>Every archival document of the sample content (uSync/v17/Content), read with the project's own readers, so documents added later are included.</summary>
internal static class SampleArchivalDocuments
{
    public static IReadOnlyList<ArchivalDocument> Read()
    {
        var result = USyncContentReader.ReadFolder(Path.Combine(RepositoryPaths.Root, "uSync", "v17", "Content"));
        if (!result.IsClean)
        {
            throw new InvalidDataException("the sample content does not read cleanly: " + string.Join("; ", result.Problems));
        }

        var lookup = new Snapshot(result.Items);
        var reader = new HistoryContentReader(lookup);
        return [.. lookup.OfType(HistoryAliases.ContentTypes.ArchivalDocument).Select(reader.ReadArchivalDocument).OfType<ArchivalDocument>()];
    }

    private sealed class Snapshot(IReadOnlyList<ContentItem> items) : IContentLookup
    {
        public ContentItem? Find(Guid key) => items.FirstOrDefault(i => i.Key == key);

        public IEnumerable<ContentItem> ChildrenOf(Guid key) => items.Where(i => i.ParentKey == key).OrderBy(i => i.SortOrder);

        public IEnumerable<ContentItem> OfType(string contentType) => items.Where(i => i.ContentType == contentType);
    }
}
