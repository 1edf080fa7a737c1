using HistoryCms.Core.Content;
using A = HistoryCms.Core.HistoryAliases.ContentTypes;
using P = HistoryCms.Core.HistoryAliases.Properties;

namespace HistoryCms.Import.LegacyPosts;

/// <summary>
/// What the target site already holds (or this run imports), so that posts cite and link to existing items rather than
/// to new copies: archival documents by record ID and by their archive page's URL (its last path segment, for
/// <c>/document/&lt;slug&gt;</c> links), programs and authors by name, and the posts, people and programs folders. Documents
/// earlier record imports wrote come from <see cref="ImportedDocuments"/> (the importer's state), asked only for the links
/// a post has.
/// </summary>
public sealed class ImportLookup
{
    private readonly Dictionary<string, Guid> _documentsByRecordId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _recordIdsBySlug = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, ContentItem> _programs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ContentItem> _authors = new(StringComparer.Ordinal);

    /// <summary>The documents earlier imports wrote, asked when the items do not have a document; <c>null</c> when there are none.</summary>
    public ImportedDocuments? Imported { get; init; }

    /// <summary>The folders found among the items (by document type), or <c>null</c> when one of them is missing.</summary>
    public ImportFolders? Folders { get; private set; }

    /// <summary>Indexes existing content items (e.g. the uSync snapshot of the target folder).</summary>
    /// <param name="items">The items.</param>
    /// <returns>The lookup.</returns>
    public static ImportLookup From(IEnumerable<ContentItem> items) => From(items, null);

    /// <summary>Indexes existing content items, and asks <paramref name="imported"/> for documents they do not hold.</summary>
    /// <param name="items">The items (e.g. the ones the importer did not write).</param>
    /// <param name="imported">The documents earlier imports wrote, or <c>null</c>.</param>
    /// <returns>The lookup.</returns>
    public static ImportLookup From(IEnumerable<ContentItem> items, ImportedDocuments? imported)
    {
        ArgumentNullException.ThrowIfNull(items);
        var lookup = new ImportLookup { Imported = imported };
        ContentFolder? posts = null, people = null, programs = null;
        foreach (var item in items)
        {
            switch (item.ContentType)
            {
                case A.ArchivalDocument when item.Value(P.RecordId) is { } recordId:
                    lookup.AddDocument(recordId, item.Value(P.ArchiveUrl), item.Key);
                    break;
                case A.Program:
                    lookup._programs.TryAdd(ImportKeys.NormaliseName(item.Name), item);
                    break;
                case A.Author:
                    lookup._authors.TryAdd(ImportKeys.NormaliseName(item.Name), item);
                    break;
                case A.PostsFolder:
                    posts ??= new ContentFolder(item.Key, item.Level);
                    break;
                case A.PeopleFolder:
                    people ??= new ContentFolder(item.Key, item.Level);
                    break;
                case A.ProgramsFolder:
                    programs ??= new ContentFolder(item.Key, item.Level);
                    break;
            }
        }

        lookup.Folders = posts is not null && people is not null && programs is not null ? new ImportFolders(posts, people, programs) : null;
        return lookup;
    }

    /// <summary>Adds a document (one imported in the same run, say) under its record ID and archive URL.</summary>
    /// <param name="recordId">The Digital Archive record ID.</param>
    /// <param name="archiveUrl">Its page on the archive (<c>https://digitalarchive.wilsoncenter.org/document/&lt;slug&gt;</c>), if known.</param>
    /// <param name="key">Its key; <see cref="ImportKeys.DocumentKey"/> of the record ID when <c>null</c>.</param>
    public void AddDocument(string recordId, string? archiveUrl = null, Guid? key = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(recordId);
        var id = recordId.Trim();
        _documentsByRecordId.TryAdd(id, key ?? ImportKeys.DocumentKey(id));
        if (ArchiveLinks.DocumentSegment(archiveUrl) is { } slug)
        {
            _recordIdsBySlug.TryAdd(slug, id);
        }
    }

    /// <summary>The key of a known document by record ID.</summary>
    /// <param name="recordId">The record ID.</param>
    /// <param name="key">Its key.</param>
    /// <returns>Whether the document is known.</returns>
    public bool TryFindDocument(string recordId, out Guid key)
    {
        ArgumentNullException.ThrowIfNull(recordId);
        var id = recordId.Trim();
        if (_documentsByRecordId.TryGetValue(id, out key))
        {
            return true;
        }

        return Imported?.TryFind(id, out key) == true;
    }

    /// <summary>The record ID of a known document by the last segment of its archive URL.</summary>
    /// <param name="slug">The segment.</param>
    /// <param name="recordId">Its record ID.</param>
    /// <returns>Whether a document has that URL.</returns>
    public bool TryFindSlug(string slug, out string recordId)
    {
        ArgumentNullException.ThrowIfNull(slug);
        if (_recordIdsBySlug.TryGetValue(slug, out recordId!))
        {
            return true;
        }

        recordId = string.Empty;
        return Imported?.TryFindSlug(slug, out recordId) == true;
    }

    /// <summary>An existing program of that name (whitespace and case ignored), or <c>null</c>.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The item, or <c>null</c>.</returns>
    public ContentItem? FindProgram(string name) => _programs.GetValueOrDefault(ImportKeys.NormaliseName(name));

    /// <summary>An existing author of that name (whitespace and case ignored), or <c>null</c>.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The item, or <c>null</c>.</returns>
    public ContentItem? FindAuthor(string name) => _authors.GetValueOrDefault(ImportKeys.NormaliseName(name));
}
