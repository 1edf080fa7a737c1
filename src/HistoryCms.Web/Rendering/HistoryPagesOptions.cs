using HistoryCms.Web.HistoryApi;

namespace HistoryCms.Web.Rendering;

/// <summary>Settings of the rendered pages (section <c>HistoryCms:Pages</c> in the delivery server).</summary>
public sealed class HistoryPagesOptions
{
    /// <summary>The configuration section the server binds.</summary>
    public const string Section = "HistoryCms:Pages";

    /// <summary>The site's name in the header and in "cite this post"; empty takes the site root's name.</summary>
    public string SiteName { get; set; } = string.Empty;

    /// <summary>The digital archive's name in citations ("Wilson Center" prints "Wilson Center Digital Archive"), when the host registers no <see cref="HistoryCms.Core.Citations.CitationStyleOptions"/>.</summary>
    public string ArchiveName { get; set; } = string.Empty;

    /// <summary>
    /// Whether the digital-archive citation ends with the record's URL. Off by default: the archive prints none under its
    /// records (tests/fixtures/citation-conventions.md, "Digital-archive style").
    /// </summary>
    public bool DigitalArchiveCitationUrl { get; set; }

    /// <summary>The institution that publishes the digital archive, the RIS <c>DP</c> of exports; empty for none.</summary>
    public string CitationPublisher { get; set; } = string.Empty;

    /// <summary>The site's absolute address for the URLs citations print; <c>null</c> takes the address of the request.</summary>
    public Uri? SiteBaseUrl { get; set; }

    /// <summary>How many posts the home page, program pages and author pages list.</summary>
    public int PostListSize { get; set; } = 6;

    /// <summary>How many documents a program page lists (the rest through search).</summary>
    public int DocumentListSize { get; set; } = 10;

    /// <summary>How many items a folder's listing page (<c>/posts/</c>, <c>/people/</c>, <c>/programs/</c>, <c>/archive/</c>) shows at a time.</summary>
    public int FolderPageSize { get; set; } = 20;

    /// <summary>The path of the search page.</summary>
    public string SearchPath { get; set; } = "/search";

    /// <summary>The URL of the stylesheet the layout links.</summary>
    public string StylesheetUrl { get; set; } = "/_content/HistoryCms.Web/history.css";

    /// <summary>The URL of the site icon the layout links (an SVG of a document by default; empty to link none).
    /// Linking one also keeps browsers from asking for a <c>/favicon.ico</c> that is not there.</summary>
    public string IconUrl { get; set; } = "/_content/HistoryCms.Web/favicon.svg";

    /// <summary>The RIS citation of a post itself ("Cite this post"); <c>{id}</c> is the post's key.</summary>
    public string PostRisUrl { get; set; } = HistoryApiEndpoints.Prefix + "/posts/{id}/citation.ris";

    /// <summary>The CSL-JSON citation of a post itself ("Cite this post"); <c>{id}</c> is the post's key.</summary>
    public string PostCslJsonUrl { get; set; } = HistoryApiEndpoints.Prefix + "/posts/{id}/citation.csl.json";

    /// <summary>The RIS export of the archival documents a post cites (its sources); <c>{id}</c> is the post's key.</summary>
    public string PostSourcesRisUrl { get; set; } = HistoryApiEndpoints.Prefix + "/posts/{id}/sources.ris";

    /// <summary>The CSL-JSON export of the archival documents a post cites (its sources); <c>{id}</c> is the post's key.</summary>
    public string PostSourcesCslJsonUrl { get; set; } = HistoryApiEndpoints.Prefix + "/posts/{id}/sources.csl.json";

    /// <summary>The RIS export of an archival document; <c>{id}</c> is the document's key.</summary>
    public string DocumentRisUrl { get; set; } = HistoryApiEndpoints.Prefix + "/documents/{id}/citation.ris";

    /// <summary>The CSL-JSON export of an archival document; <c>{id}</c> is the document's key.</summary>
    public string DocumentCslJsonUrl { get; set; } = HistoryApiEndpoints.Prefix + "/documents/{id}/citation.csl.json";
}
