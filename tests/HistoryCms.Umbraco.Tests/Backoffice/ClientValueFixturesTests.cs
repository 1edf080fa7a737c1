using System.Text.Json.Nodes;
using HistoryCms.Core;
using HistoryCms.Core.Citations;
using HistoryCms.Core.ProgramBlocks;
using HistoryCms.Core.Tests.ProgramBlocks;
using HistoryCms.Umbraco.Tests.TestSupport;

namespace HistoryCms.Umbraco.Tests.Backoffice;

/// <summary>
/// The browser tests prove the backoffice editors emit exactly the values in tests/fixtures/values; these tests
/// prove the server accepts those values as they are: no validation message, and its normalised form is the
/// same JSON (so a save changes nothing).
/// </summary>
public sealed class ClientValueFixturesTests
{
    private static JsonNode Fixture(string name) =>
        JsonNode.Parse(File.ReadAllText(RepositoryRoot.Combine("tests", "fixtures", "values", name)))!;

    /// <summary>A site holding a document of the given type for every key the fixture picks in each field.</summary>
    private static SiteContent SiteWith(JsonNode fixture, params (string Field, string ContentType)[] picks)
    {
        var site = new SiteContent();
        foreach (var (field, contentType) in picks)
        {
            foreach (var key in KeysOf(fixture, field).Distinct())
            {
                site.Add(contentType, $"{contentType} {key:N}", key);
            }
        }

        return site;
    }

    private static IEnumerable<Guid> KeysOf(JsonNode? node, string field) => node switch
    {
        JsonObject obj => obj.SelectMany(p => p.Key == field && p.Value is JsonValue v && Guid.TryParse((string?)v, out var key)
            ? [key]
            : p.Key == field && p.Value is JsonArray keys
                ? keys.Select(k => Guid.Parse((string)k!))
                : KeysOf(p.Value, field)),
        JsonArray array => array.SelectMany(item => KeysOf(item, field)),
        _ => [],
    };

    [Fact]
    public void Server_accepts_the_citations_the_editor_emits_and_keeps_them_as_they_are()
    {
        var fixture = Fixture("citations.valid.json");
        var site = SiteWith(fixture, ("documentKey", HistoryAliases.ContentTypes.ArchivalDocument));

        Assert.Empty(new CitationValidator(site).Validate(fixture.ToJsonString(), CitationsConfiguration.Default));
        Assert.True(JsonNode.DeepEquals(fixture, JsonNode.Parse(CitationNormaliser.Normalise(fixture.ToJsonString())!)),
            CitationNormaliser.Normalise(fixture.ToJsonString()));
    }

    [Fact]
    public void Server_accepts_the_blocks_the_editor_emits_and_keeps_them_as_they_are()
    {
        var fixture = Fixture("blocks.valid.json");
        var site = SiteWith(fixture,
            ("documents", HistoryAliases.ContentTypes.ArchivalDocument),
            ("program", HistoryAliases.ContentTypes.Program),
            ("author", HistoryAliases.ContentTypes.Author),
            ("document", HistoryAliases.ContentTypes.Program));
        var program = site.Program("History and Public Policy Program");

        var messages = new ProgramBlockListValidator(ProgramBlockKindCollection.BuiltIn)
            .Validate(fixture.ToJsonString(), ProgramBlocksConfiguration.Default, new ProgramBlockValidationContext(site, program));

        Assert.Empty(messages);
        Assert.True(JsonNode.DeepEquals(fixture, JsonNode.Parse(ProgramBlockList.Normalise(fixture.ToJsonString())!)),
            ProgramBlockList.Normalise(fixture.ToJsonString()));
    }
}
