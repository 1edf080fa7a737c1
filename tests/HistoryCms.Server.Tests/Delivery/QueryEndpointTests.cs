using System.Net;

namespace HistoryCms.Server.Tests.Delivery;

public sealed class QueryEndpointTests : IClassFixture<ServerFactoryFixture>
{
    private const string Posts = "filter=contentType:historyBlogPost";
    private readonly HttpClient _client;

    public QueryEndpointTests(ServerFactoryFixture fixture) => _client = fixture.Factory.CreateClient();

    public static TheoryData<string, string[]> Queries => new()
    {
        // fetch, by id and by path
        { $"fetch=children:{TestSite.Programs}", ["History and Public Policy Program"] },
        { "fetch=children:/programs/history-and-public-policy-program/", ["North Korea International Documentation Project", "Cold War International History Project"] },
        { $"fetch=descendants:{TestSite.Programs}", ["History and Public Policy Program", "North Korea International Documentation Project", "Cold War International History Project"] },
        { $"fetch=ancestors:{TestSite.Nkidp}", ["History site", "Programs", "History and Public Policy Program"] },
        { "fetch=ancestors:programs/history-and-public-policy-program/nkidp", ["History site", "Programs", "History and Public Policy Program"] },
        { "fetch=children:/no/such/path/", [] },
        { $"fetch=children:{Guid.Empty}", [] },

        // built-in filters
        { Posts, ["Failed Diplomacy", "A second post", "Zebra notes"] },
        { "filter=contentType:historyAuthor,historyProgram&take=20", ["Charles Kraus", "Jane Doe", "History and Public Policy Program", "North Korea International Documentation Project", "Cold War International History Project"] },
        { $"fetch=children:{TestSite.Root}&filter=contentType:!historyPostsFolder", ["People", "Programs", "Archive"] },
        { "filter=name:draft", ["United States Draft Resolution A/C.1/218", "Soviet Draft Resolution A/C.1/229"] },
        { $"fetch=children:{TestSite.Archive}&filter=name:!draft", ["An undated note"] },
        { $"{Posts}&filter=createDate>2024-01-01", ["Failed Diplomacy", "A second post"] },
        { $"{Posts}&filter=createDate<:2024-04-20T09:00:00Z", ["Failed Diplomacy", "Zebra notes"] },
        { $"{Posts}&filter=updateDate>2024-06-01", ["A second post"] },

        // the package's filters
        { $"filter=author:{TestSite.Kraus}", ["Failed Diplomacy", "A second post"] },
        { $"filter=author:{TestSite.Kraus},{TestSite.Doe}", ["Failed Diplomacy", "A second post", "Zebra notes"] },
        { $"{Posts}&filter=author:!{TestSite.Kraus}", ["Zebra notes"] },
        { $"filter=program:{TestSite.Happ}", ["Failed Diplomacy", "United States Draft Resolution A/C.1/218"] },
        { $"filter=citesDocument:{TestSite.SovietDraft}", ["Failed Diplomacy", "A second post"] },
        { $"filter=citesDocument:{TestSite.UsDraft}&filter=author:{TestSite.Doe}", [] },
        { "filter=documentDate>1947-10-17", ["Soviet Draft Resolution A/C.1/229"] },
        { "filter=documentDate>:1947-10-17", ["United States Draft Resolution A/C.1/218", "Soviet Draft Resolution A/C.1/229"] },
        { "filter=documentDate<1948", ["United States Draft Resolution A/C.1/218", "Soviet Draft Resolution A/C.1/229"] },
        { "filter=documentDate<:1947-10", [] },
        { "filter=publishDate>2024-05-15", ["A second post"] },
        { "filter=publishDate>:2023&filter=publishDate<2024-05-02", ["Failed Diplomacy", "Zebra notes"] },

        // sorts
        { $"{Posts}&sort=name:asc", ["A second post", "Failed Diplomacy", "Zebra notes"] },
        { $"{Posts}&sort=name:desc", ["Zebra notes", "Failed Diplomacy", "A second post"] },
        { $"{Posts}&sort=publishDate:desc", ["A second post", "Failed Diplomacy", "Zebra notes"] },
        { $"{Posts}&sort=createDate:asc", ["Zebra notes", "Failed Diplomacy", "A second post"] },
        { $"{Posts}&sort=sortOrder:desc", ["Zebra notes", "A second post", "Failed Diplomacy"] },
        { "filter=contentType:historyArchivalDocument&sort=documentDate:desc", ["Soviet Draft Resolution A/C.1/229", "United States Draft Resolution A/C.1/218", "An undated note"] },
        { "filter=contentType:historyArchivalDocument&sort=documentDate:asc", ["An undated note", "United States Draft Resolution A/C.1/218", "Soviet Draft Resolution A/C.1/229"] },
        { $"fetch=descendants:{TestSite.Programs}&sort=level:desc&sort=name:asc", ["Cold War International History Project", "North Korea International Documentation Project", "History and Public Policy Program"] },

        // paging
        { $"{Posts}&skip=1&take=1", ["A second post"] },
        { $"{Posts}&skip=5", [] },
        { $"{Posts}&take=0", [] },
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task A_query_returns_the_expected_items_in_order(string query, string[] expected)
    {
        var page = await _client.Json($"{Http.Api}/content?{query}");

        Assert.Equal(expected, Http.Names(page));
    }

    [Fact]
    public async Task A_page_has_exactly_the_properties_of_PagedIApiContentResponseModel_and_counts_every_match()
    {
        var page = await _client.Json($"{Http.Api}/content?{Posts}&take=1");

        Assert.Equal(Contract.SchemaProperties("PagedIApiContentResponseModel"), Contract.Names(page));
        Assert.Equal(3, page["total"]!.GetValue<long>());
        Assert.Equal(Contract.SchemaProperties("ApiContentResponseModel"), Contract.Names(page["items"]![0]));
    }

    [Fact]
    public async Task Without_a_query_everything_comes_in_tree_order_ten_at_a_time()
    {
        var page = await _client.Json($"{Http.Api}/content");

        Assert.Equal(TestSite.Items().Count, page["total"]!.GetValue<long>());
        Assert.Equal(["History site", "Posts", "Failed Diplomacy", "A second post", "Zebra notes", "People", "Charles Kraus", "Jane Doe", "Programs", "History and Public Policy Program"], Http.Names(page));
    }

    [Fact]
    public async Task The_start_item_limits_a_query_to_its_descendants()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{Http.Api}/content?take=100");
        request.Headers.Add("Start-Item", TestSite.Root.ToString());
        using var response = await _client.SendAsync(request, TestContext.Current.CancellationToken);
        var body = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;

        Assert.Equal(TestSite.Items().Count - 1, body["total"]!.GetValue<long>());
    }

    [Fact]
    public async Task Fields_apply_to_every_item_of_a_page()
    {
        var page = await _client.Json($"{Http.Api}/content?{Posts}&fields=properties[publishDate]");

        Assert.All(page["items"]!.AsArray(), i => Assert.Equal(["publishDate"], Contract.Names(i!["properties"])));
    }

    [Theory]
    [InlineData("filter=bogus:1", "bogus:1")]
    [InlineData("filter=author:not-a-key", "not-a-key")]
    [InlineData("filter=author", "author")]
    [InlineData("filter=documentDate>yesterday", "yesterday")]
    [InlineData("filter=documentDate:1947", "documentDate")]
    [InlineData("filter=createDate>soon", "soon")]
    [InlineData("sort=bogus:asc", "bogus:asc")]
    [InlineData("sort=name:up", "up")]
    [InlineData("sort=publishDate:sideways", "sideways")]
    [InlineData("fetch=siblings:x", "siblings:x")]
    [InlineData("fetch=children:a&fetch=children:b", "fetch")]
    [InlineData("skip=-1", "skip")]
    [InlineData("skip=abc", "skip")]
    [InlineData("take=1001", "take")]
    [InlineData("take=1.5", "take")]
    [InlineData("fields=properties[a", "fields")]
    public async Task A_bad_query_is_a_400_problem_that_names_the_bad_part(string query, string named)
    {
        var detail = await _client.Problem($"{Http.Api}/content?{query}", HttpStatusCode.BadRequest);

        Assert.Contains(named, detail, StringComparison.Ordinal);
    }
}
