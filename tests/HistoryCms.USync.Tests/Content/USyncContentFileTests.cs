using HistoryCms.USync.Content;

namespace HistoryCms.USync.Tests.Content;

public class USyncContentFileTests
{
    private const string Good = """
        <?xml version="1.0" encoding="utf-8"?>
        <Content Key="782c631b-11e9-4e90-8fc1-6aeff37b488a" Alias="My Post" Level="2">
          <Info>
            <Parent Key="1d770f10-d1ca-4a26-9d68-071e2c9f7ac1">Blog</Parent>
            <Path>/Home/MyPost</Path>
            <Trashed>false</Trashed>
            <ContentType>historyBlogPost</ContentType>
            <CreateDate>2022-01-06T11:49:03</CreateDate>
            <NodeName Default="My Post" />
            <SortOrder>4</SortOrder>
            <Published Default="true" />
            <Schedule />
            <Template />
          </Info>
          <Properties>
            <standfirst>
              <Value><![CDATA[A “quoted” line]]></Value>
            </standfirst>
          </Properties>
        </Content>
        """;

    [Fact]
    public void Reads_a_real_uSync_content_file()
    {
        var node = USyncContentFile.Read(Path.Combine(RepositoryPaths.Fixtures, "usync-v9-samples", "Content__my-blog-post.config"));

        Assert.Equal(new Guid("782c631b-11e9-4e90-8fc1-6aeff37b488a"), node.Key);
        Assert.Equal("My Blog Post", node.Name);
        Assert.Equal("blogpost", node.ContentType);
        Assert.Equal(new Guid("1d770f10-d1ca-4a26-9d68-071e2c9f7ac1"), node.ParentKey);
        Assert.Equal(new DateTimeOffset(2022, 1, 6, 11, 49, 3, TimeSpan.Zero), node.CreateDate);
        Assert.True(node.Published);
        Assert.False(node.Trashed);
        Assert.Equal("[\"demo\",\"umbraco\",\"starter kit\"]", node.Values["categories"]);
        Assert.Equal(string.Empty, node.Values["bodyText"]);
        Assert.Equal(7, node.Values.Count);
    }

    [Fact]
    public void Reads_the_fields_of_a_content_file()
    {
        var node = USyncContentFile.Parse("my-post.config", Good);
        Assert.Equal(4, node.SortOrder);
        Assert.Equal("A “quoted” line", node.Values["standfirst"]);
        Assert.Equal(2, node.Line);
    }

    [Fact]
    public void A_root_item_has_no_parent()
    {
        var node = USyncContentFile.Parse("root.config", Good.Replace("1d770f10-d1ca-4a26-9d68-071e2c9f7ac1", Guid.Empty.ToString(), StringComparison.Ordinal));
        Assert.Null(node.ParentKey);
    }

    [Fact]
    public void Culture_values_are_ignored_in_favour_of_the_invariant_value()
    {
        var text = Good.Replace("<Value><![CDATA[A “quoted” line]]></Value>",
            "<Value Culture=\"da-DK\"><![CDATA[dansk]]></Value><Value><![CDATA[invariant]]></Value>", StringComparison.Ordinal);
        Assert.Equal("invariant", USyncContentFile.Parse("x.config", text).Values["standfirst"]);
    }

    public static TheoryData<string, string, int, string> BrokenFiles() => new()
    {
        { "not XML", Good.Replace("</Info>", "</Inf>", StringComparison.Ordinal), 14, "not well-formed XML" },
        { "no key", Good.Replace("Key=\"782c631b-11e9-4e90-8fc1-6aeff37b488a\" ", string.Empty, StringComparison.Ordinal), 2, "no key" },
        { "bad key", Good.Replace("782c631b-11e9-4e90-8fc1-6aeff37b488a", "not-a-guid", StringComparison.Ordinal), 2, "not a valid" },
        { "bad parent", Good.Replace("1d770f10-d1ca-4a26-9d68-071e2c9f7ac1", "zz", StringComparison.Ordinal), 4, "parent key" },
        { "no type", Good.Replace("<ContentType>historyBlogPost</ContentType>", "<ContentType />", StringComparison.Ordinal), 7, "<ContentType>" },
        { "bad date", Good.Replace("2022-01-06T11:49:03", "yesterday", StringComparison.Ordinal), 8, "not a date" },
        { "bad sort order", Good.Replace("<SortOrder>4</SortOrder>", "<SortOrder>four</SortOrder>", StringComparison.Ordinal), 10, "whole number" },
        { "bad flag", Good.Replace("<Trashed>false</Trashed>", "<Trashed>maybe</Trashed>", StringComparison.Ordinal), 6, "true or false" },
        { "no name", Good.Replace("<NodeName Default=\"My Post\" />", "<NodeName />", StringComparison.Ordinal).Replace("Alias=\"My Post\" ", string.Empty, StringComparison.Ordinal), 3, "no name" },
        { "no info", Good.Replace("<Info>", "<Inf>", StringComparison.Ordinal).Replace("</Info>", "</Inf>", StringComparison.Ordinal), 2, "<Info>" },
        { "wrong root", "<?xml version=\"1.0\"?>\n<DataType Key=\"782c631b-11e9-4e90-8fc1-6aeff37b488a\" />", 2, "<DataType>" },
        { "empty", string.Empty, 0, "not well-formed XML" },
        { "entity expansion", "<?xml version=\"1.0\"?>\n<!DOCTYPE c [<!ENTITY a \"aaaa\">]>\n<Content Key=\"782c631b-11e9-4e90-8fc1-6aeff37b488a\">&a;</Content>", 2, "DOCTYPE" },
    };

    [Theory]
    [MemberData(nameof(BrokenFiles))]
    public void A_broken_file_is_reported_with_its_path_and_line(string why, string text, int line, string message)
    {
        var e = Assert.Throws<USyncFormatException>(() => USyncContentFile.Parse("/site/uSync/v17/Content/post.config", text));
        Assert.Equal("/site/uSync/v17/Content/post.config", e.Path);
        Assert.True(line == e.Line, $"{why}: expected line {line}, got {e.Line} ({e.Message})");
        Assert.Contains(message, e.Problem.Message, StringComparison.Ordinal);
        Assert.StartsWith("/site/uSync/v17/Content/post.config", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_huge_file_is_refused_without_loading_it()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "huge.config");
        using (var stream = File.Create(path))
        {
            stream.SetLength(USyncContentFile.MaxFileBytes + 1);
        }

        var e = Assert.Throws<USyncFormatException>(() => USyncContentFile.Read(path));
        Assert.Contains("at most 16 MB", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_reported_with_its_path()
    {
        var path = Path.Combine(Path.GetTempPath(), "no-such-" + Guid.NewGuid().ToString("N") + ".config");
        var e = Assert.Throws<USyncFormatException>(() => USyncContentFile.Read(path));
        Assert.Equal(path, e.Path);
        Assert.Contains("cannot be read", e.Message, StringComparison.Ordinal);
    }
}
