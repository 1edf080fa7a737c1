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
public sealed class SiteIndexStartupHandler : INotificationHandler<UmbracoApplicationStartedNotification>
{
    private readonly IRuntimeState _runtimeState;
    private readonly SiteIndexUpdates _updates;

    /// <summary>Initializes a new instance of the <see cref="SiteIndexStartupHandler"/> class.</summary>
    /// <param name="runtimeState">Tells whether Umbraco runs normally (there is content to read).</param>
    /// <param name="updates">Runs the index updates in the background.</param>
    public SiteIndexStartupHandler(IRuntimeState runtimeState, SiteIndexUpdates updates)
    {
        _runtimeState = runtimeState;
        _updates = updates;
    }

    /// <inheritdoc />
    public void Handle(UmbracoApplicationStartedNotification notification)
    {
        if (_runtimeState.Level == RuntimeLevel.Run)
        {
            _updates.Request();
        }
    }
}
