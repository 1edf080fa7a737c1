using HistoryCms.Server.Snapshot;
using Microsoft.Extensions.Logging.Abstractions;

namespace HistoryCms.Server.Tests.Snapshot;

public sealed class SnapshotHolderTests
{
    private readonly SwappableContentSource _source = new(TestSite.Items());

    [Fact]
    public async Task A_clean_reload_swaps_in_a_new_snapshot_and_says_so()
    {
        using var holder = new SnapshotHolder(_source, NullLogger<SnapshotHolder>.Instance);
        ContentSnapshot? swapped = null;
        holder.Swapped += (_, s) => swapped = s;
        await holder.ReloadAsync(TestContext.Current.CancellationToken);
        var first = holder.Current;

        _source.Set([.. TestSite.Items().Take(5)]);
        Assert.True(await holder.ReloadAsync(TestContext.Current.CancellationToken));

        Assert.NotSame(first, holder.Current);
        Assert.Same(holder.Current, swapped);
        Assert.Equal(5, holder.Current.Nodes.Count);
        Assert.Empty(holder.Problems);
    }

    [Fact]
    public async Task A_load_with_a_broken_file_keeps_the_last_good_snapshot_and_reports_the_file_and_line()
    {
        using var holder = new SnapshotHolder(_source, NullLogger<SnapshotHolder>.Instance);
        await holder.ReloadAsync(TestContext.Current.CancellationToken);
        var good = holder.Current;

        _source.Set([.. TestSite.Items().Take(3)], new ContentLoadProblem("Content/broken.config", 7, "The XML is not well formed."));
        Assert.False(await holder.ReloadAsync(TestContext.Current.CancellationToken));

        Assert.Same(good, holder.Current);
        var problem = Assert.Single(holder.Problems);
        Assert.Equal(("Content/broken.config", 7), (problem.Path, problem.Line));
    }

    [Fact]
    public async Task The_first_load_serves_what_it_could_read_even_with_a_broken_file()
    {
        _source.Set([.. TestSite.Items().Take(3)], new ContentLoadProblem("Content/broken.config", 2, "Bad."));
        using var holder = new SnapshotHolder(_source, NullLogger<SnapshotHolder>.Instance);

        Assert.True(await holder.ReloadAsync(TestContext.Current.CancellationToken));
        Assert.Equal(3, holder.Current.Nodes.Count);
        Assert.Single(holder.Problems);
    }
}
