using HistoryCms.Search.Facets;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace HistoryCms.Search.Querying;

/// <summary>
/// The field filters and date range of a request, answered from the same per-segment arrays the facets count
/// (no indexed filter terms needed): a document passes when, for every field, one of its values was asked for, and
/// its date range overlaps the requested one. Random access, so a selective query only checks its own matches.
/// </summary>
internal sealed class SiteSearchFilter : Filter
{
    private readonly IReadOnlyList<(string Field, HashSet<string> Values)> _fields;
    private readonly int _from;
    private readonly int _to;

    /// <summary>Creates the filter.</summary>
    /// <param name="fields">Each filtered field with the keys asked for (as <see cref="SegmentOrdinals.FilterKey"/> gives them).</param>
    /// <param name="from">First day of the range (<c>yyyyMMdd</c>), or <c>null</c>.</param>
    /// <param name="to">Last day of the range (<c>yyyyMMdd</c>), or <c>null</c>.</param>
    public SiteSearchFilter(IReadOnlyList<(string Field, HashSet<string> Values)> fields, int? from, int? to)
    {
        _fields = fields;
        HasDates = from is not null || to is not null;
        _from = from ?? int.MinValue;
        _to = to ?? int.MaxValue;
    }

    private bool HasDates { get; }

    /// <inheritdoc />
    public override DocIdSet GetDocIdSet(AtomicReaderContext context, IBits acceptDocs)
    {
        var facets = SegmentFacets.For(context.AtomicReader);
        var conditions = SegmentConditions.For(facets, _fields);
        var (start, end) = HasDates ? facets.Dates : ([], []);
        return new Matches(context.AtomicReader.MaxDoc, acceptDocs, doc =>
        {
            if (HasDates && (start[doc] == 0 || start[doc] > _to || end[doc] < _from))
            {
                return false;
            }

            for (var field = 0; field < conditions.Count; field++)
            {
                if (!conditions.Passes(field, doc))
                {
                    return false;
                }
            }

            return true;
        });
    }

    private sealed class Matches(int maxDoc, IBits acceptDocs, Func<int, bool> match) : FieldCacheDocIdSet(maxDoc, acceptDocs)
    {
        protected override bool MatchDoc(int doc) => match(doc);
    }
}
