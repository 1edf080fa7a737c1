namespace HistoryCms.Web.Rendering;

/// <summary>Checks URLs an editor typed before a page links to them.</summary>
public static class SafeUrls
{
    /// <summary>The URL when it is an absolute http(s) or mailto URL or a site path (<c>/…</c>, not <c>//…</c>); otherwise <c>null</c>.</summary>
    /// <param name="url">The URL.</param>
    /// <returns>The URL, trimmed, or <c>null</c>.</returns>
    public static string? Check(string? url)
    {
        var trimmed = url?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed.Any(char.IsControl))
        {
            return null;
        }

        if (trimmed.StartsWith('/'))
        {
            return trimmed.StartsWith("//", StringComparison.Ordinal) || trimmed.StartsWith("/\\", StringComparison.Ordinal) ? null : trimmed;
        }

        return Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "mailto" ? trimmed : null;
    }

    /// <summary>Whether a checked URL leaves the site.</summary>
    /// <param name="url">A URL <see cref="Check"/> accepted.</param>
    /// <returns><c>true</c> for an absolute URL.</returns>
    public static bool IsExternal(string url) => !string.IsNullOrEmpty(url) && !url.StartsWith('/');
}
