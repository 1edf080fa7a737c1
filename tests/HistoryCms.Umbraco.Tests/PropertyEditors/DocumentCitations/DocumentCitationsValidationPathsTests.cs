using HistoryCms.Core;
using HistoryCms.Umbraco.Tests.TestSupport;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.PropertyEditors;

namespace HistoryCms.Umbraco.Tests.PropertyEditors.DocumentCitations;

/// <summary>
/// Citation messages as the Management API reports them, through Umbraco's own ContentValidationService
/// (ContentValidationServiceBase.ValidateProperty + JsonPathValidator, src/Umbraco.Core/Services/ContentValidationServiceBase.cs,
/// release/17.4.2; run from Umbraco.Cms.Core 17.8.1): JsonPathValidator runs on each child of the validator's result, so a
/// message about the whole value must be nested too, or the editor gets an empty message.
/// </summary>
public sealed class DocumentCitationsValidationPathsTests
{
    [Fact]
    public async Task Messages_about_the_whole_value_and_about_each_citation_reach_the_editor_at_their_paths()
    {
        var editor = UmbracoTestObjects.CitationsEditor();
        var dataType = new DataType(editor, UmbracoTestObjects.Json) { Id = 77, ConfigurationData = new Dictionary<string, object> { ["minItems"] = 2 } };
        var post = new ContentType(UmbracoTestObjects.ShortStringHelper, -1) { Alias = HistoryAliases.ContentTypes.BlogPost, Name = "Blog post" };
        post.AddPropertyType(new PropertyType(UmbracoTestObjects.ShortStringHelper, dataType, HistoryAliases.Properties.Citations) { Name = "Citations" });
        var validation = new ManagementApiValidation(new PropertyEditorCollection(new DataEditorCollection(() => [editor])), dataType);
        var value = $$$"""{"v":1,"citations":[{"key":"3f2b8c1e-7a4d-4e9b-b1c2-0d9e8f7a6b5c","documentKey":"{{{UmbracoSite.RecordKey}}}","locator":{"label":"folio","value":"abc"}}]}""";

        var result = await validation.ValidateAsync(post, new Dictionary<string, object?> { [HistoryAliases.Properties.Citations] = value });
        var broken = await validation.ValidateAsync(post, new Dictionary<string, object?> { [HistoryAliases.Properties.Citations] = "{\"v\":1,\"citations\":[" });

        var byPath = result.ValidationErrors.ToDictionary(e => e.JsonPath, e => e.ErrorMessages);
        Assert.Contains(byPath[".citations"], m => m.StartsWith("Add at least 2 citations", StringComparison.Ordinal));
        Assert.Contains(byPath.Keys, p => p.StartsWith(".citations[0].locator", StringComparison.Ordinal));
        var whole = Assert.Single(broken.ValidationErrors);
        Assert.Equal(string.Empty, whole.JsonPath);
        Assert.Contains("not valid JSON", Assert.Single(whole.ErrorMessages), StringComparison.Ordinal);
    }
}
