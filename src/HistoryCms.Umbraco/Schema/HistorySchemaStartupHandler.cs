using Microsoft.Extensions.Logging;
using Umbraco.Cms.Core;
using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Notifications;
using Umbraco.Cms.Core.Services;
using Umbraco.Cms.Core.Sync;

namespace HistoryCms.Umbraco.Schema;

/// <summary>
/// Runs the <see cref="HistorySchemaInstaller"/> when Umbraco has started, on the one server that may change
/// the schema (a single server or the scheduling publisher), only when the site is fully installed and only when
/// the stored <see cref="SchemaMarker"/> differs from the model's. The marker is stored once everything installed,
/// so a failure is retried at the next start.
/// </summary>
public sealed class HistorySchemaStartupHandler : INotificationAsyncHandler<UmbracoApplicationStartedNotification>
{
    private readonly IRuntimeState _runtimeState;
    private readonly IServerRoleAccessor _serverRoleAccessor;
    private readonly IKeyValueService _keyValueService;
    private readonly HistorySchemaInstaller _installer;
    private readonly ILogger<HistorySchemaStartupHandler> _logger;

    /// <summary>Initializes a new instance of the <see cref="HistorySchemaStartupHandler"/> class.</summary>
    /// <param name="runtimeState">Tells whether Umbraco runs normally (not installing or upgrading).</param>
    /// <param name="serverRoleAccessor">Tells this server's role in a load-balanced setup.</param>
    /// <param name="keyValueService">Stores the schema marker.</param>
    /// <param name="installer">Installs the schema.</param>
    /// <param name="logger">Says why nothing ran, or what failed.</param>
    public HistorySchemaStartupHandler(
        IRuntimeState runtimeState,
        IServerRoleAccessor serverRoleAccessor,
        IKeyValueService keyValueService,
        HistorySchemaInstaller installer,
        ILogger<HistorySchemaStartupHandler> logger)
    {
        _runtimeState = runtimeState;
        _serverRoleAccessor = serverRoleAccessor;
        _keyValueService = keyValueService;
        _installer = installer;
        _logger = logger;
    }

    /// <inheritdoc />
    public async Task HandleAsync(UmbracoApplicationStartedNotification notification, CancellationToken cancellationToken)
    {
        if (_runtimeState.Level != RuntimeLevel.Run)
        {
            _logger.LogDebug("HistoryCms schema: not installed while Umbraco is at runtime level {Level}.", _runtimeState.Level);
            return;
        }

        ServerRole role = _serverRoleAccessor.CurrentServerRole;
        if (role is not (ServerRole.Single or ServerRole.SchedulingPublisher))
        {
            _logger.LogDebug("HistoryCms schema: left to the scheduling publisher (this server is {Role}).", role);
            return;
        }

        if (SchemaMarker.IsCurrent(_keyValueService.GetValue(SchemaMarker.Key)))
        {
            return;
        }

        try
        {
            SchemaInstallReport report = await _installer.InstallAsync(cancellationToken).ConfigureAwait(false);
            if (report.Succeeded)
            {
                _keyValueService.SetValue(SchemaMarker.Key, SchemaMarker.Current);
            }
            else
            {
                _logger.LogWarning(
                    "HistoryCms schema: {Count} item(s) could not be installed; the installer runs again at the next start. {Failures}",
                    report.Failures.Count,
                    string.Join(" ", report.Failures));
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The site must still start when the schema cannot be written; the next start tries again.
            _logger.LogError(exception, "HistoryCms schema: installing the document types failed; the installer runs again at the next start.");
        }
    }
}
