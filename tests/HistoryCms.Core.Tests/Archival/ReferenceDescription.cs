using HistoryCms.Core.Archival;

namespace HistoryCms.Core.Tests.Archival;

/// <summary>Describes a parsed reference compactly for table rows: <c>Repository=RGANI | Fond=5 | Folios=193-194 | Translated=Gary Goldberg</c>.</summary>
internal static class ReferenceDescription
{
    public static string Describe(ArchivalReference reference)
    {
        var parts = reference.Parts.Select(p => $"{p.Kind}={p.Value}");
        var credits = reference.Credits.Select(c => $"{string.Join('+', c.Roles)}={string.Join(" & ", c.Names)}");
        return string.Join(" | ", parts.Concat(credits));
    }
}
