using System.Net;
using System.Text.Json.Nodes;

namespace HistoryCms.Server.Tests;

/// <summary>Small HTTP helpers for the tests.</summary>
internal static class Http
{
    public const string Api = "/umbraco/delivery/api/v2";

    /// <summary>Reads until <paramref name="done"/> holds (the server reloads and indexes in the background), for 10 s at most.</summary>
    public static async Task<T> Eventually<T>(Func<Task<T>> read, Func<T, bool> done)
    {
        var value = await read();
        for (var i = 0; i < 100 && !done(value); i++)
        {
            await Task.Delay(100, TestContext.Current.CancellationToken);
            value = await read();
        }

        Assert.True(done(value), $"Not reached in 10 s: {value}");
        return value;
    }

    public static async Task<JsonNode> Json(this HttpClient client, string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(expected == response.StatusCode, $"GET {url}: expected {expected}, got {response.StatusCode}: {body}");
        return JsonNode.Parse(body)!;
    }

    /// <summary>Asserts a problem+json response with the status, and returns its detail.</summary>
    public static async Task<string> Problem(this HttpClient client, string url, HttpStatusCode expected)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(expected == response.StatusCode, $"GET {url}: expected {expected}, got {response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(body)!;
        Assert.Equal((int)expected, problem["status"]!.GetValue<int>());
        return problem["detail"]?.GetValue<string>() ?? string.Empty;
    }

    public static string[] Names(JsonNode page) => [.. page["items"]!.AsArray().Select(i => i!["name"]!.GetValue<string>())];
}
