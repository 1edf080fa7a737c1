using Microsoft.Extensions.Logging;
using Umbraco.Cms.Core;
using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Notifications;
using Umbraco.Cms.Core.Scoping;
using Umbraco.Cms.Core.Services;
using Umbraco.Cms.Core.Sync;

namespace HistoryCms.Umbraco.Schema;

/// <summary>
/// Runs the <see cref="HistorySchemaInstaller"/> when Umbraco has started, only when the site is fully installed and
/// only when the stored <see cref="SchemaMarker"/> differs from the model's. The marker is stored once everything
/// installed, so a failure is retried at the next start.
/// </summary>
/// <remarks>
/// <para>
/// Only a <see cref="ServerRole.Subscriber"/> leaves the work to others. Umbraco's default
/// <see cref="ElectedServerRoleAccessor"/> answers <see cref="ServerRole.Unknown"/> until its first server registration
/// (<c>TouchServerJob</c>, 15 s after start, after this notification), so a default single server is still
/// <see cref="ServerRole.Unknown"/> here and must install.
/// </para>
/// <para>
/// Servers starting together are serialized by a database write lock on <c>Constants.Locks.KeyValues</c>, the lock
/// that guards the key-value table holding the marker (Umbraco's <c>KeyValueService.SetValue</c> and its migration
/// coordinator take it for the same read-then-write). The marker is read again once the lock is held, so a server
/// that waited while another installed does nothing. The install runs inside that scope: Umbraco's services join it.
/// </para>
/// </remarks>
/// <param name="runtimeState">Tells whether Umbraco runs normally (not installing or upgrading).</param>
/// <param name="serverRoleAccessor">Tells this server's role in a load-balanced setup.</param>
/// <param name="scopeProvider">Opens the database scope that holds the lock while the schema is installed.</param>
/// <param name="keyValueService">Stores the schema marker.</param>
/// <param name="installer">Installs the schema.</param>
/// <param name="logger">Says why nothing ran, or what failed.</param>
public sealed class HistorySchemaStartupHandler(
    IRuntimeState runtimeState,
    IServerRoleAccessor serverRoleAccessor,
    ICoreScopeProvider scopeProvider,
    IKeyValueService keyValueService,
    HistorySchemaInstaller installer,
    ILogger<HistorySchemaStartupHandler> logger)
    : INotificationAsyncHandler<UmbracoApplicationStartedNotification>
{
    /// <inheritdoc />
    public async Task HandleAsync(UmbracoApplicationStartedNotification notification, CancellationToken cancellationToken)
    {
        if (runtimeState.Level != RuntimeLevel.Run)
        {
            logger.LogDebug("HistoryCms schema: not installed while Umbraco is at runtime level {Level}.", runtimeState.Level);
            return;
        }

        ServerRole role = serverRoleAccessor.CurrentServerRole;
        if (role == ServerRole.Subscriber)
        {
            logger.LogDebug("HistoryCms schema: left to the scheduling publisher (this server is a subscriber).");
            return;
        }

        if (SchemaMarker.IsCurrent(keyValueService.GetValue(SchemaMarker.Key)))
        {
            return;
        }

        try
        {
            await InstallUnderLockAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The site must still start when the schema cannot be written; the next start tries again.
            logger.LogError(exception, "HistoryCms schema: installing the document types failed; the installer runs again at the next start.");
        }
    }

    private async Task InstallUnderLockAsync(CancellationToken cancellationToken)
    {
        using ICoreScope scope = scopeProvider.CreateCoreScope();
        scope.WriteLock(Constants.Locks.KeyValues);
        if (SchemaMarker.IsCurrent(keyValueService.GetValue(SchemaMarker.Key)))
        {
            logger.LogDebug("HistoryCms schema: installed by another server while this one waited.");
            scope.Complete();
            return;
        }

        SchemaInstallReport report = await installer.InstallAsync(cancellationToken).ConfigureAwait(false);
        if (report.Succeeded)
        {
            keyValueService.SetValue(SchemaMarker.Key, SchemaMarker.Current);
        }
        else
        {
            logger.LogWarning(
                "HistoryCms schema: {Count} item(s) could not be installed; the installer runs again at the next start. {Failures}",
                report.Failures.Count,
                string.Join(" ", report.Failures));
        }

        // What was installed is kept even when some items failed; a write Umbraco refused rolls the scope back.
        scope.Complete();
    }
}
