using HistoryCms.Core;
using HistoryCms.Core.ContentModel;
using HistoryCms.Umbraco.Schema;
using HistoryCms.Umbraco.Tests.TestSupport;
using Microsoft.Extensions.Logging;
using Umbraco.Cms.Core.Models;

namespace HistoryCms.Umbraco.Tests.Schema;

public sealed class HistorySchemaInstallerUpgradeTests
{
    private static readonly CancellationToken Cancel = TestContext.Current.CancellationToken;

    [Fact]
    public async Task Second_run_creates_and_updates_nothing()
    {
        InstallerHarness harness = await new InstallerHarness().InstalledAsync();

        SchemaInstallReport report = await harness.Installer().InstallAsync(Cancel);

        Assert.Empty(harness.Services.Writes);
        Assert.False(report.HasChanges);
        Assert.True(report.Succeeded);
        Assert.Empty(report.Warnings);
    }

    [Fact]
    public async Task Upgrade_adds_a_missing_property_and_keeps_a_property_stored_on_another_data_type()
    {
        InstallerHarness harness = await new InstallerHarness().InstalledAsync();
        IContentType older = harness.Services.ContentType(HistoryAliases.ContentTypes.BlogPost);
        older.RemovePropertyType(HistoryAliases.Properties.Citations);
        IPropertyType standfirst = older.PropertyTypes.Single(p => p.Alias == HistoryAliases.Properties.Standfirst);
        standfirst.DataTypeKey = HistoryContentModel.DataTypeKeys.Text;
        standfirst.PropertyEditorAlias = "Umbraco.TextBox";
        harness.Services.Store(older);
        Dictionary<string, (Guid Key, Guid DataType, string Name)> before = Snapshot(older);

        SchemaInstallReport report = await harness.Installer().InstallAsync(Cancel);

        Assert.Equal([$"update ContentType '{HistoryAliases.ContentTypes.BlogPost}'"], harness.Services.Writes);
        Assert.Equal([$"document type 'historyBlogPost': added the property 'citations'"], report.Updated);
        IContentType upgraded = harness.Services.ContentType(HistoryAliases.ContentTypes.BlogPost);
        IPropertyType citations = upgraded.PropertyTypes.Single(p => p.Alias == HistoryAliases.Properties.Citations);
        Assert.Equal(HistoryContentModel.DataTypeKeys.Citations, citations.DataTypeKey);
        Assert.Equal(new Guid("2aa8edaa-90fc-5966-9d12-dd6dfc7076fa"), citations.Key);
        Assert.Contains(citations, upgraded.PropertyGroups["citations/documents"].PropertyTypes!);
        Assert.All(before, old => Assert.Equal(old.Value, Snapshot(upgraded)[old.Key]));
        Assert.Equal(HistoryContentModel.DataTypeKeys.Text, upgraded.PropertyTypes.Single(p => p.Alias == HistoryAliases.Properties.Standfirst).DataTypeKey);
        Assert.Contains(report.Warnings, w => w.Contains("'standfirst'", StringComparison.Ordinal));
        Assert.Contains(harness.Logger.At(LogLevel.Warning), w => w.Contains("'standfirst'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Upgrade_from_the_first_release_adds_the_archive_record_fields_to_archival_documents_and_changes_nothing_else()
    {
        // The archival document type as the first release installed it: without the six record fields of the Digital Archive.
        string[] recordFields =
        [
            HistoryAliases.Properties.DocumentAuthors, HistoryAliases.Properties.Participants, HistoryAliases.Properties.FundingCredit,
            HistoryAliases.Properties.Donors, HistoryAliases.Properties.OriginalUploadDate, HistoryAliases.Properties.ArchiveUrl,
        ];
        InstallerHarness harness = await new InstallerHarness().InstalledAsync();
        IContentType older = harness.Services.ContentType(HistoryAliases.ContentTypes.ArchivalDocument);
        foreach (var alias in recordFields)
        {
            older.RemovePropertyType(alias);
        }

        older.PropertyTypes.Single(p => p.Alias == HistoryAliases.Properties.Source).Name = "Source line (renamed by the site)";
        harness.Services.Store(older);
        Dictionary<string, (Guid Key, Guid DataType, string Name)> before = Snapshot(older);

        SchemaInstallReport report = await harness.Installer().InstallAsync(Cancel);

        Assert.Equal([$"update ContentType '{HistoryAliases.ContentTypes.ArchivalDocument}'"], harness.Services.Writes);
        Assert.Equal(
            recordFields.Select(a => $"document type '{HistoryAliases.ContentTypes.ArchivalDocument}': added the property '{a}'").Order(),
            report.Updated.Order());
        Assert.Empty(report.Warnings);
        IContentType upgraded = harness.Services.ContentType(HistoryAliases.ContentTypes.ArchivalDocument);
        var model = HistoryContentModel.FindContentType(HistoryAliases.ContentTypes.ArchivalDocument)!;
        foreach (var definition in model.Properties.Where(p => recordFields.Contains(p.Alias)))
        {
            IPropertyType added = upgraded.PropertyTypes.Single(p => p.Alias == definition.Alias);
            Assert.Equal(definition.Key, added.Key);
            Assert.Equal(definition.DataTypeKey, added.DataTypeKey);
            Assert.Equal(definition.ValidationRegex, added.ValidationRegExp);
            Assert.Contains(added, upgraded.PropertyGroups[definition.ContainerAlias].PropertyTypes!);
        }

        Assert.Equal(HistoryContentModel.ArchiveUrlPattern, upgraded.PropertyTypes.Single(p => p.Alias == HistoryAliases.Properties.ArchiveUrl).ValidationRegExp);
        Assert.All(before, old => Assert.Equal(old.Value, Snapshot(upgraded)[old.Key]));
        Assert.Equal("Source line (renamed by the site)", upgraded.PropertyTypes.Single(p => p.Alias == HistoryAliases.Properties.Source).Name);
    }

    [Fact]
    public async Task Upgrade_adds_a_missing_document_type_and_allows_it_beneath_its_folder()
    {
        InstallerHarness harness = await new InstallerHarness().InstalledAsync();
        harness.Services.RemoveContentType(HistoryContentModel.ContentTypeKeys.ArchivalDocument);
        IContentType folder = harness.Services.ContentType(HistoryAliases.ContentTypes.ArchiveFolder);
        folder.AllowedContentTypes = [];
        harness.Services.Store(folder);

        await harness.Installer().InstallAsync(Cancel);

        Assert.Equal(
            [
                $"create ContentType '{HistoryAliases.ContentTypes.ArchivalDocument}'",
                $"update ContentType '{HistoryAliases.ContentTypes.ArchiveFolder}'",
                $"update ContentType '{HistoryAliases.ContentTypes.ArchivalDocument}'", // its template, kept from the first install, is its default again
            ],
            harness.Services.Writes);
        Assert.Equal(
            [HistoryAliases.ContentTypes.ArchivalDocument],
            harness.Services.ContentType(HistoryAliases.ContentTypes.ArchiveFolder).AllowedContentTypes!.Select(s => s.Alias));
    }

    [Fact]
    public async Task Upgrade_adds_new_configuration_keys_and_keeps_the_values_a_site_set()
    {
        InstallerHarness harness = await new InstallerHarness().InstalledAsync();
        IDataType citations = harness.Services.DataTypes.Single(d => d.Key == HistoryContentModel.DataTypeKeys.Citations);
        citations.ConfigurationData = new Dictionary<string, object> { ["maxItems"] = 40, ["siteOption"] = "kept" };
        harness.Services.Store(citations);

        await harness.Installer().InstallAsync(Cancel);

        Assert.Equal(["update DataType 'History - Document citations'"], harness.Services.Writes);
        IDictionary<string, object> configuration = harness.Services.DataTypes.Single(d => d.Key == citations.Key).ConfigurationData;
        Assert.Equal(40, configuration["maxItems"]);
        Assert.Equal("kept", configuration["siteOption"]);
        Assert.Equal(false, configuration["requireLocator"]);
        Assert.False(configuration.ContainsKey("citationStyle"));
    }

    [Fact]
    public async Task Upgrade_replaces_the_email_editor_ui_alias_the_first_release_wrote_which_the_backoffice_does_not_have()
    {
        // The first release wrote "Umb.PropertyEditorUi.Email"; backoffice 17.1.0 registers only
        // "Umb.PropertyEditorUi.EmailAddress" (ModelAgainstBackofficeManifestsTests reads its manifests).
        InstallerHarness harness = await new InstallerHarness().InstalledAsync();
        IDataType email = harness.Services.DataTypes.Single(d => d.Key == HistoryContentModel.DataTypeKeys.Email);
        email.EditorUiAlias = "Umb.PropertyEditorUi.Email";
        harness.Services.Store(email);

        SchemaInstallReport report = await harness.Installer().InstallAsync(Cancel);

        Assert.Equal(["update DataType 'History - Email'"], harness.Services.Writes);
        Assert.Equal("Umb.PropertyEditorUi.EmailAddress", harness.Services.DataTypes.Single(d => d.Key == email.Key).EditorUiAlias);
        Assert.True(report.Succeeded);
    }

    [Fact]
    public async Task Upgrade_keeps_an_editor_ui_a_site_chose_for_a_data_type()
    {
        InstallerHarness harness = await new InstallerHarness().InstalledAsync();
        IDataType email = harness.Services.DataTypes.Single(d => d.Key == HistoryContentModel.DataTypeKeys.Email);
        email.EditorUiAlias = "Umb.PropertyEditorUi.TextBox";
        harness.Services.Store(email);

        await harness.Installer().InstallAsync(Cancel);

        Assert.Empty(harness.Services.Writes);
        Assert.Equal("Umb.PropertyEditorUi.TextBox", harness.Services.DataTypes.Single(d => d.Key == email.Key).EditorUiAlias);
    }

    [Fact]
    public async Task Upgrade_keeps_a_data_type_that_a_site_moved_to_another_editor()
    {
        InstallerHarness harness = await new InstallerHarness().InstalledAsync();
        var moved = new DataType(UmbracoTestObjects.PropertyEditors().Single(e => e.Alias == "Umbraco.TextArea"), UmbracoTestObjects.Json)
        {
            Key = HistoryContentModel.DataTypeKeys.Text,
            Name = "History - Text",
        };
        harness.Services.Store(moved);

        SchemaInstallReport report = await harness.Installer().InstallAsync(Cancel);

        Assert.Empty(harness.Services.Writes);
        Assert.Equal("Umbraco.TextArea", harness.Services.DataTypes.Single(d => d.Key == moved.Key).EditorAlias);
        Assert.Contains(report.Warnings, w => w.Contains("'Umbraco.TextArea'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Upgrade_realigns_the_dependency_flag_of_a_relation_type()
    {
        InstallerHarness harness = await new InstallerHarness().InstalledAsync();
        var cites = (IRelationTypeWithIsDependency)harness.Services.RelationTypes.Single(r => r.Alias == HistoryAliases.RelationTypes.PostCitesDocument);
        cites.IsDependency = false;
        harness.Services.Store(cites);

        await harness.Installer().InstallAsync(Cancel);

        Assert.Equal([$"update RelationType '{HistoryAliases.RelationTypes.PostCitesDocument}'"], harness.Services.Writes);
        Assert.True(((IRelationTypeWithIsDependency)harness.Services.RelationTypes.Single(r => r.Key == cites.Key)).IsDependency);
    }

    [Fact]
    public async Task A_data_type_whose_editor_is_missing_is_reported_and_its_properties_skipped()
    {
        var harness = new InstallerHarness();

        SchemaInstallReport report = await harness.Installer(HistoryAliases.Editors.ProgramBlocks).InstallAsync(Cancel);

        Assert.False(report.Succeeded);
        Assert.Contains(report.Failures, f => f.Contains($"'{HistoryAliases.Editors.ProgramBlocks}' is not installed", StringComparison.Ordinal));
        Assert.Contains(report.Failures, f => f.Contains($"'{HistoryAliases.Properties.Blocks}' was not added", StringComparison.Ordinal));
        Assert.DoesNotContain(harness.Services.DataTypes, d => d.Key == HistoryContentModel.DataTypeKeys.ProgramBlocks);
        IContentType program = harness.Services.ContentType(HistoryAliases.ContentTypes.Program);
        Assert.DoesNotContain(program.PropertyTypes, p => p.Alias == HistoryAliases.Properties.Blocks);
        Assert.Contains(program.PropertyTypes, p => p.Alias == HistoryAliases.Properties.ShortDescription);
        Assert.Contains(harness.Logger.At(LogLevel.Error), e => e.Contains(HistoryAliases.Editors.ProgramBlocks, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_foreign_document_type_with_a_model_alias_is_left_alone()
    {
        var harness = new InstallerHarness();
        var foreign = new ContentType(UmbracoTestObjects.ShortStringHelper, -1)
        {
            Key = Guid.NewGuid(),
            Alias = HistoryAliases.ContentTypes.Author,
            Name = "Someone else's author",
        };
        harness.Services.Store(foreign);

        SchemaInstallReport report = await harness.Installer().InstallAsync(Cancel);

        Assert.DoesNotContain(harness.Services.Writes, w => w.Contains($"'{HistoryAliases.ContentTypes.Author}'", StringComparison.Ordinal));
        Assert.Empty(harness.Services.ContentType(HistoryAliases.ContentTypes.Author).PropertyTypes);
        Assert.Contains(report.Failures, f => f.Contains(foreign.Key.ToString(), StringComparison.Ordinal));
        Assert.Contains(report.Failures, f => f.Contains($"child type '{HistoryAliases.ContentTypes.Author}' does not exist", StringComparison.Ordinal));
    }

    private static Dictionary<string, (Guid Key, Guid DataType, string Name)> Snapshot(IContentType contentType) =>
        contentType.PropertyTypes.ToDictionary(p => p.Alias, p => (p.Key, p.DataTypeKey, p.Name));
}
