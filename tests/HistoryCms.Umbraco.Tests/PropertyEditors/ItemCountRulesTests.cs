using System.Text.Json;
using HistoryCms.Core.ProgramBlocks;
using HistoryCms.Umbraco.PropertyEditors.ProgramBlocks;
using HistoryCms.Umbraco.Tests.TestSupport;

namespace HistoryCms.Umbraco.Tests.PropertyEditors;

public sealed class ItemCountRulesTests
{
    public static TheoryData<string, string[]> Cases => new()
    {
        { """{}""", [] },
        { """{"minItems":0,"maxItems":0}""", [] },
        { """{"minItems":2,"maxItems":0}""", [] },
        { """{"minItems":2,"maxItems":2}""", [] },
        { """{"minItems":"1","maxItems":"4"}""", [] },
        { """{"minItems":null,"maxItems":3}""", [] },
        { """{"minItems":3,"maxItems":2}""", ["The maximum number of blocks (2) is lower than the minimum (3); raise the maximum or set it to 0 for no limit."] },
        { """{"minItems":-1}""", ["The minimum number of blocks must be a whole number of 0 or more."] },
        { """{"maxItems":2.5}""", ["The maximum number of blocks must be a whole number of 0 or more."] },
        { """{"maxItems":"many"}""", ["The maximum number of blocks must be a whole number of 0 or more."] },
        { """{"maxItems":[1]}""", ["The maximum number of blocks must be a whole number of 0 or more."] },
        { """{"minItems":true,"maxItems":99999999999}""", ["The minimum number of blocks must be a whole number of 0 or more.", "The maximum number of blocks must be a whole number of 0 or more."] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Item_limits_read_as_stored_json_are_checked(string json, string[] expected)
    {
        Dictionary<string, object> configuration = JsonSerializer.Deserialize<Dictionary<string, object>>(json)!;

        string?[] messages = [.. new ProgramBlocksConfigurationEditor(UmbracoTestObjects.IOHelper, ProgramBlockKindCollection.BuiltIn).Validate(configuration).Select(r => r.ErrorMessage)];

        Assert.Equal(expected, messages);
    }

    [Theory]
    [InlineData(3, 2, 1)]
    [InlineData(2L, 3L, 0)]
    [InlineData(1d, 0d, 0)]
    public void Item_limits_given_as_numbers_are_checked(object min, object max, int errors) =>
        Assert.Equal(
            errors,
            new ProgramBlocksConfigurationEditor(UmbracoTestObjects.IOHelper, ProgramBlockKindCollection.BuiltIn)
                .Validate(new Dictionary<string, object> { ["minItems"] = min, ["maxItems"] = max }).Count());
}
