using System.Text.Json;
using System.Text.Json.Nodes;
using HistoryCms.Core.ContentModel;
using HistoryCms.Core.ProgramBlocks;

namespace HistoryCms.Core.Tests.ProgramBlocks;

public class ProgramBlocksConfigurationTests
{
    [Fact]
    public void The_keys_are_those_of_the_data_type_in_the_content_model()
    {
        var configuration = HistoryContentModel.FindDataType(HistoryContentModel.DataTypeKeys.ProgramBlocks)!.Configuration;

        string[] keys = [ProgramBlocksConfiguration.AllowedKindsKey, ProgramBlocksConfiguration.MaxItemsKey, ProgramBlocksConfiguration.MinItemsKey];
        Assert.Equal(keys, configuration.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(ProgramBlocksConfiguration.Default with { AllowedKinds = [] }, ProgramBlocksConfiguration.FromValues(configuration.ToDictionary(p => p.Key, p => (object?)p.Value)),
            new ConfigurationComparer());
    }

    public static TheoryData<object?, object?, object?, string, int, int> Shapes() => new()
    {
        { (string[])["richText", "people"], 1, 5, "richText,people", 1, 5 },
        { new List<object> { "richText", " people ", "", "richText" }, 1L, 5.0, "richText,people", 1, 5 },
        { "richText, people", "1", "5", "richText,people", 1, 5 },
        { "[\"richText\",\"people\"]", null, null, "richText,people", 0, 0 },
        { JsonDocument.Parse("[\"richText\",7]").RootElement, JsonDocument.Parse("2").RootElement, JsonDocument.Parse("\"9\"").RootElement, "richText", 2, 9 },
        { JsonNode.Parse("[\"people\"]"), JsonValue.Create(3), JsonValue.Create("x"), "people", 3, 0 },
        { 42, -3, "many", "", 0, 0 },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Values_are_read_in_every_shape_Umbraco_or_uSync_hands_over(object? kinds, object? min, object? max, string expectedKinds, int expectedMin, int expectedMax)
    {
        var configuration = ProgramBlocksConfiguration.FromValues(new Dictionary<string, object?>
        {
            [ProgramBlocksConfiguration.AllowedKindsKey] = kinds,
            [ProgramBlocksConfiguration.MinItemsKey] = min,
            [ProgramBlocksConfiguration.MaxItemsKey] = max,
        });

        Assert.Equal(expectedKinds, string.Join(',', configuration.AllowedKinds));
        Assert.Equal((expectedMin, expectedMax), (configuration.MinItems, configuration.MaxItems));
    }

    [Fact]
    public void Checking_the_configuration_names_unknown_kinds_and_impossible_bounds()
    {
        var messages = new ProgramBlocksConfiguration(["richText", "carousel"], 5, 2).Check(ProgramBlockKindCollection.BuiltIn);

        Assert.Equal(
            [
                "allowedKinds: \"carousel\" is not a kind of block this site knows.",
                "minItems: The minimum number of blocks (5) is larger than the maximum (2).",
            ],
            messages.Select(m => m.ToString()));
    }

    [Fact]
    public void An_empty_list_of_allowed_kinds_allows_every_kind()
    {
        Assert.True(ProgramBlocksConfiguration.Default.Allows("anything"));
        Assert.False(new ProgramBlocksConfiguration(["richText"]).Allows("people"));
    }

    private sealed class ConfigurationComparer : IEqualityComparer<ProgramBlocksConfiguration>
    {
        public bool Equals(ProgramBlocksConfiguration? x, ProgramBlocksConfiguration? y) =>
            x is not null && y is not null && x.AllowedKinds.SequenceEqual(y.AllowedKinds) && x.MinItems == y.MinItems && x.MaxItems == y.MaxItems;

        public int GetHashCode(ProgramBlocksConfiguration obj) => obj.MinItems;
    }
}
