using HistoryCms.Core;
using HistoryCms.Core.ContentModel;
using HistoryCms.Umbraco.PropertyEditors.ProgramBlocks;
using HistoryCms.Umbraco.Tests.TestSupport;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.PropertyEditors;

namespace HistoryCms.Umbraco.Tests.PropertyEditors.ProgramBlocks;

public sealed class ProgramBlocksDataEditorTests
{
    private readonly ProgramBlocksDataEditor _editor = UmbracoTestObjects.BlocksEditor();

    [Fact]
    public void The_editor_declares_its_alias_a_json_value_and_read_only_support()
    {
        Assert.Equal(HistoryAliases.Editors.ProgramBlocks, _editor.Alias);
        Assert.True(_editor.SupportsReadOnly);
        Assert.Equal(ValueTypes.Json, ((DataValueEditor)_editor.GetValueEditor()).ValueType);
    }

    [Fact]
    public void The_value_editor_is_reused() => Assert.Same(_editor.GetValueEditor(), _editor.GetValueEditor());

    [Fact]
    public void The_configuration_fields_are_the_keys_of_the_model_data_type()
    {
        DataTypeDefinition model = HistoryContentModel.FindDataType(HistoryContentModel.DataTypeKeys.ProgramBlocks)!;

        Assert.Equal(model.Configuration.Keys.Order(), _editor.GetConfigurationEditor().Fields.Select(f => f.Key).Order());
    }

    [Fact]
    public void A_new_data_type_starts_with_the_model_configuration()
    {
        var dataType = new DataType(_editor, UmbracoTestObjects.Json);

        var configuration = Assert.IsType<ProgramBlocksConfiguration>(dataType.ConfigurationObject);
        Assert.Empty(configuration.AllowedKinds);
        Assert.Equal(0, configuration.MinItems);
        Assert.Equal(0, configuration.MaxItems);
    }

    [Fact]
    public void A_stored_configuration_reads_into_the_configuration_object()
    {
        var dataType = new DataType(_editor, UmbracoTestObjects.Json)
        {
            ConfigurationData = UmbracoTestObjects.Json.Deserialize<Dictionary<string, object>>(
                """{"allowedKinds":["richText","latestPosts"],"minItems":1,"maxItems":8}""")!,
        };

        var configuration = Assert.IsType<ProgramBlocksConfiguration>(dataType.ConfigurationObject);
        Assert.Equal(["richText", "latestPosts"], configuration.AllowedKinds);
        Assert.Equal(1, configuration.MinItems);
        Assert.Equal(8, configuration.MaxItems);
    }
}
