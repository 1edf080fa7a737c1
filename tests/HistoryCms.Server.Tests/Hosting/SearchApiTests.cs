using System.Net;
using System.Text.Json.Nodes;

namespace HistoryCms.Server.Tests.Hosting;

/// <summary>
/// Issue 14 ("Search JSON", "Search validation"): <c>GET /history/api/v1/search</c> over the sample content in uSync/v17
/// (the real archive's records), in the in-process server with the Lucene engine: the shape of the answer, and every
/// request it cannot answer as asked either refused as a problem naming the parameter or answered with a notice.
/// </summary>
[Collection(SharedSampleServer.Name)]
public sealed class SearchApiTests
{
    private const string Search = "/history/api/v1/search";
    private const string Speech = "Speech by Andrei Vyshinsky at the United Nations General Assembly";
    private const string Post = "Failed Diplomacy: Soviet-American Relations and the Division of Korea";
    private readonly HttpClient _client;

    public SearchApiTests(SampleServer server) => _client = server.Client;

    [Fact]
    public async Task Facet_values_carry_the_label_readers_know_beside_the_value_filtered_by()
    {
        var answer = await Find("?facets=type,language,program");

        var facets = answer["facets"]!;
        Assert.Contains(("historyArchivalDocument", "Archival document"), Values(facets["type"]!));
        Assert.Contains(("historyBlogPost", "Post"), Values(facets["type"]!));
        Assert.Contains(("historyAuthor", "Person"), Values(facets["type"]!));
        Assert.Contains(("ru", "Russian"), Values(facets["language"]!));
        Assert.Contains(("de", "German"), Values(facets["language"]!));
        Assert.Contains(("4bf34b2b-ffb9-4779-ad4b-7625c0980453", "History and Public Policy Program"), Values(facets["program"]!));
    }

    [Fact]
    public async Task A_date_is_ISO_8601_with_its_precision_and_a_display_string()
    {
        var answer = await Find("?pageSize=100&facets=type");

        var dates = answer["results"]!.AsArray().ToDictionary(r => r!["title"]!.GetValue<string>(), r => r!["date"]);
        Assert.Equal(("1947-09-18", "day", "September 18, 1947"), Date(dates[Speech]!));
        Assert.Equal(("2026-11-24", "day", "November 24, 2026"), Date(dates[Post]!));
        Assert.Contains(dates.Values, d => d is not null && Date(d) == ("1958", "year", "1958"));
        Assert.Null(dates["Charles Kraus"]);
    }

    [Fact]
    public async Task An_archival_document_matching_only_in_its_summary_has_the_summary_as_its_snippet()
    {
        var answer = await Find("?q=fiery&type=historyArchivalDocument");

        Assert.Equal(
            "Vyshinsky offered a <mark>fiery</mark> rebuttal to US Secretary of State George Marshall, who spoke the previous day.",
            Assert.Single(answer["results"]!.AsArray())!["snippet"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_post_matching_only_in_its_caption_has_the_caption_as_its_snippet()
    {
        var answer = await Find("?q=listen&type=historyBlogPost");

        var snippet = Assert.Single(answer["results"]!.AsArray())!["snippet"]!.GetValue<string>();
        Assert.StartsWith("Delegates <mark>listen</mark> in as Andrei Vyshinsky speaks at the United Nations General Assembly", snippet, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("title:korea", "Searching one field, as in 'title:korea', is not supported")]
    [InlineData("korea^10", "Boosts such as 'korea^10' are not supported")]
    [InlineData("korea~2", "Fuzzy and proximity searches such as 'korea~2' are not supported")]
    [InlineData("?orea", "'?' is not a wildcard here: '?orea' was searched without it.")]
    [InlineData("title:[* TO", "Range searches such as '[* TO' are not supported")]
    public async Task Unsupported_syntax_is_never_a_silent_answer(string text, string notice)
    {
        var answer = await Find("?q=" + Uri.EscapeDataString(text));

        var notices = answer["notices"]!.AsArray().Select(n => n!.GetValue<string>()).ToList();
        Assert.Contains(notices, n => n.StartsWith(notice, StringComparison.Ordinal));
        Assert.Equal(notices.Count, notices.Distinct().Count());
    }

    [Theory]
    [InlineData("title:korea")]
    [InlineData("korea^10")]
    [InlineData("korea~2")]
    public async Task Syntax_searched_without_finds_what_the_words_find(string text)
    {
        var plain = await Find("?q=korea");
        var answer = await Find("?q=" + Uri.EscapeDataString(text));

        Assert.True(plain["total"]!.GetValue<int>() > 0);
        Assert.Equal(plain["total"]!.GetValue<int>(), answer["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_notice_is_given_once()
    {
        var answer = await Find("?q=" + Uri.EscapeDataString("korea NOT ) NOT ) NOT title:a author:b"));

        var notices = answer["notices"]!.AsArray().Select(n => n!.GetValue<string>()).ToList();
        Assert.Equal(notices.Distinct().ToList(), notices);
        Assert.Single(notices, n => n.StartsWith("Ignored a NOT", StringComparison.Ordinal));
        Assert.Single(notices, n => n.StartsWith("Searching one field", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("type=bogus", "type", "'type' takes a document type: historyArchivalDocument, historyAuthor, historyBlogPost, historyProgram; 'bogus' is not one.")]
    [InlineData("program=notaguid", "program", "'program' takes a program's key (a GUID); 'notaguid' is not one.")]
    [InlineData("author=Kraus", "author", "'author' takes an author's key (a GUID); 'Kraus' is not one.")]
    [InlineData("decade=1950", "decade", "'decade' takes a decade such as 1940s; '1950' is not one.")]
    [InlineData("sort=bogus", "sort", "'sort' must be relevance, newest or oldest; 'bogus' is none of these.")]
    [InlineData("sort=date", "sort", "'sort' must be relevance, newest or oldest; 'date' is none of these.")]
    [InlineData("page=%2B2", "page", "'page' must be a whole number from 1; '+2' is not.")]
    [InlineData("page=0", "page", "'page' must be a whole number from 1; '0' is not.")]
    [InlineData("pageSize=500", "pageSize", "'pageSize' must be a whole number from 1 to 100; '500' is not.")]
    [InlineData("from=1945-13", "from", "'from' must be a year (1945), a month (1945-05) or a day (1945-05-09); '1945-13' is none of these.")]
    [InlineData("facets=colour", "facets", "There is no facet 'colour'. Facets: type, program, author, repository, language, documentType, decade, year, subject, person, place.")]
    [InlineData("q=a&q=b", "q", "'q' takes one value; it was given 2.")]
    public async Task A_value_it_cannot_use_is_a_400_problem_naming_the_parameter_and_what_is_accepted(string query, string parameter, string detail)
    {
        using var response = await _client.GetAsync(new Uri(Search + "?" + query, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
        Assert.Equal((400, parameter, detail), (problem["status"]!.GetValue<int>(), problem["parameter"]!.GetValue<string>(), problem["detail"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Every_accepted_value_named_in_a_message_is_accepted()
    {
        foreach (var type in new[] { "historyArchivalDocument", "historyAuthor", "historyBlogPost", "historyProgram" })
        {
            Assert.True((await Find("?type=" + type))["total"]!.GetValue<int>() > 0, type);
        }

        foreach (var sort in new[] { "relevance", "newest", "oldest" })
        {
            await Find("?sort=" + sort);
        }

        Assert.Equal(2, (await Find("?decade=1940s&type=historyArchivalDocument&from=1947-09&to=1947-09"))["total"]!.GetValue<int>());
        Assert.Equal(1, (await Find("?program=4BF34B2BFFB94779AD4B7625C0980453&type=historyBlogPost"))["total"]!.GetValue<int>());
    }

    private static List<(string Value, string Label)> Values(JsonNode facet) =>
        [.. facet.AsArray().Select(v => (v!["value"]!.GetValue<string>(), v["label"]!.GetValue<string>()))];

    private static (string, string, string) Date(JsonNode date) =>
        (date["iso"]!.GetValue<string>(), date["precision"]!.GetValue<string>(), date["display"]!.GetValue<string>());

    // The index is built in the background after start-up: wait until answers no longer say it is being built.
    private Task<JsonNode> Find(string query) => Http.Eventually(
        () => _client.Json(Search + query),
        a => !a["notices"]!.AsArray().Any(n => n!.GetValue<string>().Contains("still being built", StringComparison.Ordinal)));
}
