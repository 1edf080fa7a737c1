using HistoryCms.Core.Delivery;
using HistoryCms.Server.Snapshot;

namespace HistoryCms.Server.Delivery;

/// <summary>One <c>filter=</c> option, evaluated over the snapshot.</summary>
public abstract class QueryFilter
{
    /// <summary>Whether an item passes.</summary>
    /// <param name="node">The item.</param>
    /// <returns><c>true</c> when it passes.</returns>
    public abstract bool Matches(ContentNode node);

    /// <summary>
    /// The items this filter's index holds, in tree order, or <c>null</c> when it has no index. Every one of them passes
    /// <see cref="Matches"/>, and a query that uses the index answers with these items only.
    /// </summary>
    /// <param name="snapshot">The snapshot.</param>
    /// <returns>The candidates, or <c>null</c>.</returns>
    public virtual IReadOnlyList<ContentNode>? Candidates(ContentSnapshot snapshot) => null;

    /// <summary>Whether <see cref="Candidates"/> holds an item, answered without the list (for a filter with an index).</summary>
    /// <param name="node">The item.</param>
    /// <returns><c>true</c> when the index holds it.</returns>
    public virtual bool IndexHolds(ContentNode node) => Matches(node);

    /// <summary>Merges index lists (each in tree order) into one list in tree order without duplicates.</summary>
    /// <param name="lists">The lists.</param>
    /// <returns>The merged list.</returns>
    protected static IReadOnlyList<ContentNode> Union(IReadOnlyList<IReadOnlyList<ContentNode>> lists)
    {
        ArgumentNullException.ThrowIfNull(lists);
        return lists.Count == 1 ? lists[0] : [.. lists.SelectMany(l => l).DistinctBy(n => n.Ordinal).OrderBy(n => n.Ordinal)];
    }
}

/// <summary><c>contentType:a,b</c> (any of) and <c>contentType:!a</c> (none of).</summary>
/// <param name="aliases">The document type aliases.</param>
/// <param name="negate">Whether to exclude them.</param>
public sealed class ContentTypeQueryFilter(IReadOnlyList<string> aliases, bool negate) : QueryFilter
{
    private readonly string[] aliases = [.. aliases];

    /// <inheritdoc/>
    public override bool Matches(ContentNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var any = false;
        var type = node.Item.ContentType;
        foreach (var alias in aliases)
        {
            if (string.Equals(alias, type, StringComparison.OrdinalIgnoreCase))
            {
                any = true;
                break;
            }
        }

        return any != negate;
    }

    /// <inheritdoc/>
    public override IReadOnlyList<ContentNode>? Candidates(ContentSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return negate ? null : Union([.. aliases.Select(snapshot.NodesOfType)]);
    }

    /// <inheritdoc/>
    public override bool IndexHolds(ContentNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        if (negate)
        {
            return Matches(node);
        }

        // The index is keyed by the exact alias (Matches ignores case): hold what NodesOfType lists.
        var type = node.Item.ContentType;
        foreach (var alias in aliases)
        {
            if (string.Equals(alias, type, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary><c>name:text</c> (the name contains the text, any case) and <c>name:!text</c>.</summary>
/// <param name="text">The text.</param>
/// <param name="negate">Whether to exclude matches.</param>
public sealed class NameQueryFilter(string text, bool negate) : QueryFilter
{
    /// <inheritdoc/>
    public override bool Matches(ContentNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return node.Item.Name.Contains(text, StringComparison.OrdinalIgnoreCase) != negate;
    }
}

/// <summary>A date range filter: the built-in <c>createDate</c>/<c>updateDate</c> and the package's <c>publishDate</c>/<c>documentDate</c>.</summary>
/// <param name="filter">The parsed filter (operator and date).</param>
/// <param name="date">Reads the item's date.</param>
public sealed class DateQueryFilter(DeliveryFilter filter, Func<ContentNode, DateTime?> date) : QueryFilter
{
    /// <inheritdoc/>
    public override bool Matches(ContentNode node) => filter.Matches(date(node));
}

/// <summary>The package's key filters (<c>author:</c>, <c>program:</c>, <c>citesDocument:</c>), answered from the reverse indexes.</summary>
/// <param name="filter">The parsed filter.</param>
public sealed class KeyQueryFilter(DeliveryFilter filter) : QueryFilter
{
    private readonly HashSet<Guid> keys = [.. filter.Values.Select(Guid.Parse)];
    private readonly bool negate = filter.Operator == DeliveryFilterOperator.IsNot;

    /// <inheritdoc/>
    public override bool Matches(ContentNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var any = false;
        var held = node.Index.KeysOf(filter.FieldName);
        for (var i = 0; i < held.Count; i++)
        {
            if (keys.Contains(held[i]))
            {
                any = true;
                break;
            }
        }

        return any != negate;
    }

    /// <inheritdoc/>
    public override IReadOnlyList<ContentNode>? Candidates(ContentSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return filter.Operator == DeliveryFilterOperator.IsNot
            ? null
            : Union([.. filter.Values.Select(v => snapshot.NodesReferencing(filter.FieldName, Guid.Parse(v)))]);
    }
}
