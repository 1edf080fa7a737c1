using System.Net;
using System.Security.Claims;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json.Nodes;
using HistoryCms.Core;
using HistoryCms.Core.Citations;
using HistoryCms.Core.Content;
using HistoryCms.Web.Citations;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HistoryCms.Web.Tests.Citations;

public sealed class CitationPreviewControllerTests : IAsyncDisposable
{
    private const string Key1 = "3f2b8c1e-7a4d-4e9b-b1c2-0d9e8f7a6b5c";
    private static readonly Guid DocumentKey = new("6b0c8f34-1d7e-4a57-9a3e-2f1c9d8e7a61");

    private readonly IHost _host;
    private readonly HttpClient _client;

    public CitationPreviewControllerTests()
    {
        _host = new HostBuilder()
            .ConfigureWebHost(web => web
                .UseTestServer()
                .ConfigureServices(services =>
                {
                    services.AddControllers().AddApplicationPart(typeof(CitationPreviewController).Assembly);
                    services.AddAuthentication(TestUser.SchemeName).AddScheme<AuthenticationSchemeOptions, TestUser>(TestUser.SchemeName, null);
                    services.AddAuthorization(o => o.AddPolicy(CitationPreviewController.AuthorizationPolicy, p => p.RequireAuthenticatedUser()));
                    var lookup = new Lookup();
                    var document = new CitedDocument { Key = DocumentKey, Title = "On the Korean Question", Source = "RGANI, f. 5, op. 49, d. 131, ll. 193-194.", RoutePath = "/archive/on-the-korean-question/" };
                    services.AddSingleton(new CitationPreviewBuilder(lookup, new Documents(document), new CitationStyleOptions { ArchiveName = "Wilson Center" }));
                })
                .Configure(app => app.UseRouting().UseAuthentication().UseAuthorization().UseEndpoints(e => e.MapControllers())))
            .Start();
        _client = _host.GetTestClient();
        _client.DefaultRequestHeaders.Add(TestUser.Header, "editor");
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _host.StopAsync();
        _host.Dispose();
    }

    private Task<HttpResponseMessage> Post(string json) =>
        _client.PostAsync(new Uri("/" + CitationPreviewController.RoutePath, UriKind.Relative), new StringContent(json, Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

    [Fact]
    public async Task Answers_the_whole_list_in_one_response()
    {
        var request = $$$"""{"value":{"v":1,"citations":[{"key":"{{{Key1}}}","documentKey":"{{{DocumentKey}}}","locator":{"label":"page","value":"x!"}}]},"body":"<p><sup data-citation=\"{{{Key1}}}\"></sup><sup data-citation=\"nope\"></sup></p>"}""";

        using var response = await Post(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
        var item = json["items"]![0]!;
        var citation = item["citation"]!;
        Assert.Equal(Key1, (string?)citation["key"]);
        Assert.Equal(1, (int?)citation["number"]);
        Assert.True((bool?)citation["isReferenced"]);
        Assert.Equal(DocumentKey.ToString(), (string?)citation["document"]!["id"]);
        Assert.Equal("/archive/on-the-korean-question/", (string?)citation["document"]!["path"]);
        Assert.StartsWith("“On the Korean Question,” n.d., RGANI, f. 5, op. 49, d. 131, ll. 193-194, p. x!", (string?)citation["formatted"]!["note"], StringComparison.Ordinal);
        Assert.Equal("citations[0].locator.value", (string?)item["messages"]![0]!["path"]);
        Assert.Equal("body", (string?)json["messages"]![0]!["path"]);
    }

    [Theory]
    [InlineData("[1,2]", "must be a JSON object")]
    [InlineData("""{"value":null,"body":5}""", "must be the post body")]
    public async Task Answers_a_request_of_the_wrong_shape_with_a_problem(string request, string detail)
    {
        using var response = await Post(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(detail, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"value\":")]
    [InlineData("")]
    public async Task Answers_broken_json_with_a_problem_not_a_server_error(string request)
    {
        using var response = await Post(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Previews_a_value_the_reader_cannot_read_with_a_message()
    {
        using var response = await Post("""{"value":"{not json"}""");

        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(json["items"]!.AsArray());
        Assert.Contains("must be an object", (string?)json["messages"]![0]!["message"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refuses_a_caller_without_authorization()
    {
        _client.DefaultRequestHeaders.Remove(TestUser.Header);

        using var response = await Post("""{"value":null}""");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    /// <summary>Authenticates a request that carries the test header (stands for the backoffice's bearer token).</summary>
    private sealed class TestUser(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
        : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
    {
        public const string SchemeName = "Test";
        public const string Header = "X-Test-User";

        protected override Task<AuthenticateResult> HandleAuthenticateAsync() =>
            Task.FromResult(Request.Headers.TryGetValue(Header, out var user)
                ? AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, user.ToString())], SchemeName)), SchemeName))
                : AuthenticateResult.NoResult());
    }

    private sealed class Lookup : IContentLookup
    {
        public ContentItem? Find(Guid key) => key == DocumentKey
            ? new ContentItem(key, HistoryAliases.ContentTypes.ArchivalDocument, "On the Korean Question", null, 0, 3, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, "/archive/on-the-korean-question/", new Dictionary<string, string?>())
            : null;

        public IEnumerable<ContentItem> ChildrenOf(Guid key) => [];

        public IEnumerable<ContentItem> OfType(string contentType) => [];
    }

    private sealed class Documents(CitedDocument document) : ICitedDocumentSource
    {
        public CitedDocument? Find(Guid key) => key == document.Key ? document : null;
    }
}
