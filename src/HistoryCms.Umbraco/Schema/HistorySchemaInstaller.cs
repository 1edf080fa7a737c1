using HistoryCms.Core.ContentModel;
using Microsoft.Extensions.Logging;
using Umbraco.Cms.Core.PropertyEditors;
using Umbraco.Cms.Core.Serialization;
using Umbraco.Cms.Core.Services;
using Umbraco.Cms.Core.Strings;

namespace HistoryCms.Umbraco.Schema;

/// <summary>
/// Installs the content model (<see cref="HistoryContentModel"/>) into an Umbraco site through Umbraco's services:
/// data types, then compositions and document types, then the page types' templates, then relation types. It compares before it writes, so a
/// second run changes nothing, and a newer model only adds: nothing is removed or retyped, no content is lost.
/// It does not check the runtime level, server role or marker; <see cref="HistorySchemaStartupHandler"/> does.
/// </summary>
public sealed class HistorySchemaInstaller
{
    private readonly IDataTypeService _dataTypeService;
    private readonly IContentTypeService _contentTypeService;
    private readonly IRelationService _relationService;
    private readonly ITemplateService _templateService;
    private readonly PropertyEditorCollection _propertyEditors;
    private readonly IConfigurationEditorJsonSerializer _configurationSerializer;
    private readonly IShortStringHelper _shortStringHelper;
    private readonly ILogger<HistorySchemaInstaller> _logger;

    /// <summary>Initializes a new instance of the <see cref="HistorySchemaInstaller"/> class.</summary>
    /// <param name="dataTypeService">Reads and writes data types.</param>
    /// <param name="contentTypeService">Reads and writes document types.</param>
    /// <param name="relationService">Reads and writes relation types.</param>
    /// <param name="templateService">Reads and creates templates.</param>
    /// <param name="propertyEditors">The site's property editors (a data type needs its editor).</param>
    /// <param name="configurationSerializer">Serializes data type configuration.</param>
    /// <param name="shortStringHelper">Cleans aliases, as Umbraco's models require.</param>
    /// <param name="logger">Receives one line per change, warning and failure.</param>
    public HistorySchemaInstaller(
        IDataTypeService dataTypeService,
        IContentTypeService contentTypeService,
        IRelationService relationService,
        ITemplateService templateService,
        PropertyEditorCollection propertyEditors,
        IConfigurationEditorJsonSerializer configurationSerializer,
        IShortStringHelper shortStringHelper,
        ILogger<HistorySchemaInstaller> logger)
    {
        _dataTypeService = dataTypeService;
        _contentTypeService = contentTypeService;
        _relationService = relationService;
        _templateService = templateService;
        _propertyEditors = propertyEditors;
        _configurationSerializer = configurationSerializer;
        _shortStringHelper = shortStringHelper;
        _logger = logger;
    }

    /// <summary>Creates what is missing and adds what a newer model introduced.</summary>
    /// <param name="cancellationToken">Stops between items.</param>
    /// <returns>What was created, updated, kept with a warning, or could not be installed.</returns>
    public async Task<SchemaInstallReport> InstallAsync(CancellationToken cancellationToken = default)
    {
        var report = new SchemaInstallReport();
        var log = new SchemaInstallLog(report, _logger);

        await new DataTypeInstallStep(_dataTypeService, _propertyEditors, _configurationSerializer, log)
            .InstallAsync(HistoryContentModel.DataTypes, cancellationToken).ConfigureAwait(false);
        await new ContentTypeInstallStep(_contentTypeService, _dataTypeService, _shortStringHelper, log)
            .InstallAsync(HistoryContentModel.ContentTypes, cancellationToken).ConfigureAwait(false);
        await new TemplateInstallStep(_templateService, _contentTypeService, log)
            .InstallAsync(HistoryTemplates.ContentTypes, cancellationToken).ConfigureAwait(false);
        await new RelationTypeInstallStep(_relationService, log)
            .InstallAsync(HistoryContentModel.RelationTypes, cancellationToken).ConfigureAwait(false);

        _logger.LogInformation("HistoryCms schema installed: {Report}", report);
        return report;
    }
}
