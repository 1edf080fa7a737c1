namespace HistoryCms.Import.LegacyPosts;

/// <summary>What a link in a post body points at.</summary>
/// <param name="Href">The link as written.</param>
/// <param name="IsArchiveDocument">Whether it points at a Digital Archive document page (<c>.../document/&lt;id or slug&gt;</c>).</param>
/// <param name="RecordId">The record ID of the document when it is known to the lookup, else <c>null</c>.</param>
/// <param name="DocumentKey">The key of the known document (default when unknown).</param>
internal sealed record ArchiveLink(string Href, bool IsArchiveDocument, string? RecordId, Guid DocumentKey)
{
    public bool IsKnown => RecordId is not null;
}

/// <summary>
/// Recognises links to Digital Archive documents: <c>https://&lt;archive host&gt;/document/&lt;record id&gt;</c> or
/// <c>/document/&lt;slug&gt;</c> (also relative, as the old site wrote them), and resolves them through the
/// <see cref="ImportLookup"/> to an imported document's record ID and key.
/// </summary>
internal static class ArchiveLinks
{
    private const string DocumentPath = "/document/";

    /// <summary>The <c>&lt;id or slug&gt;</c> of a <c>/document/...</c> URL (any host or relative), or <c>null</c>.</summary>
    public static string? DocumentSegment(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return null;
        }

        var path = Uri.TryCreate(url.Trim(), UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https"
            ? absolute.AbsolutePath
            : url.Trim().Split('?', '#')[0];
        var at = path.IndexOf(DocumentPath, StringComparison.OrdinalIgnoreCase);
        if (at < 0 || (at > 0 && absolute is null && !path.StartsWith('/')))
        {
            return null;
        }

        var segment = path[(at + DocumentPath.Length)..].TrimEnd('/');
        return segment.Length == 0 || segment.Contains('/', StringComparison.Ordinal) ? null : Uri.UnescapeDataString(segment);
    }

    /// <summary>Classifies and resolves a link.</summary>
    /// <param name="href">The link's href.</param>
    /// <param name="archiveHosts">Hosts of the Digital Archive (absolute links elsewhere are not archive links).</param>
    /// <param name="lookup">The known documents.</param>
    /// <returns>What it points at.</returns>
    public static ArchiveLink Resolve(string href, IReadOnlyCollection<string> archiveHosts, ImportLookup lookup)
    {
        var trimmed = href.Trim();
        var isAbsolute = Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";
        var onArchive = isAbsolute
            ? archiveHosts.Contains(uri!.Host, StringComparer.OrdinalIgnoreCase)
            : trimmed.StartsWith(DocumentPath, StringComparison.OrdinalIgnoreCase);
        if (!onArchive || DocumentSegment(trimmed) is not { } segment)
        {
            return new ArchiveLink(href, IsArchiveDocument: false, null, Guid.Empty);
        }

        var recordId = segment.All(char.IsAsciiDigit) ? segment : lookup.TryFindSlug(segment, out var found) ? found : null;
        return recordId is not null && lookup.TryFindDocument(recordId, out var key)
            ? new ArchiveLink(href, IsArchiveDocument: true, recordId, key)
            : new ArchiveLink(href, IsArchiveDocument: true, null, Guid.Empty);
    }
}
