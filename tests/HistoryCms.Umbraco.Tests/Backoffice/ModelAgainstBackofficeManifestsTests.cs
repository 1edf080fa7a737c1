using System.Reflection;
using HistoryCms.Core;
using HistoryCms.Core.ContentModel;
using HistoryCms.Umbraco.Tests.TestSupport;
using UmbracoConstants = Umbraco.Cms.Core.Constants;

namespace HistoryCms.Umbraco.Tests.Backoffice;

/// <summary>
/// Every alias the content model names must exist where Umbraco looks it up: a data type's editor UI alias in the
/// backoffice's <c>propertyEditorUi</c> manifests (@umbraco-cms/backoffice 17.1.0, read by
/// <see cref="BackofficeManifests"/>; an unknown UI leaves the property without an editor), its editor alias in
/// Umbraco.Cms.Core's <c>Constants.PropertyEditors.Aliases</c> and the backoffice's <c>propertyEditorSchema</c>
/// manifests, the rich-text extensions and toolbar buttons in the <c>tiptapExtension</c>/<c>tiptapToolbarExtension</c>
/// manifests, and every configuration key among the settings the UI and its schema declare. The package's own
/// aliases are checked against <see cref="HistoryAliases"/> (ClientAliasesTests ties those to the client).
/// </summary>
public sealed class ModelAgainstBackofficeManifestsTests
{
    private static readonly string[] OwnEditors = [HistoryAliases.Editors.DocumentCitations, HistoryAliases.Editors.ProgramBlocks];

    private static readonly string[] OwnEditorUis = [HistoryAliases.EditorUis.DocumentCitations, HistoryAliases.EditorUis.ProgramBlocks];

    public static TheoryData<string> DataTypeNames => [.. HistoryContentModel.DataTypes.Select(d => d.Name)];

    [Fact]
    public void The_installed_backoffice_package_is_the_version_the_client_is_built_against() =>
        Assert.Equal(BackofficeManifests.ExpectedVersion, BackofficeManifests.InstalledVersion());

    [Fact]
    public void The_manifest_reader_finds_umbraco_own_editor_uis_and_their_settings()
    {
        var uis = BackofficeManifests.OfType("propertyEditorUi");

        Assert.Equal("Umbraco.TextArea", uis["Umb.PropertyEditorUi.TextArea"].SchemaAlias);
        Assert.Contains("rows", uis["Umb.PropertyEditorUi.TextArea"].SettingsKeys);
        Assert.Contains("inputType", uis["Umb.PropertyEditorUi.EmailAddress"].SettingsKeys);
        Assert.True(uis.Count > 50, $"only {uis.Count} property editor UIs read");
    }

    [Theory]
    [MemberData(nameof(DataTypeNames))]
    public void The_editor_ui_alias_exists_in_the_backoffice_manifests(string dataTypeName)
    {
        DataTypeDefinition dataType = DataType(dataTypeName);
        if (OwnEditorUis.Contains(dataType.EditorUiAlias))
        {
            return;
        }

        var uis = BackofficeManifests.OfType("propertyEditorUi");
        Assert.True(
            uis.ContainsKey(dataType.EditorUiAlias),
            $"{dataTypeName}: no property editor UI \"{dataType.EditorUiAlias}\" in @umbraco-cms/backoffice {BackofficeManifests.ExpectedVersion}. "
            + $"Close ones: {string.Join(", ", uis.Keys.Where(k => k.StartsWith(dataType.EditorUiAlias, StringComparison.OrdinalIgnoreCase) || dataType.EditorUiAlias.StartsWith(k, StringComparison.OrdinalIgnoreCase)))}");
        Assert.Equal(dataType.EditorAlias, uis[dataType.EditorUiAlias].SchemaAlias);
    }

    [Theory]
    [MemberData(nameof(DataTypeNames))]
    public void The_editor_alias_exists_in_umbraco_core_and_the_backoffice_schemas(string dataTypeName)
    {
        DataTypeDefinition dataType = DataType(dataTypeName);
        if (OwnEditors.Contains(dataType.EditorAlias))
        {
            return;
        }

        string[] coreAliases = [.. typeof(UmbracoConstants.PropertyEditors.Aliases)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!)];
        Assert.True(coreAliases.Contains(dataType.EditorAlias, StringComparer.Ordinal), $"{dataTypeName}: \"{dataType.EditorAlias}\" is not in Umbraco.Cms.Core's Constants.PropertyEditors.Aliases.");
        Assert.True(BackofficeManifests.OfType("propertyEditorSchema").ContainsKey(dataType.EditorAlias), $"{dataTypeName}: no property editor schema \"{dataType.EditorAlias}\" in the backoffice manifests.");
    }

    [Theory]
    [MemberData(nameof(DataTypeNames))]
    public void Every_configuration_key_is_a_setting_of_the_editor_ui_or_its_schema(string dataTypeName)
    {
        DataTypeDefinition dataType = DataType(dataTypeName);
        if (OwnEditorUis.Contains(dataType.EditorUiAlias))
        {
            return;
        }

        BackofficeManifest ui = BackofficeManifests.OfType("propertyEditorUi")[dataType.EditorUiAlias];
        BackofficeManifest schema = BackofficeManifests.OfType("propertyEditorSchema")[dataType.EditorAlias];
        Assert.True(ui.SettingsComplete && schema.SettingsComplete, $"{dataTypeName}: the settings of {ui.File} or {schema.File} could not all be read.");
        string[] known = [.. ui.SettingsKeys, .. schema.SettingsKeys];

        string[] unknown = [.. dataType.Configuration.Keys.Where(key => !known.Contains(key, StringComparer.Ordinal))];

        Assert.True(unknown.Length == 0, $"{dataTypeName}: {string.Join(", ", unknown)} not among the settings {string.Join(", ", known)}.");
    }

    [Fact]
    public void Every_rich_text_extension_and_toolbar_button_exists()
    {
        var extensions = BackofficeManifests.OfType("tiptapExtension");
        var buttons = BackofficeManifests.OfType("tiptapToolbarExtension");
        var missing = new List<string>();
        foreach (DataTypeDefinition dataType in HistoryContentModel.DataTypes.Where(d => d.EditorUiAlias == "Umb.PropertyEditorUi.Tiptap"))
        {
            missing.AddRange(((IEnumerable<string>)dataType.Configuration["extensions"])
                .Where(alias => !alias.StartsWith("HistoryCms.", StringComparison.Ordinal) && !extensions.ContainsKey(alias))
                .Select(alias => $"{dataType.Name}: extension {alias}"));
            missing.AddRange(Flatten(dataType.Configuration["toolbar"])
                .Where(alias => !alias.StartsWith("HistoryCms.", StringComparison.Ordinal) && !buttons.ContainsKey(alias))
                .Select(alias => $"{dataType.Name}: toolbar button {alias}"));
        }

        Assert.True(missing.Count == 0, string.Join("; ", missing));
    }

    private static DataTypeDefinition DataType(string name) => HistoryContentModel.DataTypes.Single(d => d.Name == name);

    private static IEnumerable<string> Flatten(object value) => value switch
    {
        string alias => [alias],
        System.Collections.IEnumerable items => items.Cast<object>().SelectMany(Flatten),
        _ => [],
    };
}
