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
