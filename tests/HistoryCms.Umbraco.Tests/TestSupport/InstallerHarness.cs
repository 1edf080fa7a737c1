using HistoryCms.Umbraco.Schema;

namespace HistoryCms.Umbraco.Tests.TestSupport;

/// <summary>An installer wired to in-memory services, Umbraco's real model classes and a recording logger.</summary>
internal sealed class InstallerHarness
{
    public InMemorySchemaServices Services { get; } = new();

    public RecordingLogger<HistorySchemaInstaller> Logger { get; } = new();

    /// <summary>Creates the installer for a site whose property editors lack <paramref name="missingEditors"/>.</summary>
    public HistorySchemaInstaller Installer(params string[] missingEditors) => new(
        Services.DataTypeService,
        Services.ContentTypeService,
        Services.RelationService,
        Services.TemplateService,
        UmbracoTestObjects.PropertyEditors(missingEditors),
        UmbracoTestObjects.Json,
        UmbracoTestObjects.ShortStringHelper,
        Logger);

    /// <summary>Runs the installer once and forgets the writes it made, as a site that installed an older package.</summary>
    public async Task<InstallerHarness> InstalledAsync()
    {
        SchemaInstallReport report = await Installer().InstallAsync(TestContext.Current.CancellationToken);
        Assert.True(report.Succeeded, string.Join(Environment.NewLine, report.Failures));
        Services.Writes.Clear();
        Logger.Entries.Clear();
        return this;
    }
}
