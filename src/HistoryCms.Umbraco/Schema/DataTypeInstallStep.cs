using HistoryCms.Core.ContentModel;
using Umbraco.Cms.Core;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.PropertyEditors;
using Umbraco.Cms.Core.Serialization;
using Umbraco.Cms.Core.Services;
using Umbraco.Cms.Core.Services.OperationStatus;

namespace HistoryCms.Umbraco.Schema;

/// <summary>
/// Creates the model's data types and adds configuration keys a newer model introduced. An existing
/// data type keeps its editor and every value already configured (a site may have tuned them); the one exception is an
/// editor UI alias that an earlier release of the package itself wrote and that names no UI of Umbraco 17
/// (<see cref="RetiredEditorUiAliases"/>), which is replaced by the model's: left as it was, the backoffice shows
/// the property as an error and the field can't be edited.
/// </summary>
internal sealed class DataTypeInstallStep(
    IDataTypeService dataTypeService,
    PropertyEditorCollection propertyEditors,
    IConfigurationEditorJsonSerializer configurationSerializer,
    SchemaInstallLog log)
{
    /// <summary>
    /// Editor UI aliases earlier releases of the package wrote that do not exist in the Umbraco 17 backoffice, with the
    /// alias that replaces each. <c>Umb.PropertyEditorUi.Email</c>: the backoffice 17.1.0 manifests register
    /// <c>Umb.PropertyEditorUi.EmailAddress</c> (dist-cms/packages/property-editors/text-box/manifests.js).
    /// </summary>
    internal static readonly IReadOnlyDictionary<string, string> RetiredEditorUiAliases = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Umb.PropertyEditorUi.Email"] = "Umb.PropertyEditorUi.EmailAddress",
    };

    /// <summary>Installs every data type of the model.</summary>
    /// <param name="dataTypes">The model's data types, in order.</param>
    /// <param name="cancellationToken">Stops between data types.</param>
    /// <returns>A task that completes when every data type was handled.</returns>
    public async Task InstallAsync(IEnumerable<DataTypeDefinition> dataTypes, CancellationToken cancellationToken)
    {
        foreach (DataTypeDefinition definition in dataTypes)
        {
            cancellationToken.ThrowIfCancellationRequested();
            IDataType? existing = await dataTypeService.GetAsync(definition.Key).ConfigureAwait(false);
            if (existing is null)
            {
                await CreateAsync(definition).ConfigureAwait(false);
            }
            else
            {
                await UpdateAsync(existing, definition).ConfigureAwait(false);
            }
        }
    }

    private async Task CreateAsync(DataTypeDefinition definition)
    {
        string what = $"data type '{definition.Name}'";
        if (!propertyEditors.TryGet(definition.EditorAlias, out IDataEditor? editor) || editor is null)
        {
            log.Failure($"{what}: the property editor '{definition.EditorAlias}' is not installed, so the data type and the properties that use it were skipped.");
            return;
        }

        var dataType = new DataType(editor, configurationSerializer)
        {
            Key = definition.Key,
            Name = definition.Name,
            EditorUiAlias = definition.EditorUiAlias,
            DatabaseType = ValueTypes.ToStorageType(definition.ValueType),
            ConfigurationData = new Dictionary<string, object>(definition.Configuration, StringComparer.Ordinal),
        };

        Attempt<IDataType, DataTypeOperationStatus> attempt =
            await dataTypeService.CreateAsync(dataType, Constants.Security.SuperUserKey).ConfigureAwait(false);
        log.Creation(what, attempt.Success, attempt.Status);
    }

    private async Task UpdateAsync(IDataType existing, DataTypeDefinition definition)
    {
        string what = $"data type '{existing.Name}'";
        if (!string.Equals(existing.EditorAlias, definition.EditorAlias, StringComparison.Ordinal))
        {
            log.Warning($"{what} uses the editor '{existing.EditorAlias}' where the model has '{definition.EditorAlias}'; it was kept as it is.");
            return;
        }

        string[] missingKeys = definition.Configuration.Keys
            .Where(key => !existing.ConfigurationData.ContainsKey(key))
            .ToArray();
        bool repairUi = existing.EditorUiAlias is { } ui
            && RetiredEditorUiAliases.TryGetValue(ui, out string? replacement)
            && string.Equals(replacement, definition.EditorUiAlias, StringComparison.Ordinal);
        if (missingKeys.Length == 0 && !repairUi)
        {
            return;
        }

        var changes = new List<string>();
        if (repairUi)
        {
            changes.Add($"replaced the editor UI '{existing.EditorUiAlias}', which Umbraco 17 does not have, with '{definition.EditorUiAlias}'");
            existing.EditorUiAlias = definition.EditorUiAlias;
        }

        if (missingKeys.Length > 0)
        {
            var configuration = new Dictionary<string, object>(existing.ConfigurationData, StringComparer.Ordinal);
            foreach (string key in missingKeys)
            {
                configuration[key] = definition.Configuration[key];
            }

            existing.ConfigurationData = configuration;
            changes.Add($"added the configuration {string.Join(", ", missingKeys.Select(k => $"'{k}'"))}");
        }

        Attempt<IDataType, DataTypeOperationStatus> attempt =
            await dataTypeService.UpdateAsync(existing, Constants.Security.SuperUserKey).ConfigureAwait(false);
        if (attempt.Success)
        {
            log.Updated($"{what}: {string.Join("; ", changes)}");
        }
        else
        {
            log.Failure($"{what}: Umbraco refused the update ({string.Join("; ", changes)}): {attempt.Status}.");
        }
    }
}
