using HistoryCms.USync.Content;

namespace HistoryCms.USync.Tests.Content;

public class USyncContentReaderTests
{
    private static readonly Guid Root = new("10000000-0000-0000-0000-000000000001");
    private static readonly Guid Posts = new("10000000-0000-0000-0000-000000000002");
    private static readonly Guid Post = new("10000000-0000-0000-0000-000000000003");
    private static readonly DateTimeOffset Created = new(2024, 5, 1, 9, 30, 0, TimeSpan.Zero);

    private static USyncContentNode Node(Guid key, string name, Guid? parent, int sortOrder = 0, bool published = true, bool trashed = false) =>
        new($"{name}.config", key, name, "historyBlogPost", parent, sortOrder, Created, published, trashed, new Dictionary<string, string?>(), 2);

    [Fact]
    public void Routes_hide_the_root_and_add_one_segment_per_level()
    {
        var result = USyncContentReader.Build(
        [
            Node(Post, "Failed Diplomacy: Soviet-American Relations", Posts),
            Node(Posts, "Posts", Root),
            Node(Root, "Wilson Center", null),
        ]);

        Assert.True(result.IsClean);
        Assert.Equal(["/", "/posts/", "/posts/failed-diplomacy-soviet-american-relations/"], result.Items.Select(i => i.RoutePath));
        Assert.Equal([1, 2, 3], result.Items.Select(i => i.Level));
        Assert.Equal([null, Root, Posts], result.Items.Select(i => i.ParentKey));
        Assert.All(result.Items, i => Assert.Equal(i.CreateDate, i.UpdateDate));
    }

    [Fact]
    public void Siblings_come_in_sort_order()
    {
        var a = Guid.NewGuid();
        var b = Guid.NewGuid();
        var result = USyncContentReader.Build([Node(Root, "Root", null), Node(a, "Zeta", Root, sortOrder: 0), Node(b, "Alpha", Root, sortOrder: 1)]);
        Assert.Equal(["Root", "Zeta", "Alpha"], result.Items.Select(i => i.Name));
    }

    [Fact]
    public void Unpublished_and_trashed_items_and_their_descendants_are_left_out_without_a_problem()
    {
        var draft = Guid.NewGuid();
        var trashed = Guid.NewGuid();
        var result = USyncContentReader.Build(
        [
            Node(Root, "Root", null), Node(draft, "Draft", Root, published: false), Node(Post, "Child of draft", draft),
            Node(trashed, "Binned", Root, trashed: true),
        ]);

        Assert.True(result.IsClean);
        Assert.Equal(["Root"], result.Items.Select(i => i.Name));
    }

    [Fact]
    public void An_item_whose_parent_is_missing_is_reported_and_left_out_with_its_children()
    {
        var lost = Guid.NewGuid();
        var result = USyncContentReader.Build([Node(Root, "Root", null), Node(Posts, "Posts", lost), Node(Post, "Post", Posts)]);

        Assert.Equal(["Root"], result.Items.Select(i => i.Name));
        Assert.Equal(2, result.Problems.Count);
        Assert.Contains(result.Problems, p => p.Path == "Posts.config" && p.Message.Contains(lost.ToString(), StringComparison.Ordinal));
        Assert.Contains(result.Problems, p => p.Path == "Post.config" && p.Message.Contains("is below \"Posts\"", StringComparison.Ordinal));
    }

    [Fact]
    public void Parents_in_a_loop_are_reported()
    {
        var result = USyncContentReader.Build([Node(Posts, "A", Post), Node(Post, "B", Posts)]);
        Assert.Empty(result.Items);
        Assert.All(result.Problems, p => Assert.Contains("loop", p.Message, StringComparison.Ordinal));
        Assert.Equal(2, result.Problems.Count);
    }

    [Fact]
    public void A_duplicate_key_is_reported_and_the_second_file_ignored()
    {
        var result = USyncContentReader.Build([Node(Root, "Root", null), Node(Root, "Copy", null)]);
        Assert.Equal(["Root"], result.Items.Select(i => i.Name));
        Assert.Contains("also used by Root.config", Assert.Single(result.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Siblings_with_the_same_url_are_reported()
    {
        var result = USyncContentReader.Build([Node(Root, "Root", null), Node(Posts, "Posts", Root), Node(Post, "posts!", Root, sortOrder: 1)]);
        Assert.Equal(["Root", "Posts"], result.Items.Select(i => i.Name));
        Assert.Contains("same URL", Assert.Single(result.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_file_is_reported_and_the_other_files_are_still_read()
    {
        using var folder = new TempFolder();
        var good = File.ReadAllText(Path.Combine(RepositoryPaths.Content, "wilson-center.config"));
        folder.Write("wilson-center.config", good);
        var broken = folder.Write("broken.config", good.Replace("</Info>", "</Inf>", StringComparison.Ordinal));
        folder.Write("nested/no-key.config", "<Content Alias=\"x\" Level=\"1\"><Info /></Content>");
        folder.Write("notes.txt", "not a uSync file");

        var result = USyncContentReader.ReadFolder(folder.Path);

        Assert.Equal(["Wilson Center"], result.Items.Select(i => i.Name));
        Assert.Equal(2, result.Problems.Count);
        var xml = result.Problems.Single(p => p.Path == broken);
        Assert.True(xml.Line > 1);
        Assert.StartsWith($"{broken}({xml.Line},", xml.ToString(), StringComparison.Ordinal);
        Assert.Contains(result.Problems, p => p.Path.EndsWith("no-key.config", StringComparison.Ordinal) && p.Line == 1);
    }

    [Fact]
    public void A_missing_folder_is_a_problem_not_a_crash()
    {
        var result = USyncContentReader.ReadFolder(Path.Combine(Path.GetTempPath(), "no-such-folder-" + Guid.NewGuid().ToString("N")));
        Assert.Empty(result.Items);
        Assert.False(result.IsClean);
    }
}
