using HistoryCms.Core;
using HistoryCms.Umbraco.Tests.TestSupport;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.PropertyEditors;
using A = HistoryCms.Core.HistoryAliases.ContentTypes;

namespace HistoryCms.Umbraco.Tests.PropertyEditors.ProgramBlocks;

/// <summary>
/// What an editor sees when a program page fails validation: Umbraco's own ContentValidationService /
/// ContentValidationServiceBase.ValidateProperty and JsonPathValidator (src/Umbraco.Core/Services/ContentValidationServiceBase.cs,
/// src/Umbraco.Core/PropertyEditors/Validation/JsonPathValidator.cs, release/17.4.2; run from Umbraco.Cms.Core 17.8.1)
/// turn the value editor's results into the errors the Management API returns as <c>$.values[i].value{JsonPath}</c>.
/// </summary>
public sealed class ProgramBlocksValidationPathsTests
{
    private const string First = "0d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a";
    private const string Second = "1e4f5a6b-7c8d-4e9f-8a1b-2c3d4e5f6a7b";

    private readonly BlocksEditorHarness _harness = new();

    private (ManagementApiValidation Validation, IContentType Program) Site()
    {
        var dataType = new DataType(_harness.Editor, UmbracoTestObjects.Json) { Id = 1234 };
        var program = new ContentType(UmbracoTestObjects.ShortStringHelper, -1) { Alias = A.Program, Name = "Program" };
        program.AddPropertyType(new PropertyType(UmbracoTestObjects.ShortStringHelper, dataType, HistoryAliases.Properties.Blocks) { Name = "Blocks" });
        var editors = new PropertyEditorCollection(new DataEditorCollection(() => [_harness.Editor]));
        return (new ManagementApiValidation(editors, dataType), program);
    }

    [Fact]
    public async Task Each_message_keeps_the_json_path_of_the_block_field_it_belongs_to()
    {
        var author = _harness.AddDocument(A.Author, "Charles Kraus");
        var (validation, program) = Site();
        var value = $$$$"""
            {"v":2,"blocks":[
              {"key":"{{{{First}}}}","kind":"featuredDocuments","content":{"documents":["{{{{author}}}}"]}},
              {"key":"{{{{Second}}}}","kind":"callToAction","content":{"label":"Read","link":{"url":"javascript:alert(1)"}}}]}
            """;

        var result = await validation.ValidateAsync(program, new Dictionary<string, object?> { [HistoryAliases.Properties.Blocks] = value });

        var errors = result.ValidationErrors.ToArray();
        Assert.All(errors, e => Assert.Equal(HistoryAliases.Properties.Blocks, e.Alias));
        var byPath = errors.ToDictionary(e => e.JsonPath, e => string.Join(" | ", e.ErrorMessages));
        Assert.Equal(
            "Block 1 (Featured documents): document 1 (\"Charles Kraus\") is an author, not an archival document.",
            byPath[".blocks[0].content.documents[0]"]);
        Assert.Contains(byPath.Keys, path => path.StartsWith(".blocks[1].content.link", StringComparison.Ordinal));
        Assert.DoesNotContain(string.Empty, byPath.Keys);
    }

    [Fact]
    public async Task A_message_about_the_whole_value_stays_on_the_property()
    {
        var (validation, program) = Site();
        var value = """{"v":2,"blocks":[{"key":"0d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a","kind":"noSuchKind","content":{}}],"extra":1}""";

        var result = await validation.ValidateAsync(program, new Dictionary<string, object?> { [HistoryAliases.Properties.Blocks] = "{\"v\":2,\"blocks\":[" });
        var other = await validation.ValidateAsync(program, new Dictionary<string, object?> { [HistoryAliases.Properties.Blocks] = value });

        var error = Assert.Single(result.ValidationErrors);
        Assert.Equal(string.Empty, error.JsonPath);
        Assert.StartsWith("The value is not valid JSON", Assert.Single(error.ErrorMessages), StringComparison.Ordinal);
        Assert.Contains(other.ValidationErrors, e => e.JsonPath.StartsWith(".blocks[0]", StringComparison.Ordinal));
    }
}
