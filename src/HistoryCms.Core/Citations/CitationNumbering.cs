namespace HistoryCms.Core.Citations;

/// <summary>
/// Numbers a post's citations: by the first appearance of each citation's marker in the body, then the citations no
/// marker refers to, in list order. Numbers are always 1..n without gaps, so deleting a citation renumbers the rest.
/// Markers whose key names no citation are ignored here (see <see cref="CitationMarkerCheck"/>); of two citations with
/// the same key, markers refer to the first.
/// </summary>
public static class CitationNumbering
{
    /// <summary>Numbers the citations of <paramref name="list"/> for <paramref name="body"/>.</summary>
    /// <param name="list">The citations.</param>
    /// <param name="body">The post body HTML, or <c>null</c> (then the list order is the note order).</param>
    /// <returns>The citations in note order.</returns>
    public static IReadOnlyList<NumberedCitation> Number(CitationList list, string? body)
    {
        ArgumentNullException.ThrowIfNull(list);
        var order = new List<int>(list.Items.Count);
        var placed = new bool[list.Items.Count];
        foreach (var marker in CitationMarkers.Find(body))
        {
            var index = IndexOf(list, marker.Key);
            if (index >= 0 && !placed[index])
            {
                placed[index] = true;
                order.Add(index);
            }
        }

        var referenced = order.Count;
        for (var i = 0; i < placed.Length; i++)
        {
            if (!placed[i])
            {
                order.Add(i);
            }
        }

        var firstByDocument = new Dictionary<string, int>(StringComparer.Ordinal);
        var result = new List<NumberedCitation>(order.Count);
        for (var n = 0; n < order.Count; n++)
        {
            var citation = list.Items[order[n]];
            int? repeatOf = null;
            var documentKey = citation.DocumentGuid?.ToString("D") ?? citation.DocumentKey;
            if (documentKey.Length > 0 && !firstByDocument.TryAdd(documentKey, n + 1))
            {
                repeatOf = firstByDocument[documentKey];
            }

            result.Add(new NumberedCitation(n + 1, order[n], citation, n < referenced, repeatOf));
        }

        return result;
    }

    private static int IndexOf(CitationList list, string key)
    {
        for (var i = 0; i < list.Items.Count; i++)
        {
            if (CitationKeys.SameKey(list.Items[i].Key, key))
            {
                return i;
            }
        }

        return -1;
    }
}
