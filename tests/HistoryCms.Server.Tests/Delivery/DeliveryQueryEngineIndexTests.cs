using System.Globalization;
using HistoryCms.Core.Content;
using HistoryCms.Server.Delivery;
using HistoryCms.Server.Snapshot;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using A = HistoryCms.Core.HistoryAliases.ContentTypes;

namespace HistoryCms.Server.Tests.Delivery;

/// <summary>
/// The engine's index paths (filter posting lists and their runs under a start item, the snapshot's sort keys and orders, the
/// page read off a sort's order for large results, the bounded heap) against a plain evaluation of the same query over every
/// item in tree order, on a generated site large enough to take each path.
/// </summary>
public sealed class DeliveryQueryEngineIndexTests
{
    private static readonly GeneratedSite Site = GeneratedSite.Build();

    public static TheoryData<string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var filter in Filters.Keys)
        {
            foreach (var sort in Sorts.Keys)
            {
                foreach (var page in Pages)
                {
                    data.Add(filter, sort, page);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_query_answers_what_a_plain_evaluation_over_every_item_answers(string filter, string sort, string page)
    {
        var (total, items) = DeliveryQueryEngine.Run(Site.Snapshot, Parse(filter, sort, page), startItem: null);

        var (expectedTotal, expected) = Evaluate(Site.Snapshot.Nodes, Filters[filter], sort, page);
        Assert.Equal(expectedTotal, total);
        Assert.Equal(expected.Select(n => n.Item.Name + " " + n.Key), items.Select(n => n.Item.Name + " " + n.Key));
    }

    // The table's filters with index bits only (content types, keys; not negated) and enough candidates are answered from the
    // bits' intersection. An alias in another case names no type: Umbraco indexes the alias as a StringRaw field
    // (src/Umbraco.Cms.Api.Delivery/Indexing/Filters/ContentTypeFilterIndexer.cs, release/17.4.2), which Examine's
    // RawStringType matches exactly (KeywordAnalyzer).
    [Theory]
    [InlineData("filter=contentType:historyBlogPost&filter=program:{program}", true)]
    [InlineData("filter=contentType:historyArchivalDocument,historyBlogPost&filter=program:{program}", true)]
    [InlineData("filter=contentType:!HistoryBlogPost&filter=program:{program}", false)]
    [InlineData("filter=contentType:historyBlogPost&filter=author:!{author}", false)]
    public void Queries_whose_filters_all_have_index_bits_are_answered_from_their_intersection(string filter, bool intersected)
    {
        var query = Parse(filter, "sort=publishDate:desc", "skip=0&take=10");
        var set = CandidateSet.For(Site.Snapshot, query, startItem: null);

        Assert.True(set.End - set.Start >= DeliveryQueryEngine.BitsMinimum, $"{set.End - set.Start} candidates");
        Assert.Equal(intersected, query.Filters.All(f => f.Members(Site.Snapshot) is not null));
    }

    [Theory]
    [InlineData("filter=contentType:historyBlogPost")]
    [InlineData("filter=contentType:historyBlogPost&filter=program:{program}")]
    [InlineData("filter=author:{author},{author2}")]
    [InlineData("filter=contentType:!historyBlogPost")]
    public void Under_a_start_item_only_its_descendants_answer(string filter)
    {
        foreach (var sort in new[] { "", "sort=publishDate:desc", "sort=sortOrder:asc&sort=name:desc" })
        {
            foreach (var page in new[] { "skip=0&take=10", "skip=95&take=10", "skip=0&take=1000" })
            {
                var (total, items) = DeliveryQueryEngine.Run(Site.Snapshot, Parse(filter, sort, page), Site.SecondRoot);

                var under = Site.Snapshot.Nodes.Where(n => n.Ordinal > Site.SecondRoot.Ordinal && n.Ordinal < Site.SecondRoot.SubtreeEnd);
                var (expectedTotal, expected) = Evaluate(under, Filters[filter], sort, page);
                Assert.True(expectedTotal > 0, filter);
                Assert.Equal(expectedTotal, total);
                Assert.Equal(expected.Select(n => n.Key), items.Select(n => n.Key));
            }
        }
    }

    [Theory]
    [InlineData("createDate")]
    [InlineData("name")]
    [InlineData("publishDate")]
    [InlineData("documentDate")]
    [InlineData("sortOrder")]
    public void A_sort_order_lists_every_item_by_key_with_equal_keys_in_tree_order(string sort)
    {
        Assert.True(QuerySort.TryParse(sort + ":asc", out var parsed, out var error), error);

        var order = parsed!.Order(Site.Snapshot);
        var keys = parsed.Keys(Site.Snapshot);

        Assert.Equal(Site.Snapshot.Nodes.Count, order.Length);
        Assert.Equal(Enumerable.Range(0, order.Length), order.Order());
        for (var i = 1; i < order.Length; i++)
        {
            Assert.True(keys[order[i - 1]] < keys[order[i]] || (keys[order[i - 1]] == keys[order[i]] && order[i - 1] < order[i]), $"positions {i - 1} and {i}");
        }

        Assert.Same(order, parsed.Order(Site.Snapshot));

        // Every key repeats on this site (names too: equal names share a rank), so the tie order is exercised.
        Assert.Contains(keys.GroupBy(k => k), g => g.Count() > 1);
    }

    [Theory]
    [InlineData("sort=name:asc")]
    [InlineData("sort=name:desc")]
    public void A_large_result_at_the_far_end_of_the_sort_order_still_answers_its_first_page(string sort)
    {
        // 5,000 documents named before (or, descending, after) 1,100 posts: reading the name order from its start meets
        // every document before the first post, so the engine sorts the posts instead.
        var root = Guid.NewGuid();
        var items = new List<ContentItem> { TestSite.Item(root, "historySiteRoot", "Site", null, 0, "/") };
        var descending = sort.EndsWith(":desc", StringComparison.Ordinal);
        for (var i = 0; i < 5000; i++)
        {
            items.Add(TestSite.Item(Guid.NewGuid(), A.ArchivalDocument, (descending ? "Z " : "A ") + i.ToString("D4", CultureInfo.InvariantCulture), root, i, $"/d{i}/"));
        }

        for (var i = 0; i < 1100; i++)
        {
            items.Add(TestSite.Item(Guid.NewGuid(), A.BlogPost, $"M {i % 37:D2}", root, i, $"/p{i}/"));
        }

        var snapshot = new ContentSnapshot(items);
        var (total, page) = DeliveryQueryEngine.Run(snapshot, Parse("filter=contentType:historyBlogPost", sort, "skip=5&take=10"), startItem: null);

        var posts = snapshot.Nodes.Where(n => n.Item.ContentType == A.BlogPost);
        var expected = (descending ? posts.OrderByDescending(n => n.Item.Name, StringComparer.InvariantCultureIgnoreCase) : posts.OrderBy(n => n.Item.Name, StringComparer.InvariantCultureIgnoreCase))
            .ThenBy(n => n.Ordinal).Skip(5).Take(10);
        Assert.Equal(1100, total);
        Assert.Equal(expected.Select(n => n.Key), page.Select(n => n.Key));
    }

    // Each filter of the table with the same test spelled out over the item.
    private static readonly Dictionary<string, Func<ContentNode, bool>> Filters = new()
    {
        [""] = _ => true,
        ["filter=contentType:historyBlogPost"] = n => n.Item.ContentType == A.BlogPost,
        ["filter=contentType:historyArchivalDocument,historyBlogPost"] = n => n.Item.ContentType is A.ArchivalDocument or A.BlogPost,
        ["filter=contentType:!historyBlogPost"] = n => n.Item.ContentType != A.BlogPost,
        ["filter=contentType:historyBlogPost&filter=program:{program}"] = n => n.Item.ContentType == A.BlogPost && n.Index.ProgramIds.Contains(Site.Program),
        ["filter=program:{program}"] = n => n.Index.ProgramIds.Contains(Site.Program),
        ["filter=contentType:historyArchivalDocument,historyBlogPost&filter=program:{program}"] = n => n.Item.ContentType is A.ArchivalDocument or A.BlogPost && n.Index.ProgramIds.Contains(Site.Program),
        ["filter=contentType:HistoryBlogPost&filter=program:{program}"] = _ => false,
        ["filter=contentType:!HistoryBlogPost&filter=program:{program}"] = n => n.Index.ProgramIds.Contains(Site.Program),
        ["filter=author:{author},{author2}"] = n => n.Index.AuthorIds.Contains(Site.Author) || n.Index.AuthorIds.Contains(Site.Author2),
        ["filter=author:{author}&filter=name:1"] = n => n.Index.AuthorIds.Contains(Site.Author) && n.Item.Name.Contains('1', StringComparison.Ordinal),
        ["filter=contentType:historyBlogPost&filter=author:!{author}"] = n => n.Item.ContentType == A.BlogPost && !n.Index.AuthorIds.Contains(Site.Author),
        ["filter=citesDocument:{document}"] = n => n.Index.CitedDocumentIds.Contains(Site.Document),
        ["filter=publishDate>2021-03"] = n => n.Index.PublishDate > new DateTime(2021, 3, 1, 0, 0, 0, DateTimeKind.Utc),
        ["filter=contentType:historyArchivalDocument&filter=documentDate<:1960"] = n => n.Item.ContentType == A.ArchivalDocument && n.Index.DocumentDate <= new DateTime(1960, 1, 1, 0, 0, 0, DateTimeKind.Utc),
        ["filter=name:!3&filter=createDate>2020-02"] = n => !n.Item.Name.Contains('3', StringComparison.Ordinal) && n.CreateDate > new DateTime(2020, 2, 1, 0, 0, 0, DateTimeKind.Utc),
    };

    // Each sort with its key spelled out (missing dates lowest), ties in tree order.
    private static readonly Dictionary<string, (Func<ContentNode, IComparable> Key, bool Descending)[]> Sorts = new()
    {
        [""] = [],
        ["sort=publishDate:desc"] = [(n => n.Index.PublishDate ?? DateTime.MinValue, true)],
        ["sort=publishDate:asc"] = [(n => n.Index.PublishDate ?? DateTime.MinValue, false)],
        ["sort=documentDate:desc"] = [(n => n.Index.DocumentDate ?? DateTime.MinValue, true)],
        ["sort=name:asc"] = [(n => n.Item.Name, false)],
        ["sort=createDate:desc"] = [(n => n.CreateDate, true)],
        ["sort=sortOrder:asc&sort=name:desc"] = [(n => n.Item.SortOrder, false), (n => n.Item.Name, true)],
        ["sort=level:desc&sort=publishDate:asc&sort=updateDate:desc&sort=name:asc"] =
            [(n => n.Level, true), (n => n.Index.PublishDate ?? DateTime.MinValue, false), (n => n.UpdateDate, true), (n => n.Item.Name, false)],
    };

    private static readonly string[] Pages = ["skip=0&take=10", "skip=10&take=10", "skip=0&take=0", "skip=1990&take=25", "skip=0&take=1000", "skip=100000&take=10"];

    private static (long Total, List<ContentNode> Page) Evaluate(IEnumerable<ContentNode> nodes, Func<ContentNode, bool> filter, string sort, string page)
    {
        var matches = nodes.Where(filter).ToList();
        IEnumerable<ContentNode> ordered = matches;
        var keys = Sorts[sort];
        if (keys.Length > 0)
        {
            var comparer = Comparer<IComparable>.Create((a, b) => a is string x && b is string y ? StringComparer.InvariantCultureIgnoreCase.Compare(x, y) : a.CompareTo(b));
            var sorted = keys[0].Descending ? matches.OrderByDescending(keys[0].Key, comparer) : matches.OrderBy(keys[0].Key, comparer);
            foreach (var (key, descending) in keys.Skip(1))
            {
                sorted = descending ? sorted.ThenByDescending(key, comparer) : sorted.ThenBy(key, comparer);
            }

            ordered = sorted.ThenBy(n => n.Ordinal);
        }

        var paging = QueryHelpersParse(page);
        return (matches.Count, ordered.Skip(int.Parse(paging["skip"]!, CultureInfo.InvariantCulture)).Take(int.Parse(paging["take"]!, CultureInfo.InvariantCulture)).ToList());
    }

    private static DeliveryQuery Parse(string filter, string sort, string page)
    {
        var text = string.Join('&', new[] { filter, sort, page }.Where(p => p.Length > 0))
            .Replace("{program}", Site.Program.ToString(), StringComparison.Ordinal)
            .Replace("{author2}", Site.Author2.ToString(), StringComparison.Ordinal)
            .Replace("{author}", Site.Author.ToString(), StringComparison.Ordinal)
            .Replace("{document}", Site.Document.ToString(), StringComparison.Ordinal);
        var values = new Dictionary<string, StringValues>();
        foreach (var pair in text.Split('&'))
        {
            var (name, value) = (pair[..pair.IndexOf('=', StringComparison.Ordinal)], pair[(pair.IndexOf('=', StringComparison.Ordinal) + 1)..]);
            values[name] = StringValues.Concat(values.GetValueOrDefault(name), value);
        }

        Assert.True(DeliveryQuery.TryParse(new QueryCollection(values), 1000, out var query, out var error), error);
        return query!;
    }

    private static Dictionary<string, string?> QueryHelpersParse(string page) =>
        page.Split('&').ToDictionary(p => p.Split('=')[0], p => (string?)p.Split('=')[1]);

    /// <summary>Two roots; posts, documents, authors and programs whose dates, names and sort orders repeat, so ties are common.</summary>
    private sealed record GeneratedSite(ContentSnapshot Snapshot, ContentNode SecondRoot, Guid Program, Guid Author, Guid Author2, Guid Document)
    {
        public static GeneratedSite Build()
        {
            var random = new Random(1989);
            var items = new List<ContentItem>();
            var programs = new List<Guid>();
            var authors = new List<Guid>();
            var documents = new List<Guid>();
            var roots = new[] { Guid.NewGuid(), Guid.NewGuid() };
            for (var r = 0; r < roots.Length; r++)
            {
                var root = roots[r];
                var prefix = r == 0 ? string.Empty : "/second";
                items.Add(TestSite.Item(root, "historySiteRoot", $"Site {r}", null, r, prefix + "/"));
                var folders = new[] { Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid() };
                items.Add(TestSite.Item(folders[0], A.ProgramsFolder, "Programs", root, 0, $"{prefix}/programs/"));
                items.Add(TestSite.Item(folders[1], A.PeopleFolder, "People", root, 1, $"{prefix}/people/"));
                items.Add(TestSite.Item(folders[2], A.ArchiveFolder, "Archive", root, 2, $"{prefix}/archive/"));
                items.Add(TestSite.Item(folders[3], A.PostsFolder, "Posts", root, 3, $"{prefix}/posts/"));
                for (var i = 0; i < 5; i++)
                {
                    programs.Add(Add(items, A.Program, $"Program {r}{i}", folders[0], i, $"{prefix}/programs/p{i}/", [], random));
                }

                for (var i = 0; i < 20; i++)
                {
                    authors.Add(Add(items, A.Author, $"Author {random.Next(12):D2}", folders[1], random.Next(8), $"{prefix}/people/a{i}/", [], random));
                }

                for (var i = 0; i < (r == 0 ? 600 : 100); i++)
                {
                    documents.Add(Add(items, A.ArchivalDocument, $"Document {random.Next(150):D3}", folders[2], random.Next(40), $"{prefix}/archive/d{i}/", new()
                    {
                        ["documentDate"] = random.Next(5) == 0 ? null : $"{1940 + random.Next(40)}-{1 + random.Next(12):D2}",
                        ["programs"] = TestSite.Udi(programs[random.Next(programs.Count)]),
                    }, random));
                }

                for (var i = 0; i < (r == 0 ? 2400 : 200); i++)
                {
                    items.Add(TestSite.Item(Guid.NewGuid(), A.BlogPost, $"Post {random.Next(300):D3}", folders[3], random.Next(60), $"{prefix}/posts/p{i}/", new()
                    {
                        ["publishDate"] = random.Next(4) == 0 ? null : $"2021-0{1 + random.Next(6)}-{1 + random.Next(28):D2} 00:00:00",
                        ["authors"] = TestSite.Udi(authors[random.Next(authors.Count)]) + "," + TestSite.Udi(authors[random.Next(authors.Count)]),
                        ["programs"] = TestSite.Udi(programs[random.Next(programs.Count)]),
                        ["citations"] = TestSite.Citations(documents[random.Next(documents.Count)], documents[random.Next(documents.Count)]),
                    }, Created(random)));
                }
            }

            var snapshot = new ContentSnapshot(items);
            return new GeneratedSite(snapshot, snapshot.Node(roots[1])!, programs[1], authors[2], authors[3], documents[7]);
        }

        private static Guid Add(List<ContentItem> items, string type, string name, Guid parent, int sortOrder, string path, Dictionary<string, string?> values, Random random)
        {
            var key = Guid.NewGuid();
            items.Add(TestSite.Item(key, type, name, parent, sortOrder, path, values, Created(random)));
            return key;
        }

        private static DateTimeOffset Created(Random random) => new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero).AddDays(random.Next(90));
    }
}
