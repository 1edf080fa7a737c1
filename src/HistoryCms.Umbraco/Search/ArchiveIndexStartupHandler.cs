using Umbraco.Cms.Core;
using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Notifications;
using Umbraco.Cms.Core.Services;

namespace HistoryCms.Umbraco.Search;

/// <summary>
/// Brings the archive index in step at start-up, in the background: a new server (or a cleared temp folder) gets its
/// index, and a server that was down catches up with what changed meanwhile. The old index serves until the new one is
/// committed.
/// </summary>
public sealed class ArchiveIndexStartupHandler : INotificationHandler<UmbracoApplicationStartedNotification>
{
    private readonly IRuntimeState _runtimeState;
    private readonly ArchiveIndexUpdates _updates;

    /// <summary>Initializes a new instance of the <see cref="ArchiveIndexStartupHandler"/> class.</summary>
    /// <param name="runtimeState">Tells whether Umbraco runs normally (there is content to read).</param>
    /// <param name="updates">Runs the index updates in the background.</param>
    public ArchiveIndexStartupHandler(IRuntimeState runtimeState, ArchiveIndexUpdates updates)
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
