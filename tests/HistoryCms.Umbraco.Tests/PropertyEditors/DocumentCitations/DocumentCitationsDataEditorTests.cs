using HistoryCms.Core;
using HistoryCms.Core.ContentModel;
using HistoryCms.Umbraco.PropertyEditors.DocumentCitations;
using HistoryCms.Umbraco.Tests.TestSupport;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.PropertyEditors;

namespace HistoryCms.Umbraco.Tests.PropertyEditors.DocumentCitations;

public sealed class DocumentCitationsDataEditorTests
{
    private readonly DocumentCitationsDataEditor _editor = UmbracoTestObjects.CitationsEditor();

    [Fact]
    public void The_editor_declares_its_alias_a_json_value_and_read_only_support()
    {
        Assert.Equal(HistoryAliases.Editors.DocumentCitations, _editor.Alias);
        Assert.True(_editor.SupportsReadOnly);
        Assert.Equal(ValueTypes.Json, ((DataValueEditor)_editor.GetValueEditor()).ValueType);
    }

    [Fact]
    public void The_value_editor_is_reused() => Assert.Same(_editor.GetValueEditor(), _editor.GetValueEditor());

    [Fact]
    public void The_configuration_fields_are_the_keys_of_the_model_data_type()
    {
        DataTypeDefinition model = HistoryContentModel.FindDataType(HistoryContentModel.DataTypeKeys.Citations)!;

        Assert.Equal(model.Configuration.Keys.Order(), _editor.GetConfigurationEditor().Fields.Select(f => f.Key).Order());
    }

    [Fact]
    public void A_new_data_type_starts_with_the_model_configuration()
    {
        var dataType = new DataType(_editor, UmbracoTestObjects.Json);

        var configuration = Assert.IsType<DocumentCitationsConfiguration>(dataType.ConfigurationObject);
        Assert.Equal([HistoryAliases.ContentTypes.ArchivalDocument], configuration.AllowedContentTypes);
        Assert.Equal(0, configuration.MinItems);
        Assert.Equal(0, configuration.MaxItems);
        Assert.False(configuration.RequireLocator);
    }

    [Fact]
    public void A_stored_configuration_reads_into_the_configuration_object_and_a_stored_citation_style_of_earlier_versions_is_ignored()
    {
        var dataType = new DataType(_editor, UmbracoTestObjects.Json)
        {
            ConfigurationData = UmbracoTestObjects.Json.Deserialize<Dictionary<string, object>>(
                """{"allowedDocumentTypes":["historyArchivalDocument","historyBlogPost"],"minItems":1,"maxItems":"12","requireLocator":true,"citationStyle":"turabian"}""")!,
        };

        var configuration = Assert.IsType<DocumentCitationsConfiguration>(dataType.ConfigurationObject);
        Assert.Equal(["historyArchivalDocument", "historyBlogPost"], configuration.AllowedContentTypes);
        Assert.Equal(1, configuration.MinItems);
        Assert.Equal(12, configuration.MaxItems);
        Assert.True(configuration.RequireLocator);
    }

    [Fact]
    public void A_maximum_below_the_minimum_is_rejected_with_a_message_naming_citations()
    {
        var result = Assert.Single(_editor.GetConfigurationEditor().Validate(new Dictionary<string, object> { ["minItems"] = 3, ["maxItems"] = 2 }));

        Assert.Equal(
            "The maximum number of citations (2) is lower than the minimum (3); raise the maximum or set it to 0 for no limit.",
            result.ErrorMessage);
    }
}
