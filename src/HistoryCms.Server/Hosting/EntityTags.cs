namespace HistoryCms.Server;

/// <summary><c>If-None-Match</c> evaluation per RFC 9110, 13.1.2: <c>*</c> or a list of entity tags, compared weakly.</summary>
public static class EntityTags
{
    /// <summary>
    /// Whether an <c>If-None-Match</c> value matches the current tag: <c>*</c>, or any listed tag whose opaque part equals the
    /// current one's, with or without <c>W/</c> on either side (weak comparison, 8.8.3.2). A list that cannot be read
    /// matches nothing, so the full response is sent.
    /// </summary>
    /// <param name="ifNoneMatch">The header value (one field line or several joined by commas).</param>
    /// <param name="current">The current entity tag, weak or strong.</param>
    /// <returns><c>true</c> when the client's copy is current.</returns>
    public static bool WeakMatch(ReadOnlySpan<char> ifNoneMatch, ReadOnlySpan<char> current)
    {
        var opaque = Opaque(current);
        if (opaque.IsEmpty)
        {
            return false;
        }

        var rest = ifNoneMatch;
        while (true)
        {
            rest = rest.TrimStart(" \t,");
            if (rest.IsEmpty)
            {
                return false;
            }

            if (rest[0] == '*')
            {
                return true;
            }

            if (rest.StartsWith("W/", StringComparison.Ordinal))
            {
                rest = rest[2..];
            }

            if (rest.IsEmpty || rest[0] != '"')
            {
                return false;
            }

            var close = rest[1..].IndexOf('"');
            if (close < 0)
            {
                return false;
            }

            if (rest[..(close + 2)].SequenceEqual(opaque))
            {
                return true;
            }

            rest = rest[(close + 2)..];
        }
    }

    /// <summary>Whether any <c>If-None-Match</c> field line of the request matches the current tag (see <see cref="WeakMatch"/>).</summary>
    /// <param name="request">The request.</param>
    /// <param name="current">The current entity tag.</param>
    /// <returns><c>true</c> when the client's copy is current.</returns>
    public static bool IfNoneMatch(HttpRequest request, string current)
    {
        ArgumentNullException.ThrowIfNull(request);
        foreach (var value in request.Headers.IfNoneMatch)
        {
            if (value is not null && WeakMatch(value, current))
            {
                return true;
            }
        }

        return false;
    }

    // The quoted part of a tag, W/ removed.
    private static ReadOnlySpan<char> Opaque(ReadOnlySpan<char> tag)
    {
        var trimmed = tag.Trim();
        if (trimmed.StartsWith("W/", StringComparison.Ordinal))
        {
            trimmed = trimmed[2..];
        }

        return trimmed.Length >= 2 && trimmed[0] == '"' && trimmed[^1] == '"' ? trimmed : [];
    }
}
