using HistoryCms.Core.ContentModel;

namespace HistoryCms.Core.Tests.ContentModel;

public class HistoryContentModelTests
{
    public static TheoryData<string> ContentTypeAliases() =>
    [
        HistoryAliases.ContentTypes.SiteRoot, HistoryAliases.ContentTypes.PostsFolder, HistoryAliases.ContentTypes.PeopleFolder,
        HistoryAliases.ContentTypes.ProgramsFolder, HistoryAliases.ContentTypes.ArchiveFolder, HistoryAliases.ContentTypes.BlogPost,
        HistoryAliases.ContentTypes.Author, HistoryAliases.ContentTypes.Program, HistoryAliases.ContentTypes.ArchivalDocument,
        HistoryAliases.ContentTypes.ProgramAffiliation,
    ];

    [Theory]
    [MemberData(nameof(ContentTypeAliases))]
    public void Every_document_type_is_in_the_model(string alias) =>
        Assert.NotNull(HistoryContentModel.FindContentType(alias));

    [Theory]
    [InlineData(HistoryAliases.ContentTypes.BlogPost, "standfirst heroImage heroCaption heroCredit body authors programs citations topics places publishDate relatedPosts")]
    [InlineData(HistoryAliases.ContentTypes.Author, "jobTitle affiliation photo shortBio longBio links email")]
    [InlineData(HistoryAliases.ContentTypes.Program, "shortDescription logo staff blocks collectionName contact")]
    [InlineData(HistoryAliases.ContentTypes.ArchivalDocument, "originalTitle romanizedTitle documentDate documentType summary translation originalLanguages translators contributors obtainedBy source repository classification officialNumber subjects people places recordId rights scans relatedDocuments programs documentAuthors participants fundingCredit donors originalUploadDate archiveUrl")]
    public void Each_type_carries_the_fields_of_the_content_model(string alias, string properties)
    {
        var type = HistoryContentModel.FindContentType(alias)!;
        var actual = HistoryContentModel.AllProperties(type).Select(p => p.Alias).ToHashSet();
        Assert.All(properties.Split(' '), p => Assert.Contains(p, actual));
    }

    [Theory]
    [InlineData(HistoryAliases.Properties.DocumentAuthors, "document/description", "Umbraco.MultipleTextstring")]
    [InlineData(HistoryAliases.Properties.Participants, "document/description", "Umbraco.MultipleTextstring")]
    [InlineData(HistoryAliases.Properties.FundingCredit, "archive/credits", "Umbraco.TextArea")]
    [InlineData(HistoryAliases.Properties.Donors, "archive/credits", "Umbraco.MultipleTextstring")]
    [InlineData(HistoryAliases.Properties.OriginalUploadDate, "archive/reference", "Umbraco.DateTime")]
    [InlineData(HistoryAliases.Properties.ArchiveUrl, "archive/reference", "Umbraco.TextBox")]
    public void The_archive_record_fields_sit_in_their_group_on_an_editor_that_fits(string alias, string group, string editor)
    {
        var document = HistoryContentModel.FindContentType(HistoryAliases.ContentTypes.ArchivalDocument)!;
        var property = document.Properties.Single(p => p.Alias == alias);
        Assert.Equal(group, property.ContainerAlias);
        Assert.Equal(editor, HistoryContentModel.FindDataType(property.DataTypeKey)!.EditorAlias);
        Assert.False(property.Mandatory);
        Assert.False(string.IsNullOrWhiteSpace(property.Description));
        Assert.Single(document.Properties, p => p.ContainerAlias == group && p.SortOrder == property.SortOrder);
    }

    [Theory]
    [InlineData("https://digitalarchive.wilsoncenter.org/document/121893", true)]
    [InlineData("https://digitalarchive.wilsoncenter.org/document/letter-jawaharlal-nehru-all-provincial-premiers", true)]
    [InlineData("http://digitalarchive.wilsoncenter.org/document/280697?lang=en#top", true)]
    [InlineData("digitalarchive.wilsoncenter.org/document/121893", false)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("https:///document/121893", false)]
    [InlineData("https://digitalarchive.wilsoncenter.org/document/121893 (record)", false)]
    [InlineData("ftp://example.org/record", false)]
    public void The_archive_url_property_accepts_only_an_absolute_web_address(string value, bool accepted)
    {
        var property = HistoryContentModel.FindContentType(HistoryAliases.ContentTypes.ArchivalDocument)!.Properties.Single(p => p.Alias == HistoryAliases.Properties.ArchiveUrl);
        Assert.Equal(accepted, System.Text.RegularExpressions.Regex.IsMatch(value, property.ValidationRegex!));
        Assert.False(string.IsNullOrWhiteSpace(property.ValidationRegexMessage));
    }

    [Fact]
    public void Custom_editors_sit_on_the_properties_named_citations_and_blocks()
    {
        var all = HistoryContentModel.ContentTypes.SelectMany(t => t.Properties).ToList();
        var citations = all.Single(p => p.Alias == HistoryAliases.Properties.Citations);
        var blocks = all.Single(p => p.Alias == HistoryAliases.Properties.Blocks);
        Assert.Equal(HistoryAliases.Editors.DocumentCitations, HistoryContentModel.FindDataType(citations.DataTypeKey)!.EditorAlias);
        Assert.Equal(HistoryAliases.Editors.ProgramBlocks, HistoryContentModel.FindDataType(blocks.DataTypeKey)!.EditorAlias);
    }

    [Fact]
    public void Every_key_in_the_model_is_unique()
    {
        var keys = HistoryContentModel.DataTypes.Select(d => d.Key)
            .Concat(HistoryContentModel.ContentTypes.Select(t => t.Key))
            .Concat(HistoryContentModel.ContentTypes.SelectMany(t => t.Containers).Select(c => c.Key))
            .Concat(HistoryContentModel.ContentTypes.SelectMany(t => t.Properties).Select(p => p.Key))
            .Concat(HistoryContentModel.RelationTypes.Select(r => r.Key))
            .ToList();
        Assert.DoesNotContain(Guid.Empty, keys);
        Assert.Equal(keys.Count, keys.Distinct().Count());
    }

    [Fact]
    public void Keys_are_stable_once_released()
    {
        // A released key never changes: these are the keys of version 1. Changing one orphans every site's data.
        Assert.Equal(ReleasedKeys.BlogPost, HistoryContentModel.ContentTypeKeys.BlogPost);
        Assert.Equal(ReleasedKeys.ArchivalDocument, HistoryContentModel.ContentTypeKeys.ArchivalDocument);
        Assert.Equal(ReleasedKeys.Citations, HistoryContentModel.DataTypeKeys.Citations);
        Assert.Equal(ReleasedKeys.ProgramBlocks, HistoryContentModel.DataTypeKeys.ProgramBlocks);
    }

    [Fact]
    public void Every_property_points_at_a_data_type_and_a_container_of_its_type()
    {
        foreach (var type in HistoryContentModel.ContentTypes)
        {
            var containers = type.Containers.Select(c => c.Alias).ToHashSet();
            foreach (var property in type.Properties)
            {
                Assert.NotNull(HistoryContentModel.FindDataType(property.DataTypeKey));
                Assert.Contains(property.ContainerAlias, containers);
            }

            Assert.All(type.Containers.Where(c => c.ParentAlias is not null), g => Assert.Contains(g.ParentAlias!, containers));
        }
    }

    [Fact]
    public void Aliases_are_unique_within_a_type_including_its_compositions()
    {
        foreach (var type in HistoryContentModel.ContentTypes)
        {
            var aliases = HistoryContentModel.AllProperties(type).Select(p => p.Alias).ToList();
            Assert.Equal(aliases.Count, aliases.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        }
    }

    [Fact]
    public void Allowed_children_and_compositions_name_types_of_the_model()
    {
        var aliases = HistoryContentModel.ContentTypes.Select(t => t.Alias).ToHashSet();
        foreach (var type in HistoryContentModel.ContentTypes)
        {
            Assert.All(type.AllowedChildren, c => Assert.Contains(c, aliases));
            Assert.All(type.Compositions, c => Assert.True(HistoryContentModel.FindContentType(c)!.IsComposition));
        }
    }

    [Fact]
    public void A_program_holds_its_projects_and_the_tree_reaches_every_type()
    {
        Assert.Contains(HistoryAliases.ContentTypes.Program, HistoryContentModel.FindContentType(HistoryAliases.ContentTypes.Program)!.AllowedChildren);
        var reachable = new HashSet<string>();
        var queue = new Queue<string>(HistoryContentModel.ContentTypes.Where(t => t.AllowedAtRoot).Select(t => t.Alias));
        while (queue.TryDequeue(out var alias))
        {
            if (reachable.Add(alias))
            {
                foreach (var child in HistoryContentModel.FindContentType(alias)!.AllowedChildren)
                {
                    queue.Enqueue(child);
                }
            }
        }

        Assert.Equal(HistoryContentModel.ContentTypes.Where(t => !t.IsComposition).Select(t => t.Alias).Order(), reachable.Order());
    }

    [Theory]
    [InlineData(HistoryAliases.RelationTypes.PostAuthor)]
    [InlineData(HistoryAliases.RelationTypes.InProgram)]
    [InlineData(HistoryAliases.RelationTypes.PostCitesDocument)]
    [InlineData(HistoryAliases.RelationTypes.RelatedDocument)]
    [InlineData(HistoryAliases.RelationTypes.ProgramStaff)]
    public void Every_relation_type_is_in_the_model(string alias) =>
        Assert.Single(HistoryContentModel.RelationTypes, r => r.Alias == alias);

    [Fact]
    public void Only_the_citation_relation_is_automatic_and_it_protects_cited_documents()
    {
        var automatic = Assert.Single(HistoryContentModel.RelationTypes, r => r.IsAutomatic);
        Assert.Equal(HistoryAliases.RelationTypes.PostCitesDocument, automatic.Alias);
        Assert.True(automatic.IsDependency);
    }

    [Fact]
    public void Core_references_neither_Umbraco_nor_AspNetCore()
    {
        var references = typeof(HistoryContentModel).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        Assert.NotEmpty(references);
        Assert.DoesNotContain(references, n => n.StartsWith("Umbraco", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(references, n => n.StartsWith("Microsoft.AspNetCore", StringComparison.OrdinalIgnoreCase));
        var project = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "src", "HistoryCms.Core", "HistoryCms.Core.csproj"));
        Assert.DoesNotContain("PackageReference", project, StringComparison.Ordinal);
        Assert.DoesNotContain("FrameworkReference", project, StringComparison.Ordinal);
    }
}
