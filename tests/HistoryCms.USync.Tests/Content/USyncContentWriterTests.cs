using System.Xml.Linq;
using HistoryCms.Core.Content;
using HistoryCms.USync.Content;

namespace HistoryCms.USync.Tests.Content;

public class USyncContentWriterTests
{
    private static readonly DateTimeOffset Created = new(2024, 5, 1, 9, 30, 0, TimeSpan.Zero);

    private static ContentItem Item(Guid key, string type, string name, Guid? parent, int level, Dictionary<string, string?>? values = null) =>
        new(key, type, name, parent, 0, level, Created, Created, string.Empty, values ?? []);

    [Fact]
    public void Every_committed_content_file_is_what_the_writer_writes_for_what_the_reader_read()
    {
        var read = USyncContentReader.ReadFolder(RepositoryPaths.Content);
        Assert.True(read.IsClean, string.Join('\n', read.Problems));

        foreach (var file in USyncContentWriter.History.Write(read.Items))
        {
            var committed = File.ReadAllBytes(Path.Combine(RepositoryPaths.USync, file.RelativePath));
            Assert.True(committed.AsSpan().SequenceEqual(file.Bytes), $"{file.RelativePath} is not in the writer's exact format");
        }
    }

    [Fact]
    public void A_content_file_has_the_elements_of_the_real_uSync_sample_in_the_same_order()
    {
        var sample = XDocument.Load(Path.Combine(RepositoryPaths.Fixtures, "usync-v9-samples", "Content__my-blog-post.config")).Root!;
        var root = Guid.NewGuid();
        var items = new[] { Item(root, "historySiteRoot", "Home", null, 1) };
        var ours = XDocument.Parse(USyncContentWriter.History.Write(items).Single().Text).Root!;

        Assert.Equal(sample.Attributes().Select(a => a.Name), ours.Attributes().Select(a => a.Name));
        Assert.Equal(sample.Element("Info")!.Elements().Select(e => e.Name), ours.Element("Info")!.Elements().Select(e => e.Name));
    }

    [Fact]
    public void Every_property_of_the_type_is_written_sorted_with_empty_values_for_missing_ones()
    {
        var root = Guid.NewGuid();
        var program = Guid.NewGuid();
        var items = new[]
        {
            Item(root, "historySiteRoot", "Home", null, 1),
            Item(program, "historyProgram", "History and Public Policy Program", root, 2, new() { ["shortDescription"] = "About <us> & ]]> them" }),
        };

        var file = USyncContentWriter.History.Write(items).Single(f => f.RelativePath == "Content/history-and-public-policy-program.config");
        var xml = XDocument.Parse(file.Text).Root!;

        Assert.Equal(["blocks", "collectionName", "contact", "logo", "shortDescription", "staff"], xml.Element("Properties")!.Elements().Select(e => e.Name.LocalName));
        Assert.Equal("About <us> & ]]> them", xml.Element("Properties")!.Element("shortDescription")!.Value);
        Assert.Equal(string.Empty, xml.Element("Properties")!.Element("logo")!.Value);
        Assert.Equal("Home", xml.Element("Info")!.Element("Parent")!.Value);
        Assert.Equal(root.ToString(), xml.Element("Info")!.Element("Parent")!.Attribute("Key")!.Value);
        Assert.Equal("/Home/HistoryAndPublicPolicyProgram", xml.Element("Info")!.Element("Path")!.Value);
        Assert.Equal("2024-05-01T09:30:00", xml.Element("Info")!.Element("CreateDate")!.Value);
        Assert.Equal(Guid.Empty.ToString(), XDocument.Parse(USyncContentWriter.History.Write(items).Single(f => f.RelativePath == "Content/home.config").Text)
            .Root!.Element("Info")!.Element("Parent")!.Attribute("Key")!.Value);
    }

    [Fact]
    public void Items_whose_names_give_the_same_file_name_get_the_key_appended()
    {
        var root = Guid.NewGuid();
        var first = new Guid("aaaaaaaa-0000-0000-0000-000000000001");
        var second = new Guid("bbbbbbbb-0000-0000-0000-000000000002");
        var items = new[] { Item(root, "historySiteRoot", "Home", null, 1), Item(first, "historyAuthor", "Ann Lee", root, 2), Item(second, "historyAuthor", "Ann  Lee!", root, 2) };

        var paths = USyncContentWriter.History.Write(items).Select(f => f.RelativePath).ToList();

        Assert.Contains("Content/ann-lee.config", paths);
        Assert.Contains("Content/ann-lee_bbbbbbbb.config", paths);
    }

    [Fact]
    public void An_item_whose_parent_is_not_given_is_refused()
    {
        var items = new[] { Item(Guid.NewGuid(), "historyAuthor", "Ann Lee", Guid.NewGuid(), 2) };
        Assert.Throws<ArgumentException>(() => USyncContentWriter.History.Write(items));
    }

    [Fact]
    public void What_the_writer_writes_the_reader_reads_back()
    {
        var root = Guid.NewGuid();
        var post = Guid.NewGuid();
        var items = new[]
        {
            Item(root, "historySiteRoot", "Home", null, 1, new() { ["collectionName"] = "Wilson Center" }),
            Item(post, "historyBlogPost", "Korea’s “division”", root, 2, new() { ["body"] = "<p>One\ntwo</p>" }),
        };

        var nodes = USyncContentWriter.History.Write(items).Select(f => USyncContentFile.Parse(f.RelativePath, f.Text));
        var read = USyncContentReader.Build(nodes);

        Assert.True(read.IsClean);
        var readPost = read.Items.Single(i => i.Key == post);
        Assert.Equal("Korea’s “division”", readPost.Name);
        Assert.Equal("<p>One\ntwo</p>", readPost.Value("body"));
        Assert.Equal("/korea-s-division/", readPost.RoutePath);
        Assert.Equal(Created, readPost.CreateDate);
        Assert.Null(readPost.Value("standfirst"));
    }
}
