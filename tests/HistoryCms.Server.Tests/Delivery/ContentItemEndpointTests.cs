using System.Net;
using System.Text.Json.Nodes;

namespace HistoryCms.Server.Tests.Delivery;

public sealed class ContentItemEndpointTests : IClassFixture<ServerFactoryFixture>
{
    private readonly HttpClient _client;

    public ContentItemEndpointTests(ServerFactoryFixture fixture) => _client = fixture.Factory.CreateClient();

    [Fact]
    public async Task An_item_by_id_has_exactly_the_properties_of_the_contracts_ApiContentResponseModel()
    {
        var item = await _client.Json($"{Http.Api}/content/item/{TestSite.FailedDiplomacy}");

        Assert.Equal(Contract.SchemaProperties("ApiContentResponseModel"), Contract.Names(item));
        Assert.Equal(Contract.SchemaProperties("ApiContentRouteModel"), Contract.Names(item["route"]));
        Assert.Equal(Contract.SchemaProperties("ApiContentStartItemModel"), Contract.Names(item["route"]!["startItem"]));
        Assert.Equal(TestSite.FailedDiplomacy.ToString(), item["id"]!.GetValue<string>());
        Assert.Equal("historyBlogPost", item["contentType"]!.GetValue<string>());
        Assert.Equal("Failed Diplomacy", item["name"]!.GetValue<string>());
        Assert.Equal("2024-04-20T09:00:00Z", item["createDate"]!.GetValue<string>());
        Assert.Equal("/posts/failed-diplomacy/", item["route"]!["path"]!.GetValue<string>());
        Assert.Equal(TestSite.Root.ToString(), item["route"]!["startItem"]!["id"]!.GetValue<string>());
        Assert.Equal("history-site", item["route"]!["startItem"]!["path"]!.GetValue<string>());
        Assert.Empty(item["cultures"]!.AsObject());
    }

    [Fact]
    public async Task Built_in_editors_serialize_as_the_Delivery_API_documents_them()
    {
        var properties = (await _client.Json($"{Http.Api}/content/item/{TestSite.FailedDiplomacy}"))["properties"]!;

        Assert.Equal("How Korea reached the UN.", properties["standfirst"]!.GetValue<string>());
        Assert.Equal("""<p>Text<sup data-citation="70000000-0000-0000-0000-000000000001"></sup> and “quotes”.</p>""", properties["body"]!["markup"]!.GetValue<string>());
        Assert.Empty(properties["body"]!["blocks"]!.AsArray());
        Assert.Equal("2024-05-01T00:00:00Z", properties["publishDate"]!.GetValue<string>());
        Assert.Equal(["Korea", "United Nations"], properties["topics"]!.AsArray().Select(t => t!.GetValue<string>()));
        Assert.Empty(properties["heroImage"]!.AsArray());
        Assert.Equal(string.Empty, properties["heroCredit"]!.GetValue<string>());
        Assert.Empty(properties["places"]!.AsArray());

        var author = Assert.Single(properties["authors"]!.AsArray())!;
        Assert.Equal(["contentType", "createDate", "id", "name", "properties", "route", "updateDate"], Contract.Names(author));
        Assert.Equal("Charles Kraus", author["name"]!.GetValue<string>());
        Assert.Empty(author["properties"]!.AsObject());
        Assert.Equal("A second post", Assert.Single(properties["relatedPosts"]!.AsArray())!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Documents_give_dropdowns_and_name_lists_as_the_converters_do()
    {
        var properties = (await _client.Json($"{Http.Api}/content/item/{TestSite.UsDraft}"))["properties"]!;

        Assert.Equal("Draft Resolution", properties["documentType"]!.GetValue<string>());
        Assert.Equal(["en"], properties["originalLanguages"]!.AsArray().Select(t => t!.GetValue<string>()));
        Assert.Equal(["Gary Goldberg", "Someone Else"], properties["translators"]!.AsArray().Select(t => t!.GetValue<string>()));
        Assert.Equal("1947-10-17", properties["documentDate"]!.GetValue<string>());
    }

    /// <summary>The shape of HistoryCms' PersonNamesValueConverter in Umbraco's Delivery API (camelCase DeliveredPersonName).</summary>
    [Fact]
    public async Task People_are_objects_with_a_name_and_its_variants_never_pipe_joined_lines()
    {
        var properties = (await _client.Json($"{Http.Api}/content/item/{TestSite.UsDraft}"))["properties"]!;

        Assert.Equal(
            """[{"name":"Andrei Vyshinsky","variants":["Andrey Vyshinsky","Вышинский"]},{"name":"Warren Austin","variants":[]}]""",
            properties["people"]!.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        Assert.Equal(["Korea", "United Nations"], properties["subjects"]!.AsArray().Select(t => t!.GetValue<string>()));
    }

    [Fact]
    public async Task Email_addresses_are_hidden_and_links_are_ApiLinks()
    {
        var properties = (await _client.Json($"{Http.Api}/content/item/{TestSite.Kraus}"))["properties"]!.AsObject();

        Assert.False(properties.ContainsKey("email"));
        var links = properties["links"]!.AsArray();
        Assert.Equal(2, links.Count);
        Assert.Equal("https://example.org/kraus", links[0]!["url"]!.GetValue<string>());
        Assert.Equal("External", links[0]!["linkType"]!.GetValue<string>());
        Assert.Equal("Content", links[1]!["linkType"]!.GetValue<string>());
        Assert.Equal(TestSite.Happ.ToString(), links[1]!["destinationId"]!.GetValue<string>());
        Assert.Equal("/programs/history-and-public-policy-program/", links[1]!["route"]!["path"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("posts/failed-diplomacy")]
    [InlineData("posts/failed-diplomacy/")]
    [InlineData("POSTS/Failed-Diplomacy/")]
    [InlineData("/posts/failed-diplomacy")]
    public async Task An_item_is_found_by_its_path_however_it_is_written(string path)
    {
        var item = await _client.Json($"{Http.Api}/content/item/{path}");

        Assert.Equal(TestSite.FailedDiplomacy.ToString(), item["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_root_is_the_empty_path_and_the_start_item_header_chooses_the_root()
    {
        Assert.Equal("History site", (await _client.Json($"{Http.Api}/content/item/"))["name"]!.GetValue<string>());

        using var request = new HttpRequestMessage(HttpMethod.Get, $"{Http.Api}/content/item/people/jane-doe/");
        request.Headers.Add("Start-Item", "history-site");
        using var response = await _client.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        using var unknown = new HttpRequestMessage(HttpMethod.Get, $"{Http.Api}/content/item/people/jane-doe/");
        unknown.Headers.Add("Start-Item", "no-such-site");
        using var notFound = await _client.SendAsync(unknown, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, notFound.StatusCode);
    }

    [Fact]
    public async Task Unknown_ids_and_paths_are_404_problems()
    {
        Assert.Contains("99999999", await _client.Problem($"{Http.Api}/content/item/99999999-0000-0000-0000-000000000000", HttpStatusCode.NotFound), StringComparison.Ordinal);
        Assert.Contains("/posts/nothing-here/", await _client.Problem($"{Http.Api}/content/item/posts/nothing-here", HttpStatusCode.NotFound), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fields_limit_the_properties_and_expand_fills_picked_items()
    {
        var limited = await _client.Json($"{Http.Api}/content/item/{TestSite.FailedDiplomacy}?fields=properties[standfirst,authors]");
        Assert.Equal(["authors", "standfirst"], Contract.Names(limited["properties"]));

        var none = await _client.Json($"{Http.Api}/content/item/{TestSite.FailedDiplomacy}?fields=properties[]");
        Assert.Empty(none["properties"]!.AsObject());

        var expanded = await _client.Json($"{Http.Api}/content/item/{TestSite.FailedDiplomacy}?expand=properties[authors]");
        var author = expanded["properties"]!["authors"]![0]!;
        Assert.Equal("Deputy Director, History and Public Policy Program", author["properties"]!["jobTitle"]!.GetValue<string>());
        Assert.Empty(author["properties"]!["affiliation"]![0]!["properties"]!.AsObject());
        Assert.Empty(expanded["properties"]!["relatedPosts"]![0]!["properties"]!.AsObject());

        var nested = await _client.Json($"{Http.Api}/content/item/{TestSite.FailedDiplomacy}?expand=properties[$all]&fields=properties[authors[properties[jobTitle]]]");
        Assert.Equal(["authors"], Contract.Names(nested["properties"]));
        Assert.Equal(["jobTitle"], Contract.Names(nested["properties"]!["authors"]![0]!["properties"]));
    }

    [Theory]
    [InlineData("fields=properties[")]
    [InlineData("fields=props[a]")]
    [InlineData("expand=properties[a]]")]
    [InlineData("fields=properties[a]&fields=properties[b]")]
    public async Task Bad_fields_or_expand_are_400_problems_that_name_the_parameter(string query)
    {
        var detail = await _client.Problem($"{Http.Api}/content/item/{TestSite.FailedDiplomacy}?{query}", HttpStatusCode.BadRequest);

        Assert.Contains(query.Split('=')[0], detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Items_by_ids_come_back_in_the_order_asked_and_unknown_ids_are_left_out()
    {
        var items = (await _client.Json($"{Http.Api}/content/items?id={TestSite.Doe}&id=99999999-0000-0000-0000-000000000000&id={TestSite.Kraus}")).AsArray();

        Assert.Equal(["Jane Doe", "Charles Kraus"], items.Select(i => i!["name"]!.GetValue<string>()));
        Assert.Contains("nope", await _client.Problem($"{Http.Api}/content/items?id=nope", HttpStatusCode.BadRequest), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Program_blocks_come_out_through_the_blocks_delivery_mapping()
    {
        var blocks = (await _client.Json($"{Http.Api}/content/item/{TestSite.Happ}"))["properties"]!["blocks"]!.AsArray();

        var block = Assert.Single(blocks)!;
        Assert.Equal("richText", block["kind"]!.GetValue<string>());
        Assert.Equal("<p>About</p>", block["content"]!["markup"]!.GetValue<string>());
    }

    [Fact]
    public async Task Citations_come_out_numbered_with_their_documents_and_formatted_notes()
    {
        var citations = (await _client.Json($"{Http.Api}/content/item/{TestSite.FailedDiplomacy}"))["properties"]!["citations"]!.AsArray();

        Assert.Equal(2, citations.Count);
        Assert.Equal([1, 2], citations.Select(c => c!["number"]!.GetValue<int>()));
        Assert.Equal(TestSite.UsDraft.ToString(), citations[0]!["document"]!["id"]!.GetValue<string>());
        Assert.Contains("United States Draft Resolution", citations[0]!["formatted"]!["note"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.IsType<JsonObject>(citations[1]!["formatted"]);
    }
}
