using Umbraco.Cms.Core;
using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Notifications;
using Umbraco.Cms.Core.Services;

namespace HistoryCms.Umbraco.Search;

/// <summary>
/// Brings the site index in step at start-up, in the background: a new server (or a cleared temp folder) gets its
/// index, and a server that was down catches up with what changed meanwhile. The old index serves until the new one is
/// committed.
/// </summary>
/// <param name="runtimeState">Tells whether Umbraco runs normally (there is content to read).</param>
/// <param name="updates">Runs the index updates in the background.</param>
public sealed class SiteIndexStartupHandler(
    IRuntimeState runtimeState,
    SiteIndexUpdates updates)
    : INotificationHandler<UmbracoApplicationStartedNotification>
{
    /// <inheritdoc />
    public void Handle(UmbracoApplicationStartedNotification notification)
    {
        if (runtimeState.Level == RuntimeLevel.Run)
        {
            updates.Request();
        }
    }
}
