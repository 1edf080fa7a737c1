using HistoryCms.Search;
using HistoryCms.Search.Contributors;
using Microsoft.Extensions.Logging;
using Umbraco.Cms.Core;
using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Notifications;
using Umbraco.Cms.Core.Services;

namespace HistoryCms.Umbraco.Search;

/// <summary>Builds the archive index at start-up when this server has none yet (a new server, a cleared temp folder).</summary>
public sealed class ArchiveIndexStartupHandler : INotificationAsyncHandler<UmbracoApplicationStartedNotification>
{
    private readonly IRuntimeState _runtimeState;
    private readonly ArchiveIndex _index;
    private readonly ArchiveIndexFeed _feed;
    private readonly ILogger<ArchiveIndexStartupHandler> _logger;

    /// <summary>Initializes a new instance of the <see cref="ArchiveIndexStartupHandler"/> class.</summary>
    /// <param name="runtimeState">Tells whether Umbraco runs normally (there is content to read).</param>
    /// <param name="index">The archive index.</param>
    /// <param name="feed">Reads published content into the index.</param>
    /// <param name="logger">Reports a failed build.</param>
    public ArchiveIndexStartupHandler(IRuntimeState runtimeState, ArchiveIndex index, ArchiveIndexFeed feed, ILogger<ArchiveIndexStartupHandler> logger)
    {
        _runtimeState = runtimeState;
        _index = index;
        _feed = feed;
        _logger = logger;
    }

    /// <inheritdoc />
    public async Task HandleAsync(UmbracoApplicationStartedNotification notification, CancellationToken cancellationToken)
    {
        if (_runtimeState.Level != RuntimeLevel.Run || _index.Count > 0)
        {
            return;
        }

        try
        {
            await _feed.RebuildAsync(cancellationToken).ConfigureAwait(false);
            _logger.LogInformation("HistoryCms search: built the archive index ({Count} items).", _index.Count);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            _logger.LogError(exception, "HistoryCms search: the archive index could not be built at start-up.");
        }
    }
}
