using System.Text.Json;
using System.Text.Json.Nodes;
using HistoryCms.Core.Citations;

namespace HistoryCms.Core.Tests.Citations;

/// <summary>
/// The locator table both sides run (tests/fixtures/locators/locator-cases.json): the backoffice client's
/// locator-parity.test.ts reads the same cases, so the editor's early check, the stored form and the printed
/// locator cannot drift from the server's <see cref="LocatorSyntax"/>, <see cref="CitationJson"/> and
/// <see cref="CitationLocatorText"/>.
/// </summary>
public sealed class LocatorParityTests
{
    private const string DocumentKey = "7c0d6a3e-62a4-4a0f-9a3e-0b5c2f1d8e11";

    public static TheoryData<string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string>();
        var table = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Fixtures, "locators", "locator-cases.json")))!;
        foreach (var entry in table["cases"]!.AsArray())
        {
            data.Add(entry!["label"]!.GetValue<string>(), entry["value"]!.GetValue<string>(), entry.ToJsonString());
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_locator_reads_checks_and_prints_as_the_shared_table_says(string label, string value, string expectedJson)
    {
        var expected = JsonNode.Parse(expectedJson)!;
        var stored = Read(label, value);

        var storedExpected = expected["stored"];
        if (storedExpected is null)
        {
            Assert.Null(stored);
        }
        else
        {
            Assert.NotNull(stored);
            Assert.Equal(storedExpected["label"]!.GetValue<string>(), stored.Label);
            Assert.Equal(storedExpected["value"]!.GetValue<string>(), stored.Value);
        }

        var valid = stored is null || (stored.Kind is { } kind && LocatorSyntax.IsValid(kind, stored.Value));
        Assert.Equal(expected["valid"]!.GetValue<bool>(), valid);
        Assert.Equal(expected["printed"]!.GetValue<string>(), CitationLocatorText.Format(stored));
        Assert.Equal(expected["examples"]?.GetValue<string>(), stored?.Kind is { } known ? LocatorSyntax.Examples(known) : null);
    }

    /// <summary>Reads the locator as the server reads a stored value (<see cref="CitationJson.Read"/>).</summary>
    private static CitationLocator? Read(string label, string value)
    {
        var json = JsonSerializer.Serialize(new
        {
            v = 1,
            citations = new[] { new { key = "k1", documentKey = DocumentKey, locator = new { label, value } } },
        });
        var result = CitationJson.Read(json);
        return Assert.Single(result.List.Items).Locator;
    }
}
