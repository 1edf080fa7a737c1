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

    public HistorySchemaStartupHandlerTests()
    {
        _keyValueService.GetValue(Arg.Any<string>()).Returns(call => _keyValues.GetValueOrDefault(call.Arg<string>()));
        _keyValueService.When(s => s.SetValue(Arg.Any<string>(), Arg.Any<string>()))
            .Do(call => _keyValues[call.ArgAt<string>(0)] = call.ArgAt<string>(1));
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

    [Theory]
    [InlineData(ServerRole.Subscriber)]
    [InlineData(ServerRole.Unknown)]
    public async Task Nothing_is_installed_on_a_subscriber_or_a_server_of_unknown_role(ServerRole role)
    {
        await HandleAsync(RuntimeLevel.Run, role);

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
    }

    private async Task HandleAsync(RuntimeLevel level, ServerRole role, HistorySchemaInstaller? installer = null)
    {
        IRuntimeState runtimeState = Substitute.For<IRuntimeState>();
        runtimeState.Level.Returns(level);
        IServerRoleAccessor serverRoleAccessor = Substitute.For<IServerRoleAccessor>();
        serverRoleAccessor.CurrentServerRole.Returns(role);
        var handler = new HistorySchemaStartupHandler(
            runtimeState, serverRoleAccessor, _keyValueService, installer ?? _harness.Installer(), _logger);

        await handler.HandleAsync(new UmbracoApplicationStartedNotification(isRestarting: false), TestContext.Current.CancellationToken);
    }
}
