using HistoryCms.Core;
using HistoryCms.Core.Content;
using P = HistoryCms.Core.HistoryAliases.Properties;

namespace HistoryCms.Search.Tests.Contributors;

/// <summary>Invented content items with raw stored values, and a lookup over them that tests can change.</summary>
internal sealed class SampleContent : IContentLookup
{
    public static readonly Guid Programs = Guid.Parse("00000000-0000-0000-0000-00000000a001");
    public static readonly Guid Program = Guid.Parse("00000000-0000-0000-0000-00000000a002");
    public static readonly Guid Project = Guid.Parse("00000000-0000-0000-0000-00000000a003");
    public static readonly Guid Archive = Guid.Parse("00000000-0000-0000-0000-00000000a004");
    public static readonly Guid Document = Guid.Parse("00000000-0000-0000-0000-00000000a005");
    public static readonly Guid Author = Guid.Parse("00000000-0000-0000-0000-00000000a006");
    public static readonly Guid Post = Guid.Parse("00000000-0000-0000-0000-00000000a007");

    private readonly Dictionary<Guid, ContentItem> _items = [];

    public SampleContent()
    {
        Add(Item(Programs, null, HistoryAliases.ContentTypes.ProgramsFolder, "Programs", []));
        Add(Item(Program, Programs, HistoryAliases.ContentTypes.Program, "History and Public Policy", new() { [P.ShortDescription] = "Archives of the Cold War." }));
        Add(Item(Project, Program, HistoryAliases.ContentTypes.Program, "North Korea Project", new() { [P.ShortDescription] = "Documents from Pyongyang." }));
        Add(Item(Archive, null, HistoryAliases.ContentTypes.ArchiveFolder, "Archive", []));
        Add(Item(Document, Archive, HistoryAliases.ContentTypes.ArchivalDocument, "Record of a Conversation with Vyshinsky", new()
        {
            [P.Translation] = "<p>[p. 1]</p><p>Вышинский said the &lt;draft&gt; was acceptable.</p>",
            [P.DocumentDate] = "1952-03",
            [P.Genre] = "[\"Memorandum of Conversation\"]",
            [P.OriginalLanguages] = "[\"ru\"]",
            [P.Subjects] = "[\"Korean War\",\"Armistice\"]",
            [P.People] = "Andrei Vyshinsky | Вышинский | Vyshinskii\nPak Seong-cheol | Pak Song Chol",
            [P.Places] = "[\"Moscow\"]",
            [P.Source] = "RGANI, f. 5, op. 49, d. 131, ll. 193-194.",
            [P.Programs] = Udi(Project),
            [P.OriginalTitle] = "Запись беседы",
        }));
        Add(Item(Author, null, HistoryAliases.ContentTypes.Author, "A. Historian", new() { [P.JobTitle] = "Senior Scholar", [P.Affiliation] = Udi(Program) }));
        Add(Item(Post, null, HistoryAliases.ContentTypes.BlogPost, "Failed Diplomacy", new()
        {
            [P.Body] = "<p>The talks <em>stalled</em> in 1952.</p>",
            [P.Authors] = Udi(Author),
            [P.Programs] = Udi(Program),
            [P.Topics] = "[\"Diplomacy\"]",
            [P.PublishDate] = "2024-05-01 00:00:00",
        }));
    }

    public void Add(ContentItem item) => _items[item.Key] = item;

    public void Remove(Guid key) => _items.Remove(key);

    public ContentItem? Find(Guid key) => _items.GetValueOrDefault(key);

    public IEnumerable<ContentItem> ChildrenOf(Guid key) => _items.Values.Where(i => i.ParentKey == key).OrderBy(i => i.SortOrder);

    public IEnumerable<ContentItem> OfType(string contentType) => _items.Values.Where(i => i.ContentType == contentType);

    public static ContentItem Item(Guid key, Guid? parent, string type, string name, Dictionary<string, string?> values) =>
        new(key, type, name, parent, 0, parent is null ? 1 : 2, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, "/" + name.ToLowerInvariant().Replace(' ', '-') + "/", values);

    private static string Udi(Guid key) => "umb://document/" + key.ToString("N");
}
