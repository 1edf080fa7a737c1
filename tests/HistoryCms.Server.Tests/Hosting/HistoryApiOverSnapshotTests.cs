using System.Net;

namespace HistoryCms.Server.Tests.Hosting;

public sealed class HistoryApiOverSnapshotTests : IClassFixture<ServerFactoryFixture>
{
    private const string Api = "/history/api/v1";
    private readonly HttpClient _client;

    public HistoryApiOverSnapshotTests(ServerFactoryFixture fixture) => _client = fixture.Factory.CreateClient();

    public static TheoryData<string, string[]> Lists => new()
    {
        { $"{Api}/posts/{TestSite.FailedDiplomacy}/documents", ["United States Draft Resolution A/C.1/218", "Soviet Draft Resolution A/C.1/229"] },
        { $"{Api}/documents/{TestSite.SovietDraft}/posts", ["A second post", "Failed Diplomacy"] },
        { $"{Api}/documents/{TestSite.Undated}/posts", [] },
        { $"{Api}/authors/{TestSite.Kraus}/posts", ["A second post", "Failed Diplomacy"] },
        { $"{Api}/authors/{TestSite.Doe}/posts?take=1", ["A second post"] },
        { $"{Api}/programs/{TestSite.Happ}/posts", ["A second post", "Failed Diplomacy", "Zebra notes"] },
        { $"{Api}/programs/{TestSite.Happ}/posts?includeProjects=false", ["Failed Diplomacy"] },
        { $"{Api}/programs/{TestSite.Happ}/documents", ["United States Draft Resolution A/C.1/218", "Soviet Draft Resolution A/C.1/229", "An undated note"] },
        { $"{Api}/programs/{TestSite.Cwihp}/documents", ["Soviet Draft Resolution A/C.1/229"] },
    };

    [Theory]
    [MemberData(nameof(Lists))]
    public async Task A_history_list_holds_the_linked_items_in_order(string url, string[] expected)
    {
        Assert.Equal(expected, Http.Names(await _client.Json(url)));
    }

    [Fact]
    public async Task Backlinks_agree_both_ways_for_every_citation()
    {
        foreach (var post in new[] { TestSite.FailedDiplomacy, TestSite.SecondPost, TestSite.ThirdPost })
        {
            var documents = (await _client.Json($"{Api}/posts/{post}/documents"))["items"]!.AsArray().Select(i => Guid.Parse(i!["id"]!.GetValue<string>()));
            foreach (var document in documents)
            {
                var citing = (await _client.Json($"{Api}/documents/{document}/posts"))["items"]!.AsArray().Select(i => Guid.Parse(i!["id"]!.GetValue<string>()));
                Assert.Contains(post, citing);
            }
        }
    }

    [Fact]
    public async Task A_list_item_carries_its_id_type_name_path_and_date()
    {
        var item = (await _client.Json($"{Api}/documents/{TestSite.UsDraft}/posts"))["items"]![0]!;

        Assert.Equal(["contentType", "date", "id", "name", "path"], Contract.Names(item));
        Assert.Equal("2024-05-01", item["date"]!.GetValue<string>());
        Assert.Equal("/posts/failed-diplomacy/", item["path"]!.GetValue<string>());
        Assert.Equal(1, (await _client.Json($"{Api}/documents/{TestSite.UsDraft}/posts"))["total"]!.GetValue<long>());
    }

    [Theory]
    [InlineData("/posts/50000000-0000-0000-0000-000000000009/documents", HttpStatusCode.NotFound)]
    [InlineData("/documents/50000000-0000-0000-0000-000000000001/posts", HttpStatusCode.NotFound)]
    [InlineData("/authors/not-a-guid/posts", HttpStatusCode.BadRequest)]
    [InlineData("/programs/30000000-0000-0000-0000-000000000001/posts?includeProjects=maybe", HttpStatusCode.BadRequest)]
    [InlineData("/authors/20000000-0000-0000-0000-000000000001/posts?skip=-4", HttpStatusCode.BadRequest)]
    [InlineData("/authors/20000000-0000-0000-0000-000000000001/posts?take=100000", HttpStatusCode.BadRequest)]
    public async Task Wrong_ids_and_bad_paging_are_problems(string path, HttpStatusCode status)
    {
        await _client.Problem(Api + path, status);
    }
}
