using System.Text;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using HistoryCms.Core.ContentModel;
using HistoryCms.USync.Cli;
using HistoryCms.USync.Schema;
using UmbracoObjectTypes = Umbraco.Cms.Core.Constants.ObjectTypes;

namespace HistoryCms.USync.Tests.Schema;

public class USyncSchemaExportTests
{
    private static readonly IReadOnlyList<USyncFile> Files = USyncSchemaExport.History.Files();

    private static XElement Root(string relativePath) =>
        XDocument.Parse(Files.Single(f => f.RelativePath == relativePath).Text).Root!;

    [Fact]
    public void The_committed_schema_files_are_what_the_model_generates()
    {
        var differences = USyncSchemaExport.History.Compare(RepositoryPaths.USync);
        Assert.True(differences.Count == 0,
            "The committed uSync schema files differ from HistoryContentModel:\n  " + string.Join("\n  ", differences)
            + $"\nRegenerate them with: {Commands.RegenerateHint}");
    }

    [Fact]
    public void There_is_one_file_per_data_type_document_type_and_relation_type()
    {
        Assert.Equal(HistoryContentModel.DataTypes.Count, Files.Count(f => f.RelativePath.StartsWith("DataTypes/", StringComparison.Ordinal)));
        Assert.Equal(HistoryContentModel.ContentTypes.Count, Files.Count(f => f.RelativePath.StartsWith("ContentTypes/", StringComparison.Ordinal)));
        Assert.Equal(HistoryContentModel.RelationTypes.Count, Files.Count(f => f.RelativePath.StartsWith("RelationTypes/", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("ContentTypes/historyblogpost.config")]
    [InlineData("ContentTypes/historyprogramaffiliation.config")]
    [InlineData("DataTypes/HistoryPostBody.config")]
    [InlineData("DataTypes/HistoryDocumentCitations.config")]
    [InlineData("RelationTypes/historyPostCitesDocument.config")]
    public void Files_are_named_as_uSync_names_them(string relativePath) =>
        Assert.Contains(Files, f => f.RelativePath == relativePath);

    [Fact]
    public void Every_file_is_utf8_with_a_byte_order_mark_and_an_xml_declaration_and_no_carriage_return()
    {
        var preamble = Encoding.UTF8.GetPreamble();
        Assert.All(Files, f =>
        {
            Assert.True(f.Bytes.AsSpan().StartsWith(preamble), f.RelativePath);
            Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n", f.Text, StringComparison.Ordinal);
            Assert.DoesNotContain('\r', f.Text);
        });
    }

    [Fact]
    public void The_output_is_deterministic()
    {
        var again = new USyncSchemaExport(SchemaModel.History).Files();
        Assert.Equal(Files.Select(f => f.RelativePath), again.Select(f => f.RelativePath));
        Assert.All(Files.Zip(again), pair => Assert.Equal(pair.First.Bytes, pair.Second.Bytes));
    }

    [Fact]
    public void Every_root_carries_a_key_alias_and_level()
    {
        Assert.All(Files, f =>
        {
            var root = XDocument.Parse(f.Text).Root!;
            Assert.True(Guid.TryParse(root.Attribute("Key")?.Value, out _), f.RelativePath);
            Assert.Equal(root.Attribute("Key")!.Value, root.Attribute("Key")!.Value.ToLowerInvariant());
            Assert.False(string.IsNullOrEmpty(root.Attribute("Alias")?.Value), f.RelativePath);
            Assert.NotNull(root.Attribute("Level"));
        });
    }

    [Fact]
    public void A_content_type_lists_its_parts_in_the_order_uSync_writes_them()
    {
        var root = Root("ContentTypes/historyblogpost.config");
        Assert.Equal(["Info", "Structure", "GenericProperties", "Tabs"], root.Elements().Select(e => e.Name.LocalName));
        Assert.Equal(
            ["Name", "Icon", "Thumbnail", "Description", "AllowAtRoot", "ListView", "Variations", "IsElement", "HistoryCleanup", "Compositions", "DefaultTemplate", "AllowedTemplates"],
            root.Element("Info")!.Elements().Select(e => e.Name.LocalName));
        Assert.Equal("historyProgramAffiliation", root.Element("Info")!.Element("Compositions")!.Element("Composition")!.Value);
    }

    [Fact]
    public void Generic_property_elements_follow_the_real_uSync_sample()
    {
        var sample = XDocument.Load(Path.Combine(RepositoryPaths.Fixtures, "usync-v9-samples", "ContentTypes__blogpost.config")).Root!;
        var ours = Root("ContentTypes/historyblogpost.config");
        Assert.Equal(
            sample.Descendants("GenericProperty").First().Elements().Select(e => e.Name.LocalName),
            ours.Descendants("GenericProperty").First().Elements().Select(e => e.Name.LocalName));
        Assert.Equal(
            sample.Descendants("Tabs").Elements("Tab").First().Elements().Select(e => e.Name.LocalName),
            ours.Descendants("Tabs").Elements("Tab").First().Elements().Select(e => e.Name.LocalName));
    }

    [Fact]
    public void Properties_are_sorted_by_alias_and_tabs_by_key()
    {
        var root = Root("ContentTypes/historyarchivaldocument.config");
        var aliases = root.Descendants("GenericProperty").Select(p => p.Element("Alias")!.Value).ToList();
        Assert.Equal(aliases.Order(StringComparer.OrdinalIgnoreCase), aliases);
        var keys = root.Element("Tabs")!.Elements("Tab").Select(t => Guid.Parse(t.Element("Key")!.Value)).ToList();
        Assert.Equal(keys.Order(), keys);
    }

    [Fact]
    public void A_property_names_its_data_type_editor_and_group()
    {
        var body = Root("ContentTypes/historyblogpost.config").Descendants("GenericProperty").Single(p => p.Element("Alias")!.Value == "body");
        Assert.Equal(HistoryContentModel.DataTypeKeys.BodyRichText.ToString(), body.Element("Definition")!.Value);
        Assert.Equal("Umbraco.RichText", body.Element("Type")!.Value);
        Assert.Equal("true", body.Element("Mandatory")!.Value);
        Assert.Equal("content/body", body.Element("Tab")!.Attribute("Alias")!.Value);
        Assert.Equal("Body", body.Element("Tab")!.Value);
        Assert.Equal("The post needs a body.", body.Element("MandatoryMessage")!.Value);
    }

    [Fact]
    public void Folders_are_list_views_over_the_collection_data_type_and_allow_their_child_type()
    {
        var folder = Root("ContentTypes/historypostsfolder.config");
        Assert.Equal(HistoryContentModel.DataTypeKeys.Collection.ToString(), folder.Element("Info")!.Element("ListView")!.Value);
        var child = folder.Element("Structure")!.Element("ContentType")!;
        Assert.Equal("historyBlogPost", child.Value);
        Assert.Equal(HistoryContentModel.ContentTypeKeys.BlogPost.ToString(), child.Attribute("Key")!.Value);
        Assert.Equal(Guid.Empty.ToString(), Root("ContentTypes/historyblogpost.config").Element("Info")!.Element("ListView")!.Value);
    }

    [Fact]
    public void The_site_root_is_allowed_at_root_and_lists_its_folders_in_order()
    {
        var root = Root("ContentTypes/historysiteroot.config");
        Assert.Equal("True", root.Element("Info")!.Element("AllowAtRoot")!.Value);
        Assert.Equal(
            ["historyPostsFolder", "historyPeopleFolder", "historyProgramsFolder", "historyArchiveFolder"],
            root.Element("Structure")!.Elements("ContentType").OrderBy(e => (int)e.Attribute("SortOrder")!).Select(e => e.Value));
    }

    [Fact]
    public void Data_type_configuration_is_json_with_sorted_keys()
    {
        Assert.All(Files.Where(f => f.RelativePath.StartsWith("DataTypes/", StringComparison.Ordinal)), f =>
        {
            var root = XDocument.Parse(f.Text).Root!;
            var config = root.Element("Config")!;
            Assert.IsType<XCData>(config.FirstNode);
            var keys = JsonNode.Parse(config.Value)!.AsObject().Select(p => p.Key).ToList();
            Assert.Equal(keys.Order(StringComparer.OrdinalIgnoreCase), keys);
            Assert.Equal(["Name", "EditorAlias", "EditorUIAlias"], root.Element("Info")!.Elements().Select(e => e.Name.LocalName));
        });
    }

    [Fact]
    public void The_citations_data_type_names_the_custom_editor_and_its_ui()
    {
        var root = Root("DataTypes/HistoryDocumentCitations.config");
        Assert.Equal("History - Document citations", root.Attribute("Alias")!.Value);
        Assert.Equal("HistoryCms.DocumentCitations", root.Element("Info")!.Element("EditorAlias")!.Value);
        Assert.Equal("HistoryCms.PropertyEditorUi.DocumentCitations", root.Element("Info")!.Element("EditorUIAlias")!.Value);
        Assert.Equal("historyArchivalDocument", JsonNode.Parse(root.Element("Config")!.Value)!["allowedDocumentTypes"]![0]!.GetValue<string>());
    }

    [Fact]
    public void Relation_types_name_their_ends_by_umbracos_object_type_keys()
    {
        var root = Root("RelationTypes/historyPostCitesDocument.config");
        var info = root.Element("Info")!;
        Assert.Equal(UmbracoObjectTypes.Document, Guid.Parse(info.Element("ParentType")!.Value));
        Assert.Equal(UmbracoObjectTypes.Document, Guid.Parse(info.Element("ChildType")!.Value));
        Assert.Equal("true", info.Element("IsDependency")!.Value);
        Assert.Equal("false", info.Element("Bidirectional")!.Value);
        Assert.Equal("true", Root("RelationTypes/historyRelatedDocument.config").Element("Info")!.Element("Bidirectional")!.Value);
    }

    [Fact]
    public void A_change_to_the_model_is_found_and_written()
    {
        using var folder = new TempFolder();
        USyncSchemaExport.History.WriteTo(folder.Path);
        Assert.Empty(USyncSchemaExport.History.Compare(folder.Path));

        var renamed = HistoryContentModel.DataTypes.Select(d => d.Key == HistoryContentModel.DataTypeKeys.Text ? d with { Name = "History - Short text" } : d).ToList();
        var types = HistoryContentModel.ContentTypes.Select(t => t.Key == HistoryContentModel.ContentTypeKeys.Author
            ? t with { Properties = [.. t.Properties, new PropertyDefinition(Guid.NewGuid(), "orcid", "ORCID", "profile/contact", HistoryContentModel.DataTypeKeys.Text, 2)] }
            : t).ToList();
        var changed = new USyncSchemaExport(SchemaModel.History with { DataTypes = renamed, ContentTypes = types });
        var differences = changed.Compare(folder.Path);

        Assert.Contains(new SchemaDifference("DataTypes/HistoryShortText.config", SchemaDifferenceKind.Missing), differences);
        Assert.Contains(new SchemaDifference("DataTypes/HistoryText.config", SchemaDifferenceKind.Unexpected), differences);
        Assert.Contains(new SchemaDifference("ContentTypes/historyauthor.config", SchemaDifferenceKind.Different), differences);

        changed.WriteTo(folder.Path);
        Assert.Empty(changed.Compare(folder.Path));
        Assert.False(File.Exists(Path.Combine(folder.Path, "DataTypes", "HistoryText.config")));
    }

    [Fact]
    public void A_hand_edited_file_is_reported_as_different()
    {
        using var folder = new TempFolder();
        USyncSchemaExport.History.WriteTo(folder.Path);
        var path = Path.Combine(folder.Path, "ContentTypes", "historyblogpost.config");
        File.WriteAllText(path, File.ReadAllText(path).Replace("Blog post", "Blog entry", StringComparison.Ordinal));

        Assert.Equal([new SchemaDifference("ContentTypes/historyblogpost.config", SchemaDifferenceKind.Different)], USyncSchemaExport.History.Compare(folder.Path));
    }
}
