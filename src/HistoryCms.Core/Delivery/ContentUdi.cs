using System.Globalization;

namespace HistoryCms.Core.Delivery;

/// <summary>Reads the document keys of a stored picker value (<c>umb://document/&lt;32 hex&gt;,umb://document/...</c>).</summary>
public static class ContentUdi
{
    private const string DocumentPrefix = "umb://document/";

    /// <summary>The document keys in a picker value, in order, skipping parts that are not document UDIs (or bare keys).</summary>
    /// <param name="value">The raw stored value.</param>
    /// <returns>The keys; empty for <c>null</c>.</returns>
    public static IReadOnlyList<Guid> ParseDocuments(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return [];
        }

        var keys = new List<Guid>();
        var span = value.AsSpan();
        foreach (var range in span.Split(','))
        {
            var part = span[range].Trim();
            if (part.StartsWith(DocumentPrefix, StringComparison.OrdinalIgnoreCase))
            {
                part = part[DocumentPrefix.Length..];
            }

            if ((Guid.TryParseExact(part, "N", out var key) || Guid.TryParse(part, out key)) && !keys.Contains(key))
            {
                keys.Add(key);
            }
        }

        return keys;
    }

    /// <summary>The UDI of a document.</summary>
    /// <param name="key">The document key.</param>
    /// <returns><c>umb://document/&lt;32 hex&gt;</c>.</returns>
    public static string ForDocument(Guid key) => DocumentPrefix + key.ToString("N", CultureInfo.InvariantCulture);
}
