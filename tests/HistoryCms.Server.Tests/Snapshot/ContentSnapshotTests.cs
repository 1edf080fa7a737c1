using HistoryCms.Core.Delivery;
using HistoryCms.Server.Snapshot;

namespace HistoryCms.Server.Tests.Snapshot;

public sealed class ContentSnapshotTests
{
    private readonly ContentSnapshot _snapshot = new(TestSite.Items());

    [Fact]
    public void Items_are_in_tree_order_with_levels_and_subtree_ranges()
    {
        Assert.Equal(TestSite.Root, _snapshot.Nodes[0].Key);
        var programs = _snapshot.Node(TestSite.Programs)!;
        Assert.Equal(2, programs.Level);
        Assert.Equal(
            [TestSite.Happ, TestSite.Nkidp, TestSite.Cwihp],
            _snapshot.Range(programs.Ordinal + 1, programs.SubtreeEnd).Select(n => n.Key));
        Assert.Equal([TestSite.Programs, TestSite.Root], _snapshot.Node(TestSite.Happ)!.Ancestors().Select(n => n.Key));
    }

    [Theory]
    [InlineData("/posts/failed-diplomacy/")]
    [InlineData("posts/failed-diplomacy")]
    [InlineData("//posts//failed-diplomacy//")]
    public void Paths_are_normalised_before_lookup(string path)
    {
        Assert.Equal(TestSite.FailedDiplomacy, _snapshot.NodeAt(path)?.Key);
    }

    [Fact]
    public void Reverse_indexes_answer_who_cites_who_wrote_and_what_belongs_to_a_program()
    {
        Assert.Equal([TestSite.FailedDiplomacy, TestSite.SecondPost], _snapshot.NodesReferencing(HistoryQueryFields.CitedDocumentIds, TestSite.SovietDraft).Select(n => n.Key));
        Assert.Equal([TestSite.SecondPost, TestSite.ThirdPost], _snapshot.NodesReferencing(HistoryQueryFields.AuthorIds, TestSite.Doe).Select(n => n.Key));
        Assert.Equal([TestSite.FailedDiplomacy, TestSite.UsDraft], _snapshot.NodesReferencing(HistoryQueryFields.ProgramIds, TestSite.Happ).Select(n => n.Key));
        Assert.Empty(_snapshot.NodesReferencing(HistoryQueryFields.AuthorIds, Guid.NewGuid()));
    }

    [Fact]
    public void A_duplicate_key_and_a_parent_cycle_are_left_out_and_reported()
    {
        var a = Guid.NewGuid();
        var b = Guid.NewGuid();
        var broken = new ContentSnapshot(
        [
            .. TestSite.Items(),
            TestSite.Item(TestSite.Root, "historySiteRoot", "Second root with the same key", null, 5, "/"),
            TestSite.Item(a, "historyProgram", "Loop A", b, 0, "/a/"),
            TestSite.Item(b, "historyProgram", "Loop B", a, 0, "/b/"),
        ]);

        Assert.Equal(TestSite.Items().Count, broken.Nodes.Count);
        Assert.Equal(3, broken.Problems.Count);
        Assert.Contains(broken.Problems, p => p.Path == "Loop A" && p.Message.Contains("cycle", StringComparison.Ordinal));
        Assert.Contains(broken.Problems, p => p.Message.Contains(TestSite.Root.ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public void Every_snapshot_has_a_new_version_and_etag()
    {
        var next = new ContentSnapshot(TestSite.Items());

        Assert.True(next.Version > _snapshot.Version);
        Assert.NotEqual(_snapshot.ETag, next.ETag);
        Assert.StartsWith("W/\"", next.ETag, StringComparison.Ordinal);
    }
}
