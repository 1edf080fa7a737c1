using HistoryCms.Core.Delivery;
using HistoryCms.Server.Snapshot;

namespace HistoryCms.Server.Delivery;

/// <summary>
/// One <c>filter=</c> option, evaluated over the snapshot by ordinal: each filter reads what it tests from the snapshot's
/// arrays (<see cref="ContentSnapshot.Ordinals"/>, <see cref="ContentSnapshot.SortKeys"/>) rather than from the nodes, so
/// that scanning thousands of candidates stays in the processor's cache.
/// </summary>
public abstract class QueryFilter
{
    /// <summary>Whether the item at an ordinal passes.</summary>
    /// <param name="snapshot">The snapshot.</param>
    /// <param name="ordinal">The item's ordinal.</param>
    /// <returns><c>true</c> when it passes.</returns>
    public abstract bool Matches(ContentSnapshot snapshot, int ordinal);

    /// <summary>
    /// Keeps the candidates that pass, in their order, at the start of <paramref name="ordinals"/>: one call per batch of
    /// candidates, so that a filter reads what it tests once and loops over the batch (the engine tests a query's candidates
    /// in batches of about a thousand).
    /// </summary>
    /// <param name="snapshot">The snapshot.</param>
    /// <param name="ordinals">The candidates' ordinals; the ones kept are moved to its start.</param>
    /// <returns>How many are kept.</returns>
    public virtual int Keep(ContentSnapshot snapshot, Span<int> ordinals)
    {
        var kept = 0;
        foreach (var ordinal in ordinals)
        {
            if (Matches(snapshot, ordinal))
            {
                ordinals[kept++] = ordinal;
            }
        }

        return kept;
    }

    /// <summary>
    /// The items this filter's index holds, in tree order, or <c>null</c> when it has no index. Every one of them passes
    /// <see cref="Matches"/>, and a query that uses the index answers with these items only.
    /// </summary>
    /// <param name="snapshot">The snapshot.</param>
    /// <returns>The candidates, or <c>null</c>.</returns>
    public virtual IReadOnlyList<ContentNode>? Candidates(ContentSnapshot snapshot) => null;

    /// <summary>
    /// The items that pass, as one bit per ordinal, when the filter has them without testing each item (an index's bits,
    /// kept with the snapshot); <c>null</c> otherwise. Exactly the items whose bit is set pass <see cref="Matches"/>.
    /// </summary>
    /// <param name="snapshot">The snapshot.</param>
    /// <returns>The bits (shared: never to be changed), or <c>null</c>.</returns>
    public virtual ulong[]? Members(ContentSnapshot snapshot) => null;

    /// <summary>Whether <see cref="Candidates"/> holds the item at an ordinal, answered without the list (for a filter with an index).</summary>
    /// <param name="snapshot">The snapshot.</param>
    /// <param name="ordinal">The item's ordinal.</param>
    /// <returns><c>true</c> when the index holds it.</returns>
    public virtual bool IndexHolds(ContentSnapshot snapshot, int ordinal) => Matches(snapshot, ordinal);

    /// <summary>Merges index lists (each in tree order) into one list in tree order without duplicates.</summary>
    /// <param name="lists">The lists.</param>
    /// <returns>The merged list.</returns>
    protected static IReadOnlyList<ContentNode> Union(IReadOnlyList<IReadOnlyList<ContentNode>> lists)
    {
        ArgumentNullException.ThrowIfNull(lists);
        return lists.Count == 1 ? lists[0] : [.. lists.SelectMany(l => l).DistinctBy(n => n.Ordinal).OrderBy(n => n.Ordinal)];
    }
}

/// <summary>
/// <c>contentType:a,b</c> (any of) and <c>contentType:!a</c> (none of). Aliases match exactly, case included, as Umbraco's
/// do: its <c>ContentTypeFilterIndexer</c> indexes the alias as a <c>StringRaw</c> field, which Examine's
/// <c>RawStringType</c> indexes and queries with a <c>KeywordAnalyzer</c> (Umbraco.Cms.Api.Delivery/Indexing/Filters,
/// release 17.4.2).
/// </summary>
/// <param name="aliases">The document type aliases.</param>
/// <param name="negate">Whether to exclude them.</param>
public sealed class ContentTypeQueryFilter(IReadOnlyList<string> aliases, bool negate) : QueryFilter
{
    private readonly string[] _aliases = [.. aliases];

    // Which of the snapshot's content types pass, by type number, and the aliases (as the snapshot spells them) of those the
    // filter names.
    private SnapshotMemo<(bool[] Passes, string[] Named)> _types;

    /// <inheritdoc/>
    public override bool Matches(ContentSnapshot snapshot, int ordinal)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return Types(snapshot).Passes[snapshot.Ordinals.ContentTypeAt(ordinal)];
    }

    /// <inheritdoc/>
    public override int Keep(ContentSnapshot snapshot, Span<int> ordinals)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var passes = Types(snapshot).Passes;
        var types = snapshot.Ordinals.ContentTypeIds;
        var kept = 0;
        foreach (var ordinal in ordinals)
        {
            if (passes[types[ordinal]])
            {
                ordinals[kept++] = ordinal;
            }
        }

        return kept;
    }

    /// <inheritdoc/>
    public override IReadOnlyList<ContentNode>? Candidates(ContentSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return negate ? null : Union([.. Types(snapshot).Named.Select(snapshot.NodesOfType)]);
    }

    /// <inheritdoc/>
    public override ulong[]? Members(ContentSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        if (negate)
        {
            return null;
        }

        var named = Types(snapshot).Named;
        if (named.Length == 1)
        {
            return snapshot.Ordinals.MembersOf(snapshot.NodesOfType(named[0]));
        }

        var bits = new ulong[(snapshot.Nodes.Count + 63) / 64];
        foreach (var alias in named)
        {
            var members = snapshot.Ordinals.MembersOf(snapshot.NodesOfType(alias));
            for (var i = 0; i < bits.Length; i++)
            {
                bits[i] |= members[i];
            }
        }

        return bits;
    }

    private (bool[] Passes, string[] Named) Types(ContentSnapshot snapshot) => _types.Get(snapshot, this, static (s, filter) => filter.Compute(s));

    private (bool[] Passes, string[] Named) Compute(ContentSnapshot snapshot)
    {
        var all = snapshot.Ordinals.ContentTypes;
        var passes = new bool[all.Count];
        var named = new List<string>();
        for (var i = 0; i < all.Count; i++)
        {
            var isNamed = _aliases.Any(a => string.Equals(a, all[i], StringComparison.Ordinal));
            passes[i] = isNamed != negate;
            if (isNamed)
            {
                named.Add(all[i]);
            }
        }

        return (passes, [.. named]);
    }
}

/// <summary><c>name:text</c> (the name contains the text, any case) and <c>name:!text</c>.</summary>
/// <param name="text">The text.</param>
/// <param name="negate">Whether to exclude matches.</param>
public sealed class NameQueryFilter(string text, bool negate) : QueryFilter
{
    /// <inheritdoc/>
    public override bool Matches(ContentSnapshot snapshot, int ordinal)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return snapshot.Nodes[ordinal].Item.Name.Contains(text, StringComparison.OrdinalIgnoreCase) != negate;
    }
}

/// <summary>A date range filter: the built-in <c>createDate</c>/<c>updateDate</c> and the package's <c>publishDate</c>/<c>documentDate</c>.</summary>
/// <param name="filter">The parsed filter (operator and date).</param>
/// <param name="field">The date's name in the snapshot's sort index, shared with the sort by the same date (see <see cref="QuerySort.Field"/>).</param>
/// <param name="date">Reads the item's date.</param>
public sealed class DateQueryFilter(DeliveryFilter filter, string field, Func<ContentNode, DateTime?> date) : QueryFilter
{
    /// <summary>The sort index key of an item without the date.</summary>
    public const long NoDate = long.MinValue;

    /// <summary>The date as a sort key: its ticks, or <see cref="NoDate"/>.</summary>
    /// <param name="date">Reads the item's date.</param>
    /// <returns>The key function.</returns>
    public static Func<ContentSnapshot, ContentNode, long> KeyOf(Func<ContentNode, DateTime?> date) => (_, n) => date(n)?.Ticks ?? NoDate;

    private readonly string _field = field;
    private readonly Func<ContentSnapshot, ContentNode, long> _key = KeyOf(date);
    private SnapshotMemo<long[]> _keys;

    /// <inheritdoc/>
    public override bool Matches(ContentSnapshot snapshot, int ordinal)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return Passes(Keys(snapshot)[ordinal]);
    }

    /// <inheritdoc/>
    public override int Keep(ContentSnapshot snapshot, Span<int> ordinals)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var keys = Keys(snapshot);
        var kept = 0;
        foreach (var ordinal in ordinals)
        {
            if (Passes(keys[ordinal]))
            {
                ordinals[kept++] = ordinal;
            }
        }

        return kept;
    }

    // Whether an item whose sort key is ticks passes (an item without the date never does).
    private bool Passes(long ticks) => ticks != NoDate && filter.Matches(new DateTime(ticks));

    private long[] Keys(ContentSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return _keys.Get(snapshot, this, static (s, f) => s.SortKeys.Keys(f._field, f._key));
    }
}

/// <summary>The package's key filters (<c>author:</c>, <c>program:</c>, <c>citesDocument:</c>), answered from the reverse indexes.</summary>
/// <param name="filter">The parsed filter.</param>
public sealed class KeyQueryFilter(DeliveryFilter filter) : QueryFilter
{
    private readonly Guid[] _keys = [.. filter.Values.Select(Guid.Parse)];
    private readonly bool _negate = filter.Operator == DeliveryFilterOperator.IsNot;
    private SnapshotMemo<(IReadOnlyList<ContentNode> Referencing, ulong[] Members)> _index;

    /// <inheritdoc/>
    public override bool Matches(ContentSnapshot snapshot, int ordinal) => OrdinalIndex.Holds(Index(snapshot).Members, ordinal) != _negate;

    /// <inheritdoc/>
    public override int Keep(ContentSnapshot snapshot, Span<int> ordinals)
    {
        var members = Index(snapshot).Members;
        var kept = 0;
        foreach (var ordinal in ordinals)
        {
            if (((members[ordinal >> 6] & (1UL << ordinal)) != 0) != _negate)
            {
                ordinals[kept++] = ordinal;
            }
        }

        return kept;
    }

    /// <inheritdoc/>
    public override IReadOnlyList<ContentNode>? Candidates(ContentSnapshot snapshot) => _negate ? null : Index(snapshot).Referencing;

    /// <inheritdoc/>
    public override ulong[]? Members(ContentSnapshot snapshot) => _negate ? null : Index(snapshot).Members;

    // The items referencing any of the keys, and their bits, once per snapshot.
    private (IReadOnlyList<ContentNode> Referencing, ulong[] Members) Index(ContentSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return _index.Get(snapshot, this, static (s, f) => f.Compute(s));
    }

    // Apart from Index, whose every call would otherwise allocate this lambda's closure (C# allocates it on entry to the
    // scope of the captured variables).
    private (IReadOnlyList<ContentNode> Referencing, ulong[] Members) Compute(ContentSnapshot snapshot)
    {
        var referencing = Union([.. _keys.Select(k => snapshot.NodesReferencing(filter.FieldName, k))]);
        return (referencing, snapshot.Ordinals.MembersOf(referencing));
    }
}
