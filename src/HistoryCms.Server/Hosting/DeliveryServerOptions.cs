namespace HistoryCms.Server;

/// <summary>Settings of the delivery server (configuration section <c>HistoryCms</c>).</summary>
public sealed class DeliveryServerOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "HistoryCms";

    /// <summary>The folder holding the uSync files (<c>uSync/v17</c> of the repository when not set).</summary>
    public string? ContentPath { get; set; }

    /// <summary>How long file changes must settle before the content is reloaded, in milliseconds.</summary>
    public int ReloadDelayMilliseconds { get; set; } = 300;

    /// <summary>Whether email address properties appear in the Delivery API output (hidden by default).</summary>
    public bool ExposeEmail { get; set; }

    /// <summary>The site's absolute base URL, on which every citation output (Delivery API, History API, pages, exports) links cited documents; when not set, the address of the request.</summary>
    public string? SiteBaseUrl { get; set; }

    /// <summary>Whether the site search (<c>/history/api/v1/search</c>) is served; its index follows every snapshot (a full build first, then only what each reload changed).</summary>
    public bool Search { get; set; } = true;

    /// <summary>The largest <c>take</c> a query accepts.</summary>
    public int MaxTake { get; set; } = 1000;

    /// <summary>
    /// The origins whose browser scripts may read the public read-only APIs (Delivery API, History API, search, the OpenAPI
    /// document) across origins, e.g. <c>["https://www.example.org"]</c>. Not set (the default) or <c>"*"</c>: any origin, as
    /// these APIs serve published content only. Empty: none. The citation preview is never open to other origins.
    /// </summary>
    public string[]? CorsOrigins { get; set; }
}
