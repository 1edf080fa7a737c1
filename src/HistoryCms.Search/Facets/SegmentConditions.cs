namespace HistoryCms.Search.Facets;

/// <summary>
/// Field filters resolved against one segment: for each filtered field, which of the segment's ordinals were asked
/// for, so checking a document is a few array reads. Shared by the filter and the drill-sideways facet counting.
/// </summary>
internal sealed class SegmentConditions
{
    private readonly (SegmentOrdinals Ordinals, bool[] Accepted)[] _fields;

    private SegmentConditions((SegmentOrdinals, bool[])[] fields) => _fields = fields;

    /// <summary>How many fields are filtered.</summary>
    public int Count => _fields.Length;

    /// <summary>Resolves field filters against a segment.</summary>
    /// <param name="facets">The segment's facets.</param>
    /// <param name="filters">Each filtered field with the keys asked for (as <see cref="SegmentOrdinals.FilterKey"/> gives them).</param>
    /// <returns>The conditions.</returns>
    public static SegmentConditions For(SegmentFacets facets, IReadOnlyList<(string Field, HashSet<string> Values)> filters) =>
        new([.. filters.Select(f =>
        {
            var ordinals = facets.Ordinals(f.Field);
            return (ordinals, ordinals.FilterKeys.Select(f.Values.Contains).ToArray());
        })]);

    /// <summary>Whether a document has one of the values asked for in a field.</summary>
    /// <param name="field">The field's position among the filters.</param>
    /// <param name="doc">The document in the segment.</param>
    /// <returns><c>true</c> when it does.</returns>
    public bool Passes(int field, int doc)
    {
        var (ordinals, accepted) = _fields[field];
        for (var i = ordinals.Starts[doc]; i < ordinals.Starts[doc + 1]; i++)
        {
            if (accepted[ordinals.Ordinals[i]])
            {
                return true;
            }
        }

        return false;
    }
}
