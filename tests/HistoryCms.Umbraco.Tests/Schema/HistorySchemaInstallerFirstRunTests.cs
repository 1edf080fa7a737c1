using System.Text.Json;
using HistoryCms.Core;
using HistoryCms.Core.ContentModel;
using HistoryCms.Umbraco.Schema;
using HistoryCms.Umbraco.Tests.TestSupport;
using Microsoft.Extensions.Logging;
using Umbraco.Cms.Core;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.PropertyEditors;

namespace HistoryCms.Umbraco.Tests.Schema;

public sealed class HistorySchemaInstallerFirstRunTests
{
    private readonly InstallerHarness _harness = new();

    private async Task<SchemaInstallReport> InstallAsync() =>
        await _harness.Installer().InstallAsync(TestContext.Current.CancellationToken);

    [Fact]
    public async Task First_run_succeeds_without_warnings()
    {
        SchemaInstallReport report = await InstallAsync();

        Assert.True(report.Succeeded, string.Join(Environment.NewLine, report.Failures));
        Assert.Empty(report.Warnings);
        Assert.Equal(
            HistoryContentModel.DataTypes.Count + HistoryContentModel.ContentTypes.Count + HistoryTemplates.ContentTypes.Count
                + HistoryContentModel.RelationTypes.Count,
            report.Created.Count);
    }

    [Fact]
    public async Task First_run_creates_each_item_once_and_updates_only_to_allow_children_and_templates_created_later()
    {
        await InstallAsync();

        string[] expected =
        [
            .. HistoryContentModel.DataTypes.Select(d => $"create DataType '{d.Name}'"),
            .. HistoryContentModel.ContentTypes.Select(t => $"create ContentType '{t.Alias}'"),
            .. HistoryContentModel.ContentTypes.Where(t => t.AllowedChildren.Count > 0).Select(t => $"update ContentType '{t.Alias}'"),
            .. HistoryTemplates.ContentTypes.SelectMany(alias => (string[])[$"create Template '{alias}'", $"update ContentType '{alias}'"]),
            .. HistoryContentModel.RelationTypes.Select(r => $"create RelationType '{r.Alias}'"),
        ];
        Assert.Equal(expected, _harness.Services.Writes);
    }

    [Fact]
    public async Task First_run_creates_every_data_type_with_its_editor_ui_storage_and_configuration()
    {
        await InstallAsync();

        Assert.Equal(HistoryContentModel.DataTypes.Count, _harness.Services.DataTypes.Count);
        foreach (DataTypeDefinition definition in HistoryContentModel.DataTypes)
        {
            IDataType stored = _harness.Services.DataTypes.Single(d => d.Key == definition.Key);
            Assert.Equal(definition.Name, stored.Name);
            Assert.Equal(definition.EditorAlias, stored.EditorAlias);
            Assert.Equal(definition.EditorUiAlias, stored.EditorUiAlias);
            Assert.Equal(ValueTypes.ToStorageType(definition.ValueType), stored.DatabaseType);
            Assert.Equal(JsonSerializer.Serialize(definition.Configuration), JsonSerializer.Serialize(stored.ConfigurationData));
        }
    }

    [Fact]
    public async Task First_run_creates_every_document_type_with_its_settings()
    {
        await InstallAsync();

        Assert.Equal(HistoryContentModel.ContentTypes.Count, _harness.Services.ContentTypes.Count);
        foreach (ContentTypeDefinition definition in HistoryContentModel.ContentTypes)
        {
            IContentType stored = _harness.Services.ContentType(definition.Alias);
            Assert.Equal(definition.Key, stored.Key);
            Assert.Equal(definition.Name, stored.Name);
            Assert.Equal(definition.Icon, stored.Icon);
            Assert.Equal(definition.Description, stored.Description);
            Assert.Equal(definition.AllowedAtRoot, stored.AllowedAsRoot);
            Assert.False(stored.IsElement);
            Assert.Equal(ContentVariation.Nothing, stored.Variations);
            Assert.Equal(definition.IsListView ? HistoryContentModel.DataTypeKeys.Collection : null, stored.ListView);
            Assert.Equal(definition.Compositions, stored.ContentTypeComposition.Select(c => c.Alias));
        }
    }

    [Fact]
    public async Task First_run_creates_every_tab_and_group()
    {
        await InstallAsync();

        foreach (ContentTypeDefinition definition in HistoryContentModel.ContentTypes)
        {
            IContentType stored = _harness.Services.ContentType(definition.Alias);
            Assert.Equal(definition.Containers.Count, stored.PropertyGroups.Count);
            foreach (PropertyContainerDefinition container in definition.Containers)
            {
                PropertyGroup group = stored.PropertyGroups[container.Alias];
                Assert.Equal(container.Key, group.Key);
                Assert.Equal(container.Name, group.Name);
                Assert.Equal(container.SortOrder, group.SortOrder);
                Assert.Equal(container.Kind == ContainerKind.Tab ? PropertyGroupType.Tab : PropertyGroupType.Group, group.Type);
            }
        }
    }

    [Fact]
    public async Task First_run_creates_every_property_in_its_group_with_its_data_type_and_validation()
    {
        await InstallAsync();

        foreach (ContentTypeDefinition definition in HistoryContentModel.ContentTypes)
        {
            IContentType stored = _harness.Services.ContentType(definition.Alias);
            Assert.Equal(definition.Properties.Select(p => p.Alias).Order(), stored.PropertyTypes.Select(p => p.Alias).Order());
            foreach (PropertyDefinition property in definition.Properties)
            {
                IPropertyType type = stored.PropertyTypes.Single(p => p.Alias == property.Alias);
                Assert.Equal(property.Key, type.Key);
                Assert.Equal(property.Name, type.Name);
                Assert.Equal(property.Description, type.Description);
                Assert.Equal(property.DataTypeKey, type.DataTypeKey);
                Assert.Equal(HistoryContentModel.FindDataType(property.DataTypeKey)!.EditorAlias, type.PropertyEditorAlias);
                Assert.Equal(property.Mandatory, type.Mandatory);
                Assert.Equal(property.MandatoryMessage, type.MandatoryMessage);
                Assert.Equal(property.ValidationRegex, type.ValidationRegExp);
                Assert.Equal(property.SortOrder, type.SortOrder);
                Assert.Contains(type, stored.PropertyGroups[property.ContainerAlias].PropertyTypes!);
            }
        }
    }

    [Fact]
    public async Task First_run_allows_the_model_children_in_order_including_a_program_beneath_a_program()
    {
        await InstallAsync();

        foreach (ContentTypeDefinition definition in HistoryContentModel.ContentTypes)
        {
            ContentTypeSort[] allowed = [.. _harness.Services.ContentType(definition.Alias).AllowedContentTypes ?? []];
            Assert.Equal(definition.AllowedChildren, allowed.OrderBy(s => s.SortOrder).Select(s => s.Alias));
            Assert.All(allowed, sort => Assert.Equal(HistoryContentModel.FindContentType(sort.Alias)!.Key, sort.Key));
        }

        Assert.Contains(
            _harness.Services.ContentType(HistoryAliases.ContentTypes.Program).AllowedContentTypes!,
            sort => sort.Key == HistoryContentModel.ContentTypeKeys.Program);
    }

    [Fact]
    public async Task First_run_composes_the_program_affiliation_into_posts_and_archival_documents()
    {
        await InstallAsync();

        foreach (string alias in new[] { HistoryAliases.ContentTypes.BlogPost, HistoryAliases.ContentTypes.ArchivalDocument })
        {
            IContentType stored = _harness.Services.ContentType(alias);
            Assert.True(stored.ContentTypeCompositionExists(HistoryAliases.ContentTypes.ProgramAffiliation));
            Assert.Contains(stored.CompositionPropertyTypes, p => p.Alias == HistoryAliases.Properties.Programs && p.Mandatory);
        }
    }

    [Fact]
    public async Task First_run_creates_every_relation_type_with_its_object_types_and_flags()
    {
        await InstallAsync();

        Assert.Equal(HistoryContentModel.RelationTypes.Count, _harness.Services.RelationTypes.Count);
        foreach (RelationTypeDefinition definition in HistoryContentModel.RelationTypes)
        {
            var stored = (IRelationTypeWithIsDependency)_harness.Services.RelationTypes.Single(r => r.Key == definition.Key);
            Assert.Equal(definition.Alias, stored.Alias);
            Assert.Equal(definition.Name, stored.Name);
            Assert.Equal(Constants.ObjectTypes.Document, stored.ParentObjectType);
            Assert.Equal(Constants.ObjectTypes.Document, stored.ChildObjectType);
            Assert.Equal(definition.IsBidirectional, stored.IsBidirectional);
            Assert.Equal(definition.IsDependency, stored.IsDependency);
        }
    }

    [Fact]
    public async Task First_run_logs_what_it_created()
    {
        await InstallAsync();

        Assert.Contains(
            _harness.Logger.At(LogLevel.Information),
            line => line.Contains("created document type 'historyBlogPost'", StringComparison.Ordinal));
    }
}
