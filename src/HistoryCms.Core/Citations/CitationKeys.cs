namespace HistoryCms.Core.Citations;

/// <summary>Reads citation and document keys: any GUID format, or an Umbraco document UDI (<c>umb://document/&lt;32 hex&gt;</c>).</summary>
public static class CitationKeys
{
    private const string DocumentUdiPrefix = "umb://document/";

    /// <summary>Reads a key.</summary>
    /// <param name="text">The key as stored or typed.</param>
    /// <param name="key">The GUID.</param>
    /// <returns><c>true</c> when <paramref name="text"/> is a GUID (or a document UDI) other than the empty GUID.</returns>
    public static bool TryParse(string? text, out Guid key)
    {
        key = Guid.Empty;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var trimmed = text.Trim();
        if (trimmed.StartsWith(DocumentUdiPrefix, StringComparison.OrdinalIgnoreCase))
        {
            var hex = trimmed[DocumentUdiPrefix.Length..];
            return hex.Length == 32 && Guid.TryParseExact(hex, "N", out key) && key != Guid.Empty;
        }

        return Guid.TryParse(trimmed, out key) && key != Guid.Empty;
    }

    /// <summary>The canonical text of a key: a GUID in lower-case <c>D</c> format when it parses, else the trimmed text.</summary>
    /// <param name="text">The key as stored or typed.</param>
    /// <returns>The canonical key text (empty for <c>null</c>).</returns>
    public static string Canonical(string? text) =>
        TryParse(text, out var key) ? key.ToString("D") : text?.Trim() ?? string.Empty;

    /// <summary>Whether two keys name the same citation: equal GUIDs, or ordinally equal text when either is not a GUID.</summary>
    /// <param name="a">One key.</param>
    /// <param name="b">The other key.</param>
    /// <returns><c>true</c> when they match; never for empty keys.</returns>
    public static bool SameKey(string? a, string? b)
    {
        if (string.IsNullOrWhiteSpace(a) || string.IsNullOrWhiteSpace(b))
        {
            return false;
        }

        return TryParse(a, out var ga) && TryParse(b, out var gb) ? ga == gb : string.Equals(a.Trim(), b.Trim(), StringComparison.Ordinal);
    }
}
