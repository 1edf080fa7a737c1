using HistoryCms.Umbraco.PropertyEditors.DocumentCitations;
using HistoryCms.Umbraco.PropertyEditors.ProgramBlocks;
using HistoryCms.Umbraco.Tests.TestSupport;
using HistoryCms.Umbraco.Tests.TestSupport.UmbracoSerialization;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.PropertyEditors;

namespace HistoryCms.Umbraco.Tests.PropertyEditors;

/// <summary>
/// Every configuration field of both editors, in every shape its configuration UI saves, read by Umbraco's real
/// <c>ConfigurationEditor&lt;T&gt;</c> (src/Umbraco.Core/PropertyEditors/ConfigurationEditor{TConfiguration}.cs,
/// release/17.4.2) with the serializer Umbraco hands it (<see cref="UmbracoConfigurationEditorJsonSerializer"/>).
/// A save goes through <c>DataTypePresentationFactory</c> (<see cref="DataTypeSaveRequest"/>), which builds the
/// configuration object before any validation, so a shape the object cannot read fails the save with a 500.
/// The shapes come from the 17.1.0 UIs in node_modules/@umbraco-cms/backoffice/dist-cms/packages/property-editors:
/// Dropdown (dropdown/property-editor-ui-dropdown.element.js) saves <c>[value]</c>, <c>[]</c> for the empty option;
/// Integer (number/property-editor-ui-number.element.js) a number, <c>undefined</c> when cleared; Toggle
/// (toggle/...) a boolean; Multiple Text String (multiple-text-string/...) an array of strings, with <c>""</c> for an
/// unfilled row.
/// </summary>
public sealed class ConfigurationUiShapesTests
{
    private const string Integer = "Umb.PropertyEditorUi.Integer";
    private const string Toggle = "Umb.PropertyEditorUi.Toggle";
    private const string TextList = "Umb.PropertyEditorUi.MultipleTextString";

    private static readonly UmbracoConfigurationEditorJsonSerializer Serializer = UmbracoConfigurationEditorJsonSerializer.Instance;

    /// <summary>Editor, configuration key, the configuration UI that sets it, the request's value JSON (null: no value), what the typed configuration reads.</summary>
    public static TheoryData<string, string, string, string?, string> SavedShapes => new()
    {
        { "citations", "allowedDocumentTypes", TextList, """["historyArchivalDocument","siteLetter"]""", "historyArchivalDocument|siteLetter" },
        { "citations", "allowedDocumentTypes", TextList, """["historyArchivalDocument",""]""", "historyArchivalDocument" },
        { "citations", "allowedDocumentTypes", TextList, """[]""", string.Empty },
        { "citations", "minItems", Integer, "2", "2" },
        { "citations", "minItems", Integer, null, "0" },
        { "citations", "minItems", Integer, "2.5", "0" },
        { "citations", "maxItems", Integer, "12", "12" },
        { "citations", "maxItems", Integer, null, "0" },
        { "citations", "maxItems", Integer, "99999999999", "0" },
        { "citations", "requireLocator", Toggle, "true", "True" },
        { "citations", "requireLocator", Toggle, "false", "False" },
        { "citations", "requireLocator", Toggle, null, "False" },
        { "blocks", "allowedKinds", TextList, """["richText","latestPosts"]""", "richText|latestPosts" },
        { "blocks", "allowedKinds", TextList, """["richText","", " latestPosts "]""", "richText|latestPosts" },
        { "blocks", "allowedKinds", TextList, """[]""", string.Empty },
        { "blocks", "minItems", Integer, "1", "1" },
        { "blocks", "minItems", Integer, null, "0" },
        { "blocks", "minItems", Integer, "1.5", "0" },
        { "blocks", "maxItems", Integer, "8", "8" },
        { "blocks", "maxItems", Integer, null, "0" },
    };

    /// <summary>
    /// Shapes found in stored configuration (the database, uSync files, older versions), read by <c>FromDatabase</c>. Values
    /// written by versions that had a <c>citationStyle</c> setting (Dropdown shapes: <c>["chicago"]</c>, <c>[]</c>) still read.
    /// </summary>
    public static TheoryData<string, string, string> StoredShapes => new()
    {
        { "citations", """{"citationStyle":null,"allowedDocumentTypes":null,"minItems":null,"maxItems":null,"requireLocator":null}""", ";0;0;False" },
        { "citations", """{"citationStyle":[],"allowedDocumentTypes":[],"minItems":"3","maxItems":"5","requireLocator":"true"}""", ";3;5;True" },
        { "citations", """{"citationStyle":["digitalArchive"],"allowedDocumentTypes":"historyArchivalDocument, siteLetter","minItems":1,"maxItems":0,"requireLocator":1}""", "historyArchivalDocument|siteLetter;1;0;True" },
        { "citations", """{"CitationStyle":"chicago","AllowedDocumentTypes":["historyArchivalDocument"],"MinItems":0,"MaxItems":4,"RequireLocator":false}""", "historyArchivalDocument;0;4;False" },
        { "blocks", """{"allowedKinds":null,"minItems":null,"maxItems":null}""", "0;0;" },
        { "blocks", """{"allowedKinds":[],"minItems":"2","maxItems":"6"}""", "2;6;" },
        { "blocks", """{"allowedKinds":"richText,people","minItems":0,"maxItems":0}""", "0;0;richText|people" },
    };

    [Theory]
    [MemberData(nameof(SavedShapes))]
    public void Saving_a_data_type_reads_the_value_its_configuration_ui_saves(string editor, string key, string ui, string? valueJson, string expected)
    {
        string entry = valueJson is null ? $$"""{"alias":"{{key}}"}""" : $$"""{"alias":"{{key}}","value":{{valueJson}}}""";
        Dictionary<string, object> configuration = DataTypeSaveRequest.ConfigurationOf($"[{entry}]");
        IConfigurationEditor configurationEditor = ConfigurationEditorOf(editor);

        object typed = configurationEditor.ToConfigurationObject(configurationEditor.FromConfigurationEditor(configuration), Serializer);

        Assert.True(Describe(typed, key) == expected, $"{ui} saving {valueJson ?? "nothing"} for {key}: read {Describe(typed, key)}, expected {expected}");
    }

    [Theory]
    [MemberData(nameof(SavedShapes))]
    public void A_saved_configuration_survives_the_database_round_trip(string editor, string key, string ui, string? valueJson, string expected)
    {
        string entry = valueJson is null ? $$"""{"alias":"{{key}}"}""" : $$"""{"alias":"{{key}}","value":{{valueJson}}}""";
        IDataEditor dataEditor = editor == "citations" ? UmbracoTestObjects.CitationsEditor() : UmbracoTestObjects.BlocksEditor();
        var saved = new DataType(dataEditor, Serializer) { ConfigurationData = DataTypeSaveRequest.ConfigurationOf($"[{entry}]") };
        string stored = dataEditor.GetConfigurationEditor().ToDatabase(saved.ConfigurationData, Serializer);

        var reloaded = new DataType(dataEditor, Serializer) { ConfigurationData = dataEditor.GetConfigurationEditor().FromDatabase(stored, Serializer) };

        Assert.True(Describe(reloaded.ConfigurationObject!, key) == expected, $"{ui} value {valueJson ?? "nothing"} for {key}, stored as {stored}");
    }

    [Theory]
    [MemberData(nameof(StoredShapes))]
    public void A_stored_configuration_of_any_known_shape_reads_without_throwing(string editor, string storedJson, string expected)
    {
        IConfigurationEditor configurationEditor = ConfigurationEditorOf(editor);

        object typed = configurationEditor.ToConfigurationObject(configurationEditor.FromDatabase(storedJson, Serializer), Serializer);

        Assert.Equal(expected, DescribeAll(typed));
    }

    [Fact]
    public void Every_configuration_field_of_both_editors_is_tested_in_the_shapes_its_ui_saves()
    {
        var tested = SavedShapes.Select(row => (row.Data.Item1, row.Data.Item2)).ToHashSet();

        foreach (string editor in new[] { "citations", "blocks" })
        {
            foreach (ConfigurationField field in ConfigurationEditorOf(editor).Fields)
            {
                Assert.True(tested.Contains((editor, field.Key)), $"{editor}: configuration field {field.Key} has no saved-shape case");
            }
        }
    }

    [Fact]
    public void A_fraction_typed_into_an_item_limit_reads_but_is_reported_when_the_data_type_is_validated()
    {
        Dictionary<string, object> configuration = DataTypeSaveRequest.ConfigurationOf("""[{"alias":"maxItems","value":2.5}]""");
        IConfigurationEditor configurationEditor = ConfigurationEditorOf("citations");

        var typed = Assert.IsType<DocumentCitationsConfiguration>(configurationEditor.ToConfigurationObject(configuration, Serializer));

        Assert.Equal(0, typed.MaxItems);
        Assert.Contains(configurationEditor.Validate(configuration), r => r.ErrorMessage == "The maximum number of citations must be a whole number of 0 or more.");
    }

    private static IConfigurationEditor ConfigurationEditorOf(string editor) =>
        editor == "citations" ? UmbracoTestObjects.CitationsEditor().GetConfigurationEditor() : UmbracoTestObjects.BlocksEditor().GetConfigurationEditor();

    private static string Describe(object configuration, string key) => (configuration, key) switch
    {
        (DocumentCitationsConfiguration c, "allowedDocumentTypes") => string.Join('|', c.AllowedContentTypes),
        (DocumentCitationsConfiguration c, "minItems") => c.MinItems.ToString(System.Globalization.CultureInfo.InvariantCulture),
        (DocumentCitationsConfiguration c, "maxItems") => c.MaxItems.ToString(System.Globalization.CultureInfo.InvariantCulture),
        (DocumentCitationsConfiguration c, "requireLocator") => c.RequireLocator.ToString(),
        (ProgramBlocksConfiguration c, "allowedKinds") => string.Join('|', c.AllowedKinds),
        (ProgramBlocksConfiguration c, "minItems") => c.MinItems.ToString(System.Globalization.CultureInfo.InvariantCulture),
        (ProgramBlocksConfiguration c, "maxItems") => c.MaxItems.ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => throw new ArgumentException($"no field {key} on {configuration.GetType().Name}", nameof(key)),
    };

    private static readonly string[] CitationsKeys = ["allowedDocumentTypes", "minItems", "maxItems", "requireLocator"];

    private static readonly string[] BlocksKeys = ["minItems", "maxItems", "allowedKinds"];

    private static string DescribeAll(object configuration) =>
        string.Join(';', (configuration is DocumentCitationsConfiguration ? CitationsKeys : BlocksKeys).Select(k => Describe(configuration, k)));
}
