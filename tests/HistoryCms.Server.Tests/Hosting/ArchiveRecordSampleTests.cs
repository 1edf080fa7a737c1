using System.Net;
using System.Text.Json.Nodes;

namespace HistoryCms.Server.Tests.Hosting;

/// <summary>The server serves the sample documents made from real Digital Archive records: delivery JSON, pages and search.</summary>
[Collection(SharedSampleServer.Name)]
public sealed class ArchiveRecordSampleTests
{
    private const string GuterresPath = "/archive/the-chancellors-helmut-kohls-conversation-with-portuguese-prime-minister-guterres-on-17-october-1997-10-am-1115-am/";
    private const string NehruPath = "/archive/letter-jawaharlal-nehru-to-all-provincial-premiers/";
    private const string SomogyiPath = "/archive/report-of-the-hungarian-ministry-of-foreign-affairs-f-somogyi-for-the-council-of-ministers-about-the-meeting-of-the-leaders-of-the-warsaw-pact-on-4-december/";
    private readonly HttpClient _client;

    public ArchiveRecordSampleTests(SampleServer server) => _client = server.Client;

    [Fact]
    public async Task The_archive_holds_the_six_record_documents_beside_the_four_of_the_post()
    {
        var documents = await _client.Json($"{Http.Api}/content?filter=contentType:historyArchivalDocument&take=100");

        Assert.Equal(10, documents["total"]!.GetValue<long>());
        Assert.Contains("Letter, Jawaharlal Nehru to All Provincial Premiers", Http.Names(documents));
        Assert.Contains("Letter to the Deputy Chairman of the Soviet Committee of the MGG, Prof. Pushkov", Http.Names(documents));
    }

    [Fact]
    public async Task The_delivery_json_of_a_record_carries_the_archive_record_fields()
    {
        var properties = (await _client.Json($"{Http.Api}/content/item{GuterresPath}"))["properties"]!;

        Assert.Equal(["Kohl, Helmut", "Guterres, António Manuel de Oliveira"], Strings(properties["participants"]));
        Assert.Empty(Strings(properties["documentAuthors"]));
        Assert.Empty(Strings(properties["donors"]));
        Assert.Equal(string.Empty, properties["fundingCredit"]!.GetValue<string>());
        Assert.Equal("2023-10-03T00:00:00Z", properties["originalUploadDate"]!.GetValue<string>());
        Assert.Equal(
            "https://digitalarchive.wilsoncenter.org/document/chancellors-helmut-kohls-conversation-portuguese-prime-minister-guterres-17-october-1997",
            properties["archiveUrl"]!.GetValue<string>());
        Assert.Equal("300241", properties["recordId"]!.GetValue<string>());
        Assert.Equal(["de"], Strings(properties["originalLanguages"]));
        Assert.StartsWith("<p>Head of Department 2 Bonn, 22 October 1997</p>", properties["translation"]!["markup"]!.GetValue<string>(), StringComparison.Ordinal);

        var nehru = (await _client.Json($"{Http.Api}/content/item{NehruPath}"))["properties"]!;
        Assert.Equal(["Nehru, Jawaharlal"], Strings(nehru["documentAuthors"]));
        Assert.Equal("Secret", nehru["classification"]!.GetValue<string>());

        var report = (await _client.Json($"{Http.Api}/content/item{SomogyiPath}"))["properties"]!;
        Assert.Equal(["Somogyi, Ferenc"], Strings(report["documentAuthors"]));
        Assert.Equal("Report", report["documentType"]!.GetValue<string>());
        Assert.Null(report["originalUploadDate"]);
    }

    [Fact]
    public async Task The_page_of_a_record_shows_its_participants_and_links_to_the_archive()
    {
        using var response = await _client.GetAsync(new Uri(GuterresPath, UriKind.Relative), TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<dt>Participants</dt>", html, StringComparison.Ordinal);
        Assert.Contains("Guterres, Ant&#xF3;nio Manuel de Oliveira", html, StringComparison.Ordinal);
        Assert.Contains("<dt>Published on the Digital Archive</dt>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://digitalarchive.wilsoncenter.org/document/chancellors-helmut-kohls-conversation-portuguese-prime-minister-guterres-17-october-1997\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Oliveira", "The Chancellor's [Helmut Kohl's] Conversation with Portuguese Prime Minister Guterres on 17 October 1997, 10 a.m. - 11.15 a.m.")]
    [InlineData("Abishuly", "The Chancellor's [Helmut Kohl's] Conversation with Kazakhstan's President Nazarbayev on Saturday, 10 May 1997, 2.30 p.m. - 3.45 p.m. in Almaty")]
    public async Task Search_finds_a_record_by_a_name_only_its_participants_give(string query, string title)
    {
        var results = await Http.Eventually(() => _client.Json($"/history/api/v1/search?q={Uri.EscapeDataString(query)}"), r => r["results"]!.AsArray().Count > 0);

        Assert.Equal([title], results["results"]!.AsArray().Select(r => r!["title"]!.GetValue<string>()));
    }

    [Fact]
    public async Task The_people_facet_counts_a_participant_once_per_document()
    {
        var results = await Http.Eventually(
            () => _client.Json($"/history/api/v1/search?person={Uri.EscapeDataString("Kohl, Helmut")}"),
            r => r["results"]!.AsArray().Count > 0);

        Assert.Equal(3, results["total"]!.GetValue<long>());
        Assert.All(results["results"]!.AsArray(), r => Assert.StartsWith("The Chancellor's [Helmut Kohl's]", r!["title"]!.GetValue<string>(), StringComparison.Ordinal));
    }

    private static List<string> Strings(JsonNode? array) => [.. array!.AsArray().Select(v => v!.GetValue<string>())];
}
