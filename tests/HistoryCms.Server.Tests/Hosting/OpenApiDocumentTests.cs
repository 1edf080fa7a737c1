using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using HistoryCms.Web.HistoryApi;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace HistoryCms.Server.Tests.Hosting;

/// <summary>
/// The OpenAPI document describes every route the server maps (read from its <see cref="EndpointDataSource"/>), with its
/// parameters and its answers, errors as problem+json: enough for a generated client to call each endpoint.
/// </summary>
public sealed partial class OpenApiDocumentTests : IClassFixture<ServerFactoryFixture>
{
    private readonly ServerFactoryFixture _fixture;

    public OpenApiDocumentTests(ServerFactoryFixture fixture) => _fixture = fixture;

    [Fact]
    public async Task Every_mapped_API_route_is_in_the_document_with_its_parameters_and_problem_answers()
    {
        using var client = _fixture.Factory.CreateClient();
        var document = await client.Json("/openapi/v1.json");
        var paths = document["paths"]!.AsObject();
        var endpoints = _fixture.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IExcludeFromDescriptionMetadata>() is not { ExcludeFromDescription: true })
            .Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Contains(HttpMethods.Get) == true)
            .Where(e => IsApi(e.RoutePattern.RawText!))
            .ToList();
        Assert.True(endpoints.Count >= 15, $"Only {endpoints.Count} described endpoints were found.");

        foreach (var endpoint in endpoints)
        {
            var raw = endpoint.RoutePattern.RawText!;
            var path = "/" + RouteParameter().Replace(raw.TrimStart('/'), "{${name}}");
            var operation = paths[path]?["get"];
            Assert.True(operation is not null, $"{raw} is not in the OpenAPI document as GET {path}.");
            Assert.Null(paths[path]!["head"]);

            var listed = (operation["parameters"]?.AsArray() ?? []).Select(p => $"{p!["in"]}:{p["name"]}").ToHashSet(StringComparer.OrdinalIgnoreCase);
            foreach (var parameter in endpoint.RoutePattern.Parameters)
            {
                Assert.True(listed.Contains($"path:{parameter.Name}"), $"{raw}: the route parameter {parameter.Name} is not listed.");
            }

            foreach (var parameter in endpoint.Metadata.GetOrderedMetadata<DocumentedParameter>())
            {
                Assert.True(listed.Contains($"{parameter.Location}:{parameter.Name}"), $"{raw}: {parameter.Location} parameter {parameter.Name} is not listed.");
            }

            var responses = operation["responses"]!.AsObject();
            Assert.True(responses.ContainsKey("200"), $"{raw}: no 200 answer.");
            foreach (var (status, response) in responses.Where(r => r.Key.StartsWith('4')))
            {
                var schema = response!["content"]?["application/problem+json"]?["schema"];
                Assert.True(schema is not null, $"{raw}: the {status} answer has no problem+json schema.");
            }
        }
    }

    public static TheoryData<string, string[]> Parameters => new()
    {
        { "/umbraco/delivery/api/v2/content", ["query:fetch", "query:filter", "query:sort", "query:skip", "query:take", "query:fields", "query:expand", "header:Start-Item", "header:Accept-Language"] },
        { "/umbraco/delivery/api/v2/content/items", ["query:id", "query:fields", "query:expand", "header:Accept-Language"] },
        { "/umbraco/delivery/api/v2/content/item/{path}", ["path:path", "query:fields", "query:expand", "header:Start-Item"] },
        { "/history/api/v1/programs/{id}/documents", ["path:id", "query:skip", "query:take", "query:includeProjects", "header:If-None-Match"] },
    };

    [Theory]
    [MemberData(nameof(Parameters))]
    public async Task The_query_endpoints_list_the_parameters_they_read(string path, string[] expected)
    {
        using var client = _fixture.Factory.CreateClient();
        var operation = (await client.Json("/openapi/v1.json"))["paths"]![path]!["get"]!;
        var listed = operation["parameters"]!.AsArray().Select(p => $"{p!["in"]}:{p["name"]}").ToList();

        Assert.All(expected, e => Assert.Contains(e, listed));
    }

    [Fact]
    public async Task Repeatable_parameters_are_arrays_and_ids_are_uuids()
    {
        using var client = _fixture.Factory.CreateClient();
        var paths = (await client.Json("/openapi/v1.json"))["paths"]!;
        JsonNode Parameter(string path, string name) =>
            paths[path]!["get"]!["parameters"]!.AsArray().Single(p => p!["name"]!.GetValue<string>() == name)!;

        Assert.Equal("array", Parameter("/umbraco/delivery/api/v2/content", "filter")["schema"]!["type"]!.GetValue<string>());
        Assert.NotEqual(false, Parameter("/umbraco/delivery/api/v2/content", "filter")["explode"]?.GetValue<bool>());
        Assert.NotEqual(false, Parameter("/umbraco/delivery/api/v2/content/items", "id")["explode"]?.GetValue<bool>());
        Assert.Equal("uuid", Parameter("/umbraco/delivery/api/v2/content/items", "id")["schema"]!["items"]!["format"]!.GetValue<string>());
        Assert.Equal("uuid", Parameter("/history/api/v1/posts/{id}/documents", "id")["schema"]!["format"]!.GetValue<string>());
        Assert.Equal("integer", Parameter("/umbraco/delivery/api/v2/content", "take")["schema"]!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_History_API_documents_its_400_and_404_problems()
    {
        using var client = _fixture.Factory.CreateClient();
        var paths = (await client.Json("/openapi/v1.json"))["paths"]!.AsObject();

        foreach (var (path, item) in paths.Where(p => p.Key.StartsWith("/history/api/v1/", StringComparison.Ordinal) && p.Key.Contains("{id}", StringComparison.Ordinal)))
        {
            var responses = item!["get"]!["responses"]!;
            Assert.True(responses["400"] is not null, $"{path} documents no 400.");
            Assert.True(responses["404"] is not null, $"{path} documents no 404.");
        }
    }

    // The APIs and the health report; the pages, static files and the API reference UI are not API operations.
    private static bool IsApi(string route) =>
        route.StartsWith("/umbraco/delivery/", StringComparison.Ordinal) || route.StartsWith("/history/api/", StringComparison.Ordinal) || route == "/health";

    // {name}, {name:constraint}, {**name}, {*name}, {name?}
    [GeneratedRegex(@"\{\*{0,2}(?<name>[A-Za-z0-9_]+)[^}]*\}")]
    private static partial Regex RouteParameter();
}
