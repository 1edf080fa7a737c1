using HistoryCms.Search.Facets;
using HistoryCms.Search.Querying;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace HistoryCms.Search;

/// <summary>A searcher over one point-in-time view of the index, with the name spellings known in that view.</summary>
internal sealed class SiteSearcher : IndexSearcher
{
    /// <summary>Creates the searcher.</summary>
    /// <param name="reader">The view.</param>
    /// <param name="names">The name spellings stored in the view.</param>
    public SiteSearcher(IndexReader reader, NameVariantTable names)
        : base(reader) => Names = names;

    /// <summary>The name spellings stored in this view.</summary>
    public NameVariantTable Names { get; }
}

/// <summary>
/// Opens searchers for the searcher manager: reads the facet ordinals of every segment not seen before (so the
/// first search after a reopen does not pay for it) and gathers the name spellings.
/// </summary>
internal sealed class SiteSearcherFactory : SearcherFactory
{
    /// <inheritdoc />
    public override IndexSearcher NewSearcher(IndexReader reader)
    {
        var groups = new List<string>();
        foreach (var leaf in reader.Leaves)
        {
            var facets = SegmentFacets.For(leaf.AtomicReader);
            facets.Warm();
            groups.AddRange(facets.NameVariantGroups);
        }

        return new SiteSearcher(reader, new NameVariantTable(groups));
    }
}
