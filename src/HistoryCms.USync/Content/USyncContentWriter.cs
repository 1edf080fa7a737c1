using System.Xml.Linq;
using HistoryCms.Core.Content;
using HistoryCms.USync.Naming;
using HistoryCms.USync.Schema;

namespace HistoryCms.USync.Content;

/// <summary>
/// Writes content items as uSync 14+ content files (<c>Content/&lt;safe file name of the node name&gt;.config</c>), published,
/// not trashed, without template or schedule. Every property of the item's document type is written (sorted by alias),
/// empty ones as empty values, as uSync does.
/// </summary>
/// <param name="model">The model that names each document type's properties.</param>
public sealed class USyncContentWriter(SchemaModel model)
{
    /// <summary>The folder (below the uSync folder) content files go into.</summary>
    public const string Folder = "Content";

    /// <summary>A writer for the package's own model.</summary>
    public static USyncContentWriter History { get; } = new(SchemaModel.History);

    /// <summary>Writes the files for a set of items (a whole tree: every parent must be among them).</summary>
    /// <param name="items">The items.</param>
    /// <returns>The files, paths relative to the uSync folder, ordered by path.</returns>
    /// <exception cref="ArgumentException">An item's parent is not among the items.</exception>
    public IReadOnlyList<USyncFile> Write(IReadOnlyCollection<ContentItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var byKey = items.ToDictionary(i => i.Key);
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var files = new List<USyncFile>();
        foreach (var item in items.OrderBy(i => i.Level).ThenBy(i => i.SortOrder).ThenBy(i => i.Key))
        {
            var name = UmbracoNames.SafeFileName(item.Name);
            if (!names.Add(name))
            {
                // uSync resolves a clash by appending a short form of the key to the later file.
                name = $"{name}_{item.Key:N}"[..(name.Length + 9)];
                names.Add(name);
            }

            files.Add(USyncFile.From($"{Folder}/{name}{USyncFile.Extension}", ToXml(item, byKey)));
        }

        return [.. files.OrderBy(f => f.RelativePath, StringComparer.Ordinal)];
    }

    /// <summary>The <c>Content</c> element of one item.</summary>
    /// <param name="item">The item.</param>
    /// <param name="all">Every item by key (for the parent's name and the path).</param>
    /// <returns>The element.</returns>
    /// <exception cref="ArgumentException">The item's parent is not in <paramref name="all"/>.</exception>
    public XElement ToXml(ContentItem item, IReadOnlyDictionary<Guid, ContentItem> all)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(all);
        var parent = item.ParentKey is { } parentKey
            ? all.GetValueOrDefault(parentKey) ?? throw new ArgumentException($"The parent {parentKey} of \"{item.Name}\" is not among the items.", nameof(all))
            : null;

        return new XElement("Content",
            new XAttribute("Key", Format.Key(item.Key)),
            new XAttribute("Alias", item.Name),
            new XAttribute("Level", item.Level),
            new XElement("Info",
                new XElement("Parent", new XAttribute("Key", Format.Key(parent?.Key ?? Guid.Empty)), parent?.Name ?? string.Empty),
                new XElement("Path", FriendlyPath(item, all)),
                new XElement("Trashed", Format.Bool(false)),
                new XElement("ContentType", item.ContentType),
                new XElement("CreateDate", Format.Date(item.CreateDate)),
                new XElement("NodeName", new XAttribute("Default", item.Name)),
                new XElement("SortOrder", item.SortOrder),
                new XElement("Published", new XAttribute("Default", Format.Bool(true))),
                new XElement("Schedule"),
                new XElement("Template")),
            new XElement("Properties",
                Format.ByAlias(PropertyAliases(item), a => a).Select(alias =>
                    new XElement(alias, new XElement("Value", new XCData(item.Values.GetValueOrDefault(alias) ?? string.Empty))))));
    }

    private HashSet<string> PropertyAliases(ContentItem item)
    {
        var type = model.ContentTypes.FirstOrDefault(t => string.Equals(t.Alias, item.ContentType, StringComparison.Ordinal));
        var aliases = new HashSet<string>(item.Values.Keys, StringComparer.Ordinal);
        if (type is not null)
        {
            aliases.UnionWith(type.Compositions.Select(model.ContentType).Append(type).SelectMany(t => t.Properties).Select(p => p.Alias));
        }

        return aliases;
    }

    /// <summary>uSync's friendly path: the safe alias of each name from the root down, e.g. <c>/WilsonCenter/Posts/FailedDiplomacy</c>.</summary>
    private static string FriendlyPath(ContentItem item, IReadOnlyDictionary<Guid, ContentItem> all)
    {
        var names = new List<string>();
        for (var current = item; current is not null; current = current.ParentKey is { } p ? all.GetValueOrDefault(p) : null)
        {
            names.Add(UmbracoNames.SafeAlias(current.Name));
            if (names.Count > all.Count)
            {
                throw new ArgumentException($"The parents of \"{item.Name}\" refer to each other in a loop.", nameof(all));
            }
        }

        names.Reverse();
        return "/" + string.Join('/', names);
    }
}
