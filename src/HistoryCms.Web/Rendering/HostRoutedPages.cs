namespace HistoryCms.Web.Rendering;

/// <summary>
/// Registered by a host that routes content to pages itself — an Umbraco site, where Umbraco routes every content URL
/// to its document type's template (HistoryCms.Umbraco's <c>AddHistoryCms()</c> registers it). With it,
/// <see cref="HistoryPageEndpoints.MapHistoryPages"/> refuses to map its <c>/</c> and catch-all routes, which would
/// take those URLs away from the host's routing.
/// </summary>
/// <param name="host">The host's name, for the error message, e.g. <c>Umbraco</c>.</param>
public sealed class HostRoutedPages(string host)
{
    /// <summary>Gets the host's name.</summary>
    public string Host => host;
}
