using HistoryCms.Umbraco.Schema;
using HistoryCms.Umbraco.Tests.TestSupport;
using Microsoft.Extensions.Logging;
using NSubstitute;
using NSubstitute.ExceptionExtensions;
using Umbraco.Cms.Core;
using Umbraco.Cms.Core.Notifications;
using Umbraco.Cms.Core.Services;
using Umbraco.Cms.Core.Sync;

namespace HistoryCms.Umbraco.Tests.Schema;

public sealed class HistorySchemaStartupHandlerTests
{
    private readonly InstallerHarness _harness = new();
    private readonly Dictionary<string, string> _keyValues = [];
    private readonly IKeyValueService _keyValueService = Substitute.For<IKeyValueService>();
    private readonly RecordingLogger<HistorySchemaStartupHandler> _logger = new();
    private readonly RecordingScopeProvider _scopes = new();

    public HistorySchemaStartupHandlerTests()
    {
        _keyValueService.GetValue(Arg.Any<string>()).Returns(call => _keyValues.GetValueOrDefault(call.Arg<string>()));
        _keyValueService.When(s => s.SetValue(Arg.Any<string>(), Arg.Any<string>()))
            .Do(call =>
            {
                _keyValues[call.ArgAt<string>(0)] = call.ArgAt<string>(1);
                _scopes.Events.Add($"set {call.ArgAt<string>(0)} after {_harness.Services.Writes.Count} writes");
            });
    }

    [Theory]
    [InlineData(ServerRole.Single)]
    [InlineData(ServerRole.SchedulingPublisher)]
    public async Task A_running_single_server_or_scheduling_publisher_installs_the_schema_and_stores_the_marker(ServerRole role)
    {
        await HandleAsync(RuntimeLevel.Run, role);

        Assert.Contains("create ContentType 'historyBlogPost'", _harness.Services.Writes);
        Assert.Equal(SchemaMarker.Current, _keyValues[SchemaMarker.Key]);
    }

    [Theory]
    [InlineData(RuntimeLevel.Unknown)]
    [InlineData(RuntimeLevel.Boot)]
    [InlineData(RuntimeLevel.Install)]
    [InlineData(RuntimeLevel.Upgrade)]
    [InlineData(RuntimeLevel.Upgrading)]
    [InlineData(RuntimeLevel.BootFailed)]
    public async Task Nothing_is_installed_unless_Umbraco_runs(RuntimeLevel level)
    {
        await HandleAsync(level, ServerRole.Single);

        Assert.Empty(_harness.Services.Writes);
        Assert.Empty(_keyValues);
    }

    /// <summary>
    /// Umbraco's default <c>ElectedServerRoleAccessor</c> (Core/Sync/ElectedServerRoleAccessor.cs@release/17.4.2) asks
    /// <c>ServerRegistrationService.GetCurrentServerRole()</c>, which answers <c>Unknown</c> until <c>TouchServer</c> first
    /// runs (Core/Services/ServerRegistrationService.cs), and <c>TouchServerJob</c> runs it 15 s after start
    /// (Infrastructure/BackgroundJobs/Jobs/ServerRegistration/TouchServerJob.cs) — after UmbracoApplicationStartedNotification.
    /// </summary>
    [Fact]
    public async Task A_default_site_installs_at_start_up_while_the_elected_server_role_is_still_Unknown()
    {
        await HandleAsync(RuntimeLevel.Run, ServerRole.Unknown);

        Assert.Contains("create ContentType 'historyBlogPost'", _harness.Services.Writes);
        Assert.Equal(SchemaMarker.Current, _keyValues[SchemaMarker.Key]);
    }

    /// <summary>Once <c>TouchServer</c> saw more than one active server, a server that is not the scheduling publisher is a <c>Subscriber</c> (Core/Services/ServerRegistrationService.cs@release/17.4.2).</summary>
    [Fact]
    public async Task A_server_elected_Subscriber_leaves_the_schema_to_the_scheduling_publisher()
    {
        await HandleAsync(RuntimeLevel.Run, ServerRole.Subscriber);

        Assert.Empty(_harness.Services.Writes);
        Assert.Empty(_keyValues);
    }

    [Fact]
    public async Task Nothing_is_installed_when_the_marker_is_current()
    {
        _keyValues[SchemaMarker.Key] = SchemaMarker.Current;

        await HandleAsync(RuntimeLevel.Run, ServerRole.Single);

        Assert.Empty(_harness.Services.Writes);
        _ = _harness.Services.ContentTypeService.DidNotReceive().Get(Arg.Any<Guid>());
        Assert.Empty(_scopes.Events);
    }

    /// <summary>
    /// The lock of Umbraco's key-value table (Constants.Locks.KeyValues, taken by Core/Services/KeyValueService.cs and
    /// Infrastructure/Install/MigrationCoordinator.cs@release/17.4.2 for the same read-then-write) is held from before the
    /// marker is read again until the marker is stored; Umbraco's services join that scope.
    /// </summary>
    [Fact]
    public async Task The_install_and_the_marker_happen_inside_one_scope_holding_the_key_value_write_lock()
    {
        await HandleAsync(RuntimeLevel.Run, ServerRole.Unknown);

        int writes = _harness.Services.Writes.Count;
        Assert.True(writes > 0);
        Assert.Equal(
            ["scope", $"write lock {Constants.Locks.KeyValues}", $"set {SchemaMarker.Key} after {writes} writes", "complete", "dispose"],
            _scopes.Events);
    }

    /// <summary>Two servers starting together (or a single server restarted during a slow install): the second waits for the lock, then reads the marker the first stored.</summary>
    [Fact]
    public async Task A_server_that_waited_for_the_lock_reads_the_marker_again_and_installs_nothing_when_another_server_stored_it()
    {
        _scopes.WhileWaitingForLock = lockId =>
        {
            if (lockId == Constants.Locks.KeyValues)
            {
                _keyValues[SchemaMarker.Key] = SchemaMarker.Current;
            }
        };

        await HandleAsync(RuntimeLevel.Run, ServerRole.Unknown);

        Assert.Empty(_harness.Services.Writes);
        Assert.Equal(["scope", $"write lock {Constants.Locks.KeyValues}", "complete", "dispose"], _scopes.Events);
    }

    [Fact]
    public async Task A_model_changed_without_a_version_bump_is_still_installed()
    {
        string sameVersionOtherModel = SchemaMarker.Current.Split(':')[0] + ":" + new string('0', 64);
        _keyValues[SchemaMarker.Key] = sameVersionOtherModel;

        await HandleAsync(RuntimeLevel.Run, ServerRole.Single);

        Assert.NotEmpty(_harness.Services.Writes);
        Assert.Equal(SchemaMarker.Current, _keyValues[SchemaMarker.Key]);
    }

    [Fact]
    public async Task An_incomplete_install_stores_no_marker_so_the_next_start_tries_again()
    {
        await HandleAsync(RuntimeLevel.Run, ServerRole.Single, _harness.Installer("HistoryCms.DocumentCitations"));

        Assert.NotEmpty(_harness.Services.Writes);
        Assert.Empty(_keyValues);
        Assert.Contains(_logger.At(LogLevel.Warning), w => w.Contains("runs again at the next start", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_failing_service_is_logged_and_does_not_stop_the_site()
    {
        _harness.Services.DataTypeService.GetAsync(Arg.Any<Guid>()).ThrowsAsync(new InvalidOperationException("database is gone"));

        await HandleAsync(RuntimeLevel.Run, ServerRole.Single);

        Assert.Empty(_keyValues);
        Assert.Contains(_logger.At(LogLevel.Error), e => e.Contains("installing the document types failed", StringComparison.Ordinal));
        Assert.DoesNotContain("complete", _scopes.Events);
        Assert.Equal("dispose", _scopes.Events[^1]);
    }

    private async Task HandleAsync(RuntimeLevel level, ServerRole role, HistorySchemaInstaller? installer = null)
    {
        IRuntimeState runtimeState = Substitute.For<IRuntimeState>();
        runtimeState.Level.Returns(level);
        // Umbraco's real accessor over a registration service answering as ServerRegistrationService does
        // (Unknown before the first TouchServer, then Single, SchedulingPublisher or Subscriber).
        IServerRegistrationService registrations = Substitute.For<IServerRegistrationService>();
        registrations.GetCurrentServerRole().Returns(role);
        var serverRoleAccessor = new ElectedServerRoleAccessor(registrations);
        var handler = new HistorySchemaStartupHandler(
            runtimeState, serverRoleAccessor, _scopes.Provider, _keyValueService, installer ?? _harness.Installer(), _logger);

        await handler.HandleAsync(new UmbracoApplicationStartedNotification(isRestarting: false), TestContext.Current.CancellationToken);
    }
}
