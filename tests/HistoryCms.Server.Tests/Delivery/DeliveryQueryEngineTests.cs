using HistoryCms.Core.Content;
using HistoryCms.Server.Delivery;
using HistoryCms.Server.Snapshot;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace HistoryCms.Server.Tests.Delivery;

public sealed class DeliveryQueryEngineTests
{
    private static readonly ContentSnapshot Site = BuildSite();

    public static TheoryData<string, int, int> Pages()
    {
        var data = new TheoryData<string, int, int>();
        foreach (var sort in new[] { "createDate:desc", "createDate:asc", "name:asc", "publishDate:desc", "sortOrder:desc" })
        {
            foreach (var (skip, take) in new[] { (0, 1), (0, 10), (7, 5), (40, 10), (0, 100), (300, 50), (395, 10) })
            {
                data.Add(sort, skip, take);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void A_page_of_a_sorted_query_is_that_slice_of_the_whole_order_with_ties_in_tree_order(string sort, int skip, int take)
    {
        var query = Parse(new() { ["filter"] = "contentType:historyBlogPost", ["sort"] = sort, ["skip"] = skip.ToString(System.Globalization.CultureInfo.InvariantCulture), ["take"] = take.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        var (total, page) = DeliveryQueryEngine.Run(Site, query, startItem: null);

        var posts = Site.Nodes.Where(n => n.Item.ContentType == "historyBlogPost").ToList();
        var whole = Parse(new() { ["filter"] = "contentType:historyBlogPost", ["sort"] = sort, ["take"] = "1000" });
        var (_, all) = DeliveryQueryEngine.Run(Site, whole, startItem: null);
        Assert.Equal(posts.Count, total);
        Assert.Equal(all.Skip(skip).Take(take).Select(n => n.Key), page.Select(n => n.Key));
        Assert.Equal(Expected(posts, sort).Skip(skip).Take(take).Select(n => n.Key), page.Select(n => n.Key));
    }

    // The order spelled out independently: the sort key, then tree order.
    private static IEnumerable<ContentNode> Expected(List<ContentNode> posts, string sort)
    {
        var descending = sort.EndsWith(":desc", StringComparison.Ordinal);
        Func<ContentNode, IComparable> key = sort.Split(':')[0] switch
        {
            "createDate" => n => n.CreateDate,
            "name" => n => n.Item.Name.ToUpperInvariant(),
            "publishDate" => n => n.Index.PublishDate ?? DateTime.MinValue,
            _ => n => n.Item.SortOrder,
        };
        var ordered = descending ? posts.OrderByDescending(key) : posts.OrderBy(key);
        return ordered.ThenBy(n => n.Ordinal);
    }

    private static DeliveryQuery Parse(Dictionary<string, StringValues> values)
    {
        Assert.True(DeliveryQuery.TryParse(new QueryCollection(values), 1000, out var query, out var error), error);
        return query!;
    }

    // 400 posts whose dates, names and sort orders repeat, so ties are common.
    private static ContentSnapshot BuildSite()
    {
        var random = new Random(1947);
        var root = Guid.NewGuid();
        var items = new List<ContentItem> { TestSite.Item(root, "historySiteRoot", "Site", null, 0, "/") };
        for (var i = 0; i < 400; i++)
        {
            var created = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero).AddDays(random.Next(60));
            var values = new Dictionary<string, string?> { ["publishDate"] = random.Next(4) == 0 ? null : created.AddDays(random.Next(5)).ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture) };
            items.Add(TestSite.Item(Guid.NewGuid(), "historyBlogPost", $"Post {random.Next(90):D2}", root, random.Next(50), $"/post-{i}/", values, created));
        }

        return new ContentSnapshot(items);
    }
}
