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
/// <param name="dataTypeService">Reads and writes data types.</param>
/// <param name="contentTypeService">Reads and writes document types.</param>
/// <param name="relationService">Reads and writes relation types.</param>
/// <param name="templateService">Reads and creates templates.</param>
/// <param name="propertyEditors">The site's property editors (a data type needs its editor).</param>
/// <param name="configurationSerializer">Serializes data type configuration.</param>
/// <param name="shortStringHelper">Cleans aliases, as Umbraco's models require.</param>
/// <param name="logger">Receives one line per change, warning and failure.</param>
public sealed class HistorySchemaInstaller(
    IDataTypeService dataTypeService,
    IContentTypeService contentTypeService,
    IRelationService relationService,
    ITemplateService templateService,
    PropertyEditorCollection propertyEditors,
    IConfigurationEditorJsonSerializer configurationSerializer,
    IShortStringHelper shortStringHelper,
    ILogger<HistorySchemaInstaller> logger)
{
    /// <summary>Creates what is missing and adds what a newer model introduced.</summary>
    /// <param name="cancellationToken">Stops between items.</param>
    /// <returns>What was created, updated, kept with a warning, or could not be installed.</returns>
    public async Task<SchemaInstallReport> InstallAsync(CancellationToken cancellationToken = default)
    {
        var report = new SchemaInstallReport();
        var log = new SchemaInstallLog(report, logger);

        await new DataTypeInstallStep(dataTypeService, propertyEditors, configurationSerializer, log)
            .InstallAsync(HistoryContentModel.DataTypes, cancellationToken).ConfigureAwait(false);
        await new ContentTypeInstallStep(contentTypeService, dataTypeService, shortStringHelper, log)
            .InstallAsync(HistoryContentModel.ContentTypes, cancellationToken).ConfigureAwait(false);
        await new TemplateInstallStep(templateService, contentTypeService, log)
            .InstallAsync(HistoryTemplates.ContentTypes, cancellationToken).ConfigureAwait(false);
        await new RelationTypeInstallStep(relationService, log)
            .InstallAsync(HistoryContentModel.RelationTypes, cancellationToken).ConfigureAwait(false);

        logger.LogInformation("HistoryCms schema installed: {Report}", report);
        return report;
    }
}
