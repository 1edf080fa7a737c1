using HistoryCms.Search;
using Microsoft.Extensions.Logging;
using Umbraco.Cms.Core.Runtime;

namespace HistoryCms.Umbraco.Search;

/// <summary>
/// Opens a site's site index under Umbraco's MainDom, as Umbraco's own Examine indexes follow it
/// (src/Umbraco.Infrastructure/Examine/ExamineIndexingMainDomHandler.cs@release/17.4.2): only the MainDom process writes
/// the index, and it gives Lucene's write lock up when another process asks for MainDom (an overlapped recycle, a slot
/// swap, src/Umbraco.Core/Runtime/MainDom.cs). Every process answers searches from the index's last commit meanwhile.
/// </summary>
public static class MainDomSiteIndex
{
    /// <summary>
    /// Opens the index without its write lock and registers with MainDom: in the MainDom process the first update takes the
    /// lock (waiting for a process that is giving it up) and MainDom's release closes the writer; in any other process the
    /// writer is released at once, and the index only answers searches.
    /// </summary>
    /// <param name="path">The index folder.</param>
    /// <param name="mainDom">Umbraco's MainDom, acquired when the runtime started.</param>
    /// <param name="logger">Reports that this process does not write the index, and when it stops writing.</param>
    /// <param name="options">Tuning, or <c>null</c> for the defaults.</param>
    /// <returns>The index.</returns>
    public static SiteIndex Open(string path, IMainDom mainDom, ILogger logger, SiteIndexOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(mainDom);
        ArgumentNullException.ThrowIfNull(logger);
        var index = SiteIndex.OpenDeferred(path, options);
        var registered = mainDom.Register(release: () =>
        {
            index.ReleaseWriter();
            logger.LogInformation("HistoryCms search: MainDom released; the site index stopped writing and answers searches from its last commit.");
        });
        if (!registered)
        {
            index.ReleaseWriter();
            logger.LogInformation("HistoryCms search: this process is not the MainDom; the site index is not updated here and answers searches from its last commit.");
        }

        return index;
    }
}
