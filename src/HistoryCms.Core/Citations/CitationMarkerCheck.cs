using System.Globalization;
using HistoryCms.Core.Validation;

namespace HistoryCms.Core.Citations;

/// <summary>
/// Finds body markers that point at no citation. One property's validator cannot see this (it spans the body and the
/// citations), so the Umbraco saving handler and the delivery server call it and report the markers by name.
/// </summary>
public static class CitationMarkerCheck
{
    /// <summary>The markers of <paramref name="body"/> whose key names no citation of <paramref name="list"/>.</summary>
    /// <param name="list">The citations.</param>
    /// <param name="body">The post body HTML.</param>
    /// <returns>The dangling markers, in document order.</returns>
    public static IReadOnlyList<CitationMarker> FindDangling(CitationList list, string? body)
    {
        ArgumentNullException.ThrowIfNull(list);
        return [.. CitationMarkers.Find(body).Where(m => list.Find(m.Key) is null)];
    }

    /// <summary>One message per dangling marker, naming it, with the given path (the body property's alias).</summary>
    /// <param name="list">The citations.</param>
    /// <param name="body">The post body HTML.</param>
    /// <param name="path">The path to report, e.g. <c>body</c>.</param>
    /// <returns>The messages; empty when every marker has its citation.</returns>
    public static IReadOnlyList<ValidationMessage> Check(CitationList list, string? body, string path = HistoryAliases.Properties.Body) =>
        [.. FindDangling(list, body).Select(m => new ValidationMessage(path, Describe(m)))];

    /// <summary>The editor-facing description of a dangling marker.</summary>
    /// <param name="marker">The marker.</param>
    /// <returns>The message.</returns>
    public static string Describe(CitationMarker marker)
    {
        ArgumentNullException.ThrowIfNull(marker);
        var ordinal = marker.Ordinal.ToString(CultureInfo.InvariantCulture);
        return marker.Key.Length == 0
            ? $"Citation marker {ordinal} in the body has no citation key. Remove it and insert it again with \"Cite\"."
            : $"Citation marker {ordinal} in the body (\"{(marker.Key.Length > 60 ? marker.Key[..57] + "…" : marker.Key)}\") points at no citation of this post. Remove the marker, or add the citation back and insert the marker again with \"Cite\".";
    }
}
