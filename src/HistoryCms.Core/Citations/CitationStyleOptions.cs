namespace HistoryCms.Core.Citations;

/// <summary>Site settings the citation formatters use.</summary>
public sealed record CitationStyleOptions
{
    /// <summary>The digital archive's name, e.g. "Wilson Center" (printed "Wilson Center Digital Archive"); a name that already ends in "Digital Archive" is printed as is.</summary>
    public string ArchiveName { get; init; } = string.Empty;

    /// <summary>The site's absolute base URL (e.g. <c>https://example.org/</c>), used to make a document's route path citable; <c>null</c> prints no URL.</summary>
    public Uri? SiteBaseUrl { get; init; }

    /// <summary>
    /// Whether the digital-archive style adds the record's URL after the Source string. Off by default: the archive prints
    /// none (tests/fixtures/citation-conventions.md, "Digital-archive style").
    /// </summary>
    public bool DigitalArchiveUrl { get; init; }

    /// <summary>The institution that publishes the digital archive (RIS <c>DP</c>, e.g. "Woodrow Wilson International Center for Scholars"); <c>null</c> for none.</summary>
    public string? Publisher { get; init; }

    /// <summary>
    /// The language of the cited text, the translation (CSL <c>language</c>, BCP 47): what a CSL processor reads for name
    /// order and title case. Not the original's language, which RIS and the CSL note carry.
    /// </summary>
    public string CitedLanguage { get; init; } = "en";

    /// <summary>Printed in place of a document that cannot be found.</summary>
    public string UnavailableDocument { get; init; } = "Unavailable document";

    /// <summary>The archive as printed: the name followed by "Digital Archive".</summary>
    public string ArchiveLabel
    {
        get
        {
            var name = ArchiveName.Trim();
            return name.Length == 0 ? "Digital Archive"
                : name.EndsWith("Digital Archive", StringComparison.OrdinalIgnoreCase) ? name
                : name + " Digital Archive";
        }
    }

    /// <summary>The URL a citation prints for a document: the record's page on the digital archive, else its own URL, else its page on this site.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The URL, or <c>null</c>.</returns>
    public string? UrlOf(CitedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.ArchiveUrl ?? document.Url ?? UrlOf(document.RoutePath);
    }

    /// <summary>The absolute URL of a route path, or <c>null</c> without a base URL or path.</summary>
    /// <param name="routePath">The route path.</param>
    /// <returns>The URL, or <c>null</c>.</returns>
    public string? UrlOf(string? routePath)
    {
        if (SiteBaseUrl is null || string.IsNullOrWhiteSpace(routePath) || !SiteBaseUrl.IsAbsoluteUri)
        {
            return null;
        }

        return Uri.TryCreate(SiteBaseUrl, routePath.Trim(), out var url) ? url.AbsoluteUri : null;
    }
}
