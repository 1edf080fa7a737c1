using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using HistoryCms.Core.Search;
using HistoryCms.Search.Indexing;
using Lucene.Net.Index;

namespace HistoryCms.Search.Facets;

/// <summary>
/// Everything a search needs from one segment besides its postings: the flattened ordinals of each facet field and
/// the name variant groups. Cached by the segment's core, so a near-real-time reopen reads only new segments.
/// </summary>
internal sealed class SegmentFacets
{
    private static readonly ConditionalWeakTable<object, SegmentFacets> Cache = [];

    private readonly AtomicReader _reader;
    private readonly ConcurrentDictionary<string, SegmentOrdinals> _fields = new(StringComparer.Ordinal);
    private readonly Lazy<(int[] Start, int[] End)> _dates;

    private SegmentFacets(AtomicReader reader)
    {
        _reader = reader;
        NameVariantGroups = SegmentOrdinals.ReadDistinctValues(reader, SearchFields.NameVariants);
        _dates = new Lazy<(int[], int[])>(() => (ReadDays(reader, SearchFields.DateStart), ReadDays(reader, SearchFields.DateEnd)));
    }

    /// <summary>The first and last day (<c>yyyyMMdd</c>) of each document's date; 0 when undated.</summary>
    public (int[] Start, int[] End) Dates => _dates.Value;

    /// <summary>The name variant groups stored in this segment.</summary>
    public string[] NameVariantGroups { get; }

    /// <summary>The cached facets of a segment, read now if this is the first time it is seen.</summary>
    /// <param name="reader">The segment.</param>
    /// <returns>Its facets.</returns>
    public static SegmentFacets For(AtomicReader reader) =>
        Cache.GetValue(reader.CoreCacheKey, _ => new SegmentFacets(reader));

    /// <summary>Reads every facet field now (the searcher factory warms new segments before they serve).</summary>
    public void Warm()
    {
        foreach (var field in SiteSearchFields.Facets)
        {
            Ordinals(field);
        }

        _ = Dates;
    }

    /// <summary>The flattened ordinals of one facet field.</summary>
    /// <param name="field">The facet field.</param>
    /// <returns>The ordinals.</returns>
    public SegmentOrdinals Ordinals(string field) => _fields.GetOrAdd(field, f => SegmentOrdinals.Read(_reader, f));

    private static int[] ReadDays(AtomicReader reader, string field)
    {
        var days = new int[reader.MaxDoc];
        var values = reader.GetNumericDocValues(field);
        if (values is not null)
        {
            for (var doc = 0; doc < days.Length; doc++)
            {
                days[doc] = (int)values.Get(doc);
            }
        }

        return days;
    }
}
