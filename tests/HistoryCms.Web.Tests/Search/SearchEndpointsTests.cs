using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HistoryCms.Core.Search;
using HistoryCms.Web.Search;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace HistoryCms.Web.Tests.Search;

public sealed class SearchEndpointsTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_search_returns_results_and_facets_by_name()
    {
        var search = new RecordingSearch();
        await using var app = await Start(search);

        using var response = await app.GetTestClient().GetAsync(
            new Uri("/history/api/v1/search?q=Vyshinsky&type=historyArchivalDocument&person=Vyshinsky,%20Andrei&from=1945&to=1953-06&sort=newest&page=2&pageSize=5", UriKind.Relative), Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Token));
        var hit = json.RootElement.GetProperty("results")[0];
        Assert.Equal("Record", hit.GetProperty("title").GetString());
        Assert.Equal("<mark>Вышинский</mark> said", hit.GetProperty("snippet").GetString());
        Assert.Equal(3, json.RootElement.GetProperty("facets").GetProperty("language")[0].GetProperty("count").GetInt32());
        var request = search.Last!;
        Assert.Equal(("Vyshinsky", "1945", "1953-06", SiteSearchSort.Newest, 2, 5), (request.Query, request.From, request.To, request.Sort, request.Page, request.PageSize));
        Assert.Equal(["Vyshinsky, Andrei"], request.Filters[SiteSearchFields.Person]);
        Assert.Equal(["historyArchivalDocument"], request.Filters[SiteSearchFields.Type]);
    }

    [Theory]
    [InlineData("page=abc", "page", "'page' must be a whole number")]
    [InlineData("pageSize=-1", "pageSize", "'pageSize' must be a whole number from 1 to 100; '-1' is not.")]
    [InlineData("sort=sideways", "sort", "'sort' must be relevance, newest or oldest")]
    [InlineData("q=*insky", "q", "cannot start with a wildcard")]
    public async Task Bad_input_is_a_400_problem_naming_the_parameter(string query, string parameter, string detail)
    {
        await using var app = await Start(new RecordingSearch());

        using var response = await app.GetTestClient().GetAsync(new Uri("/history/api/v1/search?" + query, UriKind.Relative), Token);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Token);
        Assert.Equal(parameter, problem.GetProperty("parameter").GetString());
        Assert.Contains(detail, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_endpoint_describes_itself_for_the_OpenAPI_document()
    {
        await using var app = await Start(new RecordingSearch());

        var endpoint = ((IEndpointRouteBuilder)app).DataSources.SelectMany(d => d.Endpoints).Single(e => e.DisplayName?.Contains("search", StringComparison.OrdinalIgnoreCase) == true);

        Assert.Equal("SearchArchive", endpoint.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName);
        Assert.False(string.IsNullOrEmpty(endpoint.Metadata.GetMetadata<IEndpointSummaryMetadata>()?.Summary));
        var produces = endpoint.Metadata.GetOrderedMetadata<IProducesResponseTypeMetadata>().Select(m => m.StatusCode).ToList();
        Assert.Contains(200, produces);
        Assert.Contains(400, produces);
    }

    private static async Task<WebApplication> Start(ISiteSearch search)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddSingleton(search);
        var app = builder.Build();
        app.MapHistorySearch();
        await app.StartAsync(Token);
        return app;
    }

    private sealed class RecordingSearch : ISiteSearch
    {
        public SiteSearchRequest? Last { get; private set; }

        public Task<SiteSearchResponse> SearchAsync(SiteSearchRequest request, CancellationToken cancellationToken = default)
        {
            Last = request;
            if (request.Query?.StartsWith('*') == true)
            {
                throw new SearchQueryException("A word cannot start with a wildcard ('*insky'): type its first letters.");
            }

            if (request.PageSize < 1)
            {
                throw new SearchQueryException("'pageSize' must be between 1 and 100.", "pageSize");
            }

            return Task.FromResult(new SiteSearchResponse(
                11,
                request.Page,
                request.PageSize,
                [new SiteSearchHit(Guid.NewGuid(), "historyArchivalDocument", "Record", new SiteSearchDate("1945-05", SiteSearchDate.Month, "May 1945"), "/archive/record/", 1.5f, "<mark>Вышинский</mark> said")],
                [new SiteSearchFacet(SiteSearchFields.Language, [new SiteSearchFacetValue("ru", "ru", 3)])],
                []));
        }
    }
}
