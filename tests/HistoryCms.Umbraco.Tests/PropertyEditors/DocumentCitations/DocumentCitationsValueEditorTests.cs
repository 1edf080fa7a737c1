using ValidationResult = System.ComponentModel.DataAnnotations.ValidationResult;
using System.Text.Json.Nodes;
using HistoryCms.Core;
using HistoryCms.Umbraco.PropertyEditors.DocumentCitations;
using HistoryCms.Umbraco.Tests.TestSupport;
using Umbraco.Cms.Core;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Models.Editors;
using Umbraco.Cms.Core.Models.Validation;
using Umbraco.Cms.Core.PropertyEditors.Validation;

namespace HistoryCms.Umbraco.Tests.PropertyEditors.DocumentCitations;

public sealed class DocumentCitationsValueEditorTests
{
    private const string Key1 = "3f2b8c1e-7a4d-4e9b-b1c2-0d9e8f7a6b5c";
    private const string Key2 = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";
    private static readonly string Record = UmbracoSite.RecordKey.ToString();

    private readonly DocumentCitationsDataEditor _editor = UmbracoTestObjects.CitationsEditor();

    private DataType DataType(string configuration = """{"allowedDocumentTypes":["historyArchivalDocument"],"minItems":0,"maxItems":0,"requireLocator":false,"citationStyle":"chicago"}""") =>
        new(_editor, UmbracoTestObjects.Json)
        {
            ConfigurationData = UmbracoTestObjects.Json.Deserialize<Dictionary<string, object>>(configuration)!,
        };

    private DocumentCitationsValueEditor ValueEditor(DataType? dataType = null) =>
        Assert.IsType<DocumentCitationsValueEditor>(_editor.GetValueEditor((dataType ?? DataType()).ConfigurationObject));

    [Fact]
    public void The_data_editor_creates_the_citations_value_editor_and_index_factory()
    {
        Assert.IsType<DocumentCitationsValueEditor>(_editor.GetValueEditor());
        Assert.IsType<DocumentCitationsIndexValueFactory>(_editor.PropertyIndexValueFactory);
    }

    [Fact]
    public void FromEditor_stores_the_normalised_value()
    {
        var incoming = JsonNode.Parse($$"""{"citations":[{"key":" {{Key1.ToUpperInvariant()}} ","documentKey":"umb://document/{{UmbracoSite.RecordKey:N}}","locator":{"label":"Folio","value":"193ob "},"quote":""}]}""");

        var stored = ValueEditor().FromEditor(new ContentPropertyData(incoming, DataType().ConfigurationObject), null);

        Assert.Equal($$$"""{"v":1,"citations":[{"key":"{{{Key1}}}","documentKey":"{{{Record}}}","locator":{"label":"folio","value":"193ob"}}]}""", stored);
    }

    [Fact]
    public void FromEditor_stores_an_empty_list_as_no_value()
    {
        Assert.Null(ValueEditor().FromEditor(new ContentPropertyData("""{"v":1,"citations":[]}""", null), null));
    }

    [Fact]
    public void ToEditor_hands_back_the_stored_value_as_json()
    {
        var property = new Property(new PropertyType(UmbracoTestObjects.ShortStringHelper, DataType(), "citations"));
        property.SetValue($$"""{"v":1,"citations":[{"key":"{{Key1}}","documentKey":"{{Record}}","future":true}]}""");

        var value = Assert.IsAssignableFrom<JsonNode>(ValueEditor().ToEditor(property));

        Assert.Equal($$"""{"v":1,"citations":[{"key":"{{Key1}}","documentKey":"{{Record}}","future":true}]}""", value.ToJsonString());
    }

    [Fact]
    public void Every_cited_document_is_a_tracked_reference_and_a_post_cites_document_relation()
    {
        var value = $$"""{"v":1,"citations":[{"key":"{{Key1}}","documentKey":"{{Record}}"},{"key":"{{Key2}}","documentKey":"{{Record}}"},{"key":"x","documentKey":"not-a-key"}]}""";

        var references = ValueEditor().GetReferences(value).ToList();

        var udi = Udi.Create(Constants.UdiEntityType.Document, UmbracoSite.RecordKey);
        Assert.Equal(
            [(udi, Constants.Conventions.RelationTypes.RelatedDocumentAlias), (udi, HistoryAliases.RelationTypes.PostCitesDocument)],
            references.Select(r => (r.Udi, r.RelationTypeAlias)));
        Assert.Equal($"umb://document/{UmbracoSite.RecordKey:N}", references[0].Udi.ToString());
        Assert.Equal([HistoryAliases.RelationTypes.PostCitesDocument], ValueEditor().GetAutomaticRelationTypesAliases());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("{broken")]
    [InlineData("""{"v":7}""")]
    public void An_unreadable_value_has_no_references(string? value)
    {
        Assert.Empty(ValueEditor().GetReferences(value));
    }

    [Fact]
    public void Validation_reports_each_message_at_its_path_inside_the_value()
    {
        var value = JsonNode.Parse($$$"""{"v":1,"citations":[{"key":"{{{Key1}}}","documentKey":"{{{Record}}}","locator":{"label":"folio","value":"abc"}},{"key":"{{{Key2}}}","documentKey":"{{{UmbracoSite.PostKey}}}"}]}""");

        var results = ValueEditor().Validate(value, false, null, PropertyValidationContext.Empty()).ToList();

        var root = Assert.IsAssignableFrom<INestedValidationResults>(Assert.Single(results));
        var nested = root.ValidationResults.Cast<NestedJsonPathValidationResults>().ToList();
        Assert.Equal(["citations[0].locator.value", "citations[1].documentKey"], nested.Select(n => n.JsonPath));
        Assert.Equal(
            "Citation 1 (RGANI, f. 5, op. 49, d. 131, ll. …): \"abc\" is not a folio number such as 193, 193ob, 12r, 5v or 193-194.",
            Assert.Single(nested[0].ValidationResults).ErrorMessage);
        Assert.Contains("which is a blog post, not an archival document", Assert.Single(nested[1].ValidationResults).ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void A_draft_document_can_be_cited()
    {
        var value = $$"""{"v":1,"citations":[{"key":"{{Key1}}","documentKey":"{{UmbracoSite.DraftKey}}"}]}""";

        Assert.Empty(ValueEditor().Validate(value, false, null, PropertyValidationContext.Empty()));
    }

    [Fact]
    public void Validation_follows_the_data_type_configuration()
    {
        var dataType = DataType("""{"allowedDocumentTypes":[],"minItems":2,"maxItems":0,"requireLocator":true}""");
        var value = $$"""{"v":1,"citations":[{"key":"{{Key1}}","documentKey":"{{UmbracoSite.PostKey}}"}]}""";

        var messages = Flatten(ValueEditor(dataType).Validate(value, false, null, PropertyValidationContext.Empty())).ToList();

        Assert.Equal(["Add at least 2 citations (there is 1).", "Citation 1 (Failed Diplomacy) needs a locator: the page or folio of the document that it cites."], messages);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("""{"v":1,"citations":[]}""")]
    [InlineData("[]")]
    public void A_mandatory_property_needs_at_least_one_citation(string? value)
    {
        var result = Assert.Single(ValueEditor().Validate(value, true, null, PropertyValidationContext.Empty()));

        Assert.NotNull(result.ErrorMessage);
    }

    [Fact]
    public void Broken_json_is_reported_on_the_property_without_an_exception()
    {
        var messages = Flatten(ValueEditor().Validate("{\"v\":1,\"citations\":[{", false, null, PropertyValidationContext.Empty())).ToList();

        Assert.Contains("not valid JSON", Assert.Single(messages), StringComparison.Ordinal);
    }

    private static IEnumerable<string> Flatten(IEnumerable<ValidationResult> results)
    {
        foreach (var result in results)
        {
            if (result is INestedValidationResults nested)
            {
                foreach (var message in Flatten(nested.ValidationResults))
                {
                    yield return message;
                }
            }
            else if (result.ErrorMessage is { Length: > 0 } message)
            {
                yield return message;
            }
        }
    }
}
