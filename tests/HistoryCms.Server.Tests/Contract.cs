using System.Text.Json.Nodes;

namespace HistoryCms.Server.Tests;

/// <summary>Umbraco's Delivery API OpenAPI contract (tests/fixtures/delivery-api) and helpers to compare JSON shapes with it.</summary>
internal static class Contract
{
    private static readonly Lazy<JsonNode> Document = new(() =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryRoot(), "tests", "fixtures", "delivery-api", "delivery-api-openapi.contract.json")))!);

    /// <summary>The property names of a component schema, sorted.</summary>
    public static string[] SchemaProperties(string schema) =>
        [.. Document.Value["components"]!["schemas"]![schema]!["properties"]!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal)];

    /// <summary>The required property names of a component schema, sorted.</summary>
    public static string[] SchemaRequired(string schema) =>
        [.. Document.Value["components"]!["schemas"]![schema]!["required"]!.AsArray().Select(n => n!.GetValue<string>()).Order(StringComparer.Ordinal)];

    /// <summary>The property names of a JSON object, sorted.</summary>
    public static string[] Names(JsonNode? node) => [.. node!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal)];

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "HistoryCms.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("HistoryCms.sln not found above " + AppContext.BaseDirectory);
    }
}
