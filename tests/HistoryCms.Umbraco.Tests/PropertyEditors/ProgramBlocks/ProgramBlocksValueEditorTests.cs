using System.Text.Json.Nodes;
using HistoryCms.Core;
using HistoryCms.Umbraco.Tests.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Models.Editors;
using Umbraco.Cms.Core.Models.Validation;
using Umbraco.Cms.Core.PropertyEditors;
using A = HistoryCms.Core.HistoryAliases.ContentTypes;
using UmbracoConfiguration = HistoryCms.Umbraco.PropertyEditors.ProgramBlocks.ProgramBlocksConfiguration;

namespace HistoryCms.Umbraco.Tests.PropertyEditors.ProgramBlocks;

public sealed class ProgramBlocksValueEditorTests
{
    private const string Key = "0d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a";
    private readonly BlocksEditorHarness _harness = new();

    [Fact]
    public void What_the_editor_posts_is_stored_as_the_canonical_current_version()
    {
        var posted = JsonNode.Parse($$$"""{"v":1,"blocks":[{"key":"{{{Key}}}","kind":"richText","content":{"markup":"<p>x</p>"},"anchor":" about ","ui":{"open":true}}]}""");

        var stored = _harness.ValueEditor().FromEditor(new ContentPropertyData(posted, new UmbracoConfiguration()), null);

        Assert.Equal($$$"""{"v":2,"blocks":[{"key":"{{{Key}}}","kind":"richText","content":{"markup":"<p>x</p>"},"settings":{"anchor":"about","hidden":false}}]}""", stored);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("""{"v":2,"blocks":[]}""")]
    public void An_empty_list_is_stored_as_null(string? posted) =>
        Assert.Null(_harness.ValueEditor().FromEditor(new ContentPropertyData(posted, null), null));

    [Fact]
    public void The_editor_receives_a_stored_version_1_value_upgraded()
    {
        var property = _harness.Property($$$"""{"v":1,"blocks":[{"key":"{{{Key}}}","kind":"latestPosts","content":{"count":3},"hidden":true}]}""");

        var value = Assert.IsAssignableFrom<JsonNode>(_harness.ValueEditor().ToEditor(property));

        Assert.Equal(2, value["v"]!.GetValue<int>());
        Assert.True(value["blocks"]![0]!["settings"]!["hidden"]!.GetValue<bool>());
    }

    [Fact]
    public void Validation_names_the_block_and_field_and_points_at_the_path()
    {
        var author = _harness.AddDocument(A.Author, "Charles Kraus");
        var value = $$$"""{"v":2,"blocks":[{"key":"{{{Key}}}","kind":"featuredDocuments","content":{"documents":["{{{author}}}"]}}]}""";

        var result = Assert.Single(NestedResults.Flatten(_harness.ValueEditor().Validate(value, false, null, PropertyValidationContext.Empty())));

        Assert.Equal(("blocks[0].content.documents[0]", "Block 1 (Featured documents): document 1 (\"Charles Kraus\") is an author, not an archival document."), result);
    }

    [Fact]
    public void A_picked_document_in_the_recycle_bin_does_not_count_as_existing()
    {
        var trashed = _harness.AddDocument(A.Program, "Old project", trashed: true);
        var value = $$$"""{"v":2,"blocks":[{"key":"{{{Key}}}","kind":"projectPromos","content":{"items":[{"program":"{{{trashed}}}"}]}}]}""";

        var result = Assert.Single(NestedResults.Flatten(_harness.ValueEditor().Validate(value, false, null, ValidationContexts.EditorsOwnSave)));

        Assert.Equal("Block 1 (Project promos): the program of card 1 does not exist or is not published.", result.Message);
    }

    [Fact]
    public void Validation_follows_the_data_types_allowed_kinds_and_bounds()
    {
        var configuration = new UmbracoConfiguration { AllowedKinds = ["richText"], MinItems = 2 };
        var value = $$$"""{"v":2,"blocks":[{"key":"{{{Key}}}","kind":"latestPosts","content":{}}]}""";

        var messages = NestedResults.Flatten(_harness.ValueEditor(configuration).Validate(value, false, null, PropertyValidationContext.Empty())).Select(r => r.Message);

        Assert.Equal(
            ["There is 1 block; add at least 1 more (at least 2 are needed).", "Block 1 (Latest posts): this kind of block is not allowed here."],
            messages);
    }

    [Fact]
    public void A_mandatory_property_needs_a_block()
    {
        var result = Assert.Single(_harness.ValueEditor().Validate("""{"v":2,"blocks":[]}""", true, null, PropertyValidationContext.Empty()));

        Assert.Equal("Add at least one block.", result.ErrorMessage);
    }

    [Fact]
    public void Unreadable_values_get_a_message_instead_of_an_exception()
    {
        var result = Assert.Single(NestedResults.Flatten(_harness.ValueEditor().Validate("{\"v\":2,\"blocks\":[", false, null, PropertyValidationContext.Empty())));

        Assert.StartsWith("The value is not valid JSON", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_picked_document_program_and_author_is_a_tracked_document_reference()
    {
        Guid doc = Guid.NewGuid(), program = Guid.NewGuid(), author = Guid.NewGuid(), page = Guid.NewGuid();
        var value = $$$"""
            {"v":2,"blocks":[
              {"key":"{{{Guid.NewGuid()}}}","kind":"featuredDocuments","content":{"documents":["{{{doc}}}"]}},
              {"key":"{{{Guid.NewGuid()}}}","kind":"projectPromos","content":{"items":[{"program":"{{{program}}}"}]}},
              {"key":"{{{Guid.NewGuid()}}}","kind":"people","content":{"items":[{"author":"{{{author}}}"}]}},
              {"key":"{{{Guid.NewGuid()}}}","kind":"callToAction","content":{"label":"x","link":{"document":"{{{page}}}"} }},
              {"key":"{{{Guid.NewGuid()}}}","kind":"documentSearch","content":{"label":"x","query":{"program":"{{{program}}}"} }}]}
            """;
        var references = new DataValueReferenceFactoryCollection(() => [], NullLogger<DataValueReferenceFactoryCollection>.Instance);

        var found = references.GetReferences(_harness.Editor, [value]);

        Assert.Equal(
            new[] { doc, program, author, page }.Select(k => $"umb://document/{k:N} umbDocument").Order(),
            found.Select(r => $"{r.Udi} {r.RelationTypeAlias}").Order());
    }

    [Fact]
    public void The_index_gets_the_words_of_the_visible_blocks()
    {
        var property = _harness.Property($$$"""
            {"v":2,"blocks":[
              {"key":"{{{Guid.NewGuid()}}}","kind":"richText","content":{"markup":"<p>Soviet <b>records</b></p>"},"settings":{"heading":"About"}},
              {"key":"{{{Guid.NewGuid()}}}","kind":"richText","content":{"markup":"<p>draft</p>"},"settings":{"hidden":true}}]}
            """);

        var value = Assert.Single(_harness.Editor.PropertyIndexValueFactory.GetIndexValues(property, null, null, false, [], new Dictionary<Guid, IContentType>()));

        Assert.Equal("blocks", value.FieldName);
        Assert.Equal(["About Soviet records"], value.Values);
    }

    [Fact]
    public void The_editor_alias_is_the_shared_constant() => Assert.Equal(HistoryAliases.Editors.ProgramBlocks, _harness.Editor.Alias);
}
