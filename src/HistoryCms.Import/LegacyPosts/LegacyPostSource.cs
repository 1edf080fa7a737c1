using HistoryCms.Core.Content;
using HistoryCms.Import.Planning;
using A = HistoryCms.Core.HistoryAliases.ContentTypes;
using Folder = HistoryCms.Import.Planning.ContentFolder;

namespace HistoryCms.Import.LegacyPosts;

/// <summary>
/// Legacy blog posts (saved HTML pages and plain-text captures) as an <see cref="IImportSource"/>: each file gives the
/// programs and authors the site lacks (parents first), then the post, each under the identity the reader gives it (the
/// post's old URL; <c>program:</c>/<c>author:</c> and the name), so the planner finds them again, keeps editors' changes
/// and numbers new items' sort orders. The reader applies the user's rules itself, paragraph by paragraph.
/// </summary>
/// <param name="reader">The reader, over the folder's documents, programs, authors and folders.</param>
/// <param name="oldUrl">The post's old URL when the user gave one (one file only), else <c>null</c>: the page's canonical URL, else one guessed from its title.</param>
public sealed class LegacyPostSource(LegacyPostReader reader, string? oldUrl = null) : IImportSource
{
    private static readonly string[] Extensions = [".html", ".htm", ".xhtml", ".txt"];

    private ExistingPosts? _existingPosts;
    private ImportedDocuments? _documents;
    private IReadOnlyDictionary<string, ImportedEntry> _imported = new Dictionary<string, ImportedEntry>();

    /// <inheritdoc />
    public bool AppliesRules => true;

    /// <summary>
    /// The source for a loaded folder: what the folder holds goes into the reader's lookup (documents by record ID and
    /// archive address, programs and authors by name, the posts, people and programs folders); a folder it lacks is created
    /// at the root and reported. Documents earlier record imports wrote are found through the importer's state, their files
    /// read only when a post cites them (<see cref="ImportedDocuments"/>). Programs and authors an earlier post import created
    /// are not looked up but read again, so that they are updated in place like the post. A post no import made that is the
    /// same article as an imported one (same title and publish date) is updated in place (<see cref="ExistingPosts"/>).
    /// </summary>
    /// <param name="folder">The loaded uSync folder.</param>
    /// <param name="planner">The planner (it writes missing folders).</param>
    /// <param name="rules">The user's replacement rules.</param>
    /// <param name="oldUrl">The post's old URL (<c>--url</c>), or <c>null</c>.</param>
    /// <param name="importedAt">The run's start: the date of items whose post gives none.</param>
    /// <param name="dryRun">Whether the run writes nothing (then the documents' slug index is not saved either).</param>
    /// <returns>The source.</returns>
    public static LegacyPostSource For(Folder folder, ItemPlanner planner, ReplaceRules rules, string? oldUrl, DateTimeOffset importedAt, bool dryRun = false)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(planner);
        ArgumentNullException.ThrowIfNull(rules);
        var items = new List<ContentItem>();
        var posts = new List<ExistingPost>();
        foreach (var node in folder.Others.Values.Where(n => !n.Trashed))
        {
            var item = new ContentItem(node.Key, node.ContentType, node.Name, node.ParentKey, node.SortOrder, planner.LevelOf(node.Key), node.CreateDate, node.CreateDate, string.Empty, node.Values);
            items.Add(item);
            if (node.ContentType == A.BlogPost)
            {
                posts.Add(new ExistingPost(item, node.Path));
            }
        }

        var documents = new ImportedDocuments(folder.Root, folder.State.Entries, persistIndex: !dryRun);
        var lookup = ImportLookup.From(items, documents);
        var folders = lookup.Folders ?? new ImportFolders(
            Target(items, A.PostsFolder, "Posts", planner),
            Target(items, A.PeopleFolder, "People", planner),
            Target(items, A.ProgramsFolder, "Programs", planner));
        var reader = new LegacyPostReader(new LegacyPostOptions { Folders = folders, Lookup = lookup, Rules = rules.Rules, ImportedAt = importedAt });
        return new LegacyPostSource(reader, oldUrl) { _existingPosts = new ExistingPosts(posts), _imported = folder.State.Entries, _documents = documents };
    }

    /// <inheritdoc />
    public bool CanRead(string path) => Extensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase);

    /// <inheritdoc />
    public IEnumerable<ImportItem> Read(string path, ICollection<ImportFinding> findings)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(findings);
        var result = reader.ReadFile(path, oldUrl);
        foreach (var finding in result.Findings.Concat(_documents?.TakeProblems() ?? []))
        {
            findings.Add(finding);
        }

        var items = result.Items.Select(i => new ImportItem(i.Item, i.Identity)).ToList();
        if (result.Post is { } post && !_imported.ContainsKey(post.Identity) && _existingPosts?.Match(post.Item, post.Identity, path, findings) is { } same)
        {
            // The planner finds an item the state does not know by its key: the existing post's key makes it update that file.
            items[^1] = items[^1] with { Content = post.Item with { Key = same.Item.Key } };
        }

        return items;
    }

    private static ContentFolder Target(IReadOnlyList<ContentItem> items, string contentType, string name, ItemPlanner planner)
    {
        if (items.FirstOrDefault(i => i.ContentType == contentType) is { } existing)
        {
            return new ContentFolder(existing.Key, existing.Level);
        }

        var key = ImportKeys.For("folder", contentType);
        planner.WriteFolder(new ContentItem(key, contentType, name, null, 0, 1, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, string.Empty, new Dictionary<string, string?>()));
        return new ContentFolder(key, 1);
    }
}
