using Lucene.Net.Index;
using Lucene.Net.Util;

namespace HistoryCms.Search.Facets;

/// <summary>
/// The sorted-set doc values of one facet field in one segment, flattened once into plain arrays (document →
/// ordinals, ordinal → value) so counting a match is two array reads instead of a doc-values lookup.
/// Built when a segment is first seen and shared by every searcher over that segment.
/// </summary>
internal sealed class SegmentOrdinals
{
    private string[]? _filterKeys;

    private SegmentOrdinals(int[] starts, int[] ordinals, string[] values)
    {
        Starts = starts;
        Ordinals = ordinals;
        Values = values;
    }

    /// <summary>The value of each ordinal as filters compare it: without its label, trimmed, in lower case.</summary>
    public string[] FilterKeys => _filterKeys ??= [.. Values.Select(FilterKey)];

    /// <summary>Where each document's ordinals start in <see cref="Ordinals"/> (one more entry than documents).</summary>
    public int[] Starts { get; }

    /// <summary>The ordinals of every document, back to back.</summary>
    public int[] Ordinals { get; }

    /// <summary>The value of each ordinal.</summary>
    public string[] Values { get; }

    /// <summary>A value as filters compare it: without its label, trimmed, in lower case.</summary>
    /// <param name="value">The stored value, or a value asked for.</param>
    /// <returns>The comparable key.</returns>
    public static string FilterKey(string value)
    {
        var separator = value.IndexOf(Indexing.SearchFields.Separator, StringComparison.Ordinal);
        return (separator < 0 ? value : value[..separator]).Trim().ToLowerInvariant();
    }

    /// <summary>Reads one field of one segment.</summary>
    /// <param name="reader">The segment.</param>
    /// <param name="field">The facet field.</param>
    /// <returns>The flattened ordinals (empty when the segment has no such field).</returns>
    public static SegmentOrdinals Read(AtomicReader reader, string field)
    {
        var docValues = reader.GetSortedSetDocValues(field);
        var maxDoc = reader.MaxDoc;
        if (docValues is null)
        {
            return new SegmentOrdinals(new int[maxDoc + 1], [], []);
        }

        var starts = new int[maxDoc + 1];
        var ordinals = new int[Math.Max(16, maxDoc)];
        var count = 0;
        for (var doc = 0; doc < maxDoc; doc++)
        {
            starts[doc] = count;
            docValues.SetDocument(doc);
            long ordinal;
            while ((ordinal = docValues.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
            {
                if (count == ordinals.Length)
                {
                    Array.Resize(ref ordinals, ordinals.Length * 2);
                }

                ordinals[count++] = (int)ordinal;
            }
        }

        starts[maxDoc] = count;
        Array.Resize(ref ordinals, count);
        return new SegmentOrdinals(starts, ordinals, ReadValues(docValues));
    }

    /// <summary>Reads only the distinct values of one field of one segment.</summary>
    /// <param name="reader">The segment.</param>
    /// <param name="field">The field.</param>
    /// <returns>The values (none when the segment has no such field).</returns>
    public static string[] ReadDistinctValues(AtomicReader reader, string field)
    {
        var docValues = reader.GetSortedSetDocValues(field);
        return docValues is null ? [] : ReadValues(docValues);
    }

    private static string[] ReadValues(SortedSetDocValues docValues)
    {
        var values = new string[docValues.ValueCount];
        var bytes = new BytesRef();
        for (var ordinal = 0; ordinal < values.Length; ordinal++)
        {
            docValues.LookupOrd(ordinal, bytes);
            values[ordinal] = bytes.Utf8ToString();
        }

        return values;
    }
}
