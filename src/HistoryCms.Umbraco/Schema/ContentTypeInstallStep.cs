using HistoryCms.Core.ContentModel;
using Umbraco.Cms.Core;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Services;
using Umbraco.Cms.Core.Services.OperationStatus;
using Umbraco.Cms.Core.Strings;

namespace HistoryCms.Umbraco.Schema;

/// <summary>
/// Creates the model's compositions and document types, in the model's order (compositions first), then
/// allows their children once every type exists (a program may hold programs, so a type can allow itself).
/// A stored type only ever gains what the model adds; nothing is removed or retyped.
/// </summary>
internal sealed class ContentTypeInstallStep(
    IContentTypeService contentTypeService,
    IDataTypeService dataTypeService,
    IShortStringHelper shortStringHelper,
    SchemaInstallLog log)
{
    private readonly ContentTypeAdditions _additions = new(shortStringHelper, log);

    /// <summary>Installs every document type of the model.</summary>
    /// <param name="documentTypes">The model's document types, compositions first.</param>
    /// <param name="cancellationToken">Stops between document types.</param>
    /// <returns>A task that completes when every document type was handled.</returns>
    public async Task InstallAsync(IReadOnlyList<ContentTypeDefinition> documentTypes, CancellationToken cancellationToken)
    {
        IReadOnlyDictionary<Guid, IDataType> dataTypes = await LoadDataTypesAsync(documentTypes).ConfigureAwait(false);
        var installed = new List<ContentTypeDefinition>();
        foreach (ContentTypeDefinition definition in documentTypes)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (await InstallAsync(definition, dataTypes).ConfigureAwait(false))
            {
                installed.Add(definition);
            }
        }

        foreach (ContentTypeDefinition definition in installed)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await AllowChildrenAsync(definition).ConfigureAwait(false);
        }
    }

    private async Task<IReadOnlyDictionary<Guid, IDataType>> LoadDataTypesAsync(IEnumerable<ContentTypeDefinition> documentTypes)
    {
        Guid[] keys = documentTypes.SelectMany(t => t.Properties).Select(p => p.DataTypeKey)
            .Append(HistoryContentModel.DataTypeKeys.Collection)
            .Distinct()
            .ToArray();
        var found = new Dictionary<Guid, IDataType>();
        foreach (Guid key in keys)
        {
            if (await dataTypeService.GetAsync(key).ConfigureAwait(false) is { } dataType)
            {
                found[key] = dataType;
            }
        }

        return found;
    }

    private async Task<bool> InstallAsync(ContentTypeDefinition definition, IReadOnlyDictionary<Guid, IDataType> dataTypes)
    {
        string what = $"document type '{definition.Alias}'";
        IContentType? existing = contentTypeService.Get(definition.Key);
        if (existing is null && contentTypeService.Get(definition.Alias) is { } other)
        {
            log.Failure($"{what}: a document type with this alias but another key ({other.Key}) already exists; it was left alone.");
            return false;
        }

        if (existing is not null)
        {
            IReadOnlyList<string> changes = _additions.Apply(existing, definition, contentTypeService.Get, dataTypes);
            return changes.Count == 0 || await SaveAsync(existing, what, changes).ConfigureAwait(false);
        }

        var contentType = new ContentType(shortStringHelper, Constants.System.Root)
        {
            Key = definition.Key,
            Alias = definition.Alias,
            Name = definition.Name,
            Icon = definition.Icon,
            Description = definition.Description,
            AllowedAsRoot = definition.AllowedAtRoot,
            IsElement = false,
            Variations = ContentVariation.Nothing,
        };
        _additions.Apply(contentType, definition, contentTypeService.Get, dataTypes);
        Attempt<ContentTypeOperationStatus> attempt =
            await contentTypeService.CreateAsync(contentType, Constants.Security.SuperUserKey).ConfigureAwait(false);
        return log.Creation(what, attempt.Success, attempt.Result);
    }

    private async Task AllowChildrenAsync(ContentTypeDefinition definition)
    {
        if (definition.AllowedChildren.Count == 0 || contentTypeService.Get(definition.Key) is not { } contentType)
        {
            return;
        }

        List<ContentTypeSort> allowed = contentType.AllowedContentTypes?.ToList() ?? [];
        int sortOrder = allowed.Count == 0 ? 0 : allowed.Max(s => s.SortOrder) + 1;
        var changes = new List<string>();
        foreach (string childAlias in definition.AllowedChildren)
        {
            IContentType? child = HistoryContentModel.FindContentType(childAlias) is { } childDefinition
                ? contentTypeService.Get(childDefinition.Key)
                : contentTypeService.Get(childAlias);
            if (child is null)
            {
                log.Failure($"document type '{definition.Alias}': the child type '{childAlias}' does not exist, so it was not allowed beneath it.");
                continue;
            }

            if (allowed.Any(s => s.Key == child.Key))
            {
                continue;
            }

            allowed.Add(new ContentTypeSort(child.Key, sortOrder++, child.Alias));
            changes.Add($"allowed '{child.Alias}' beneath it");
        }

        if (changes.Count > 0)
        {
            contentType.AllowedContentTypes = allowed;
            await SaveAsync(contentType, $"document type '{definition.Alias}'", changes).ConfigureAwait(false);
        }
    }

    private async Task<bool> SaveAsync(IContentType contentType, string what, IReadOnlyList<string> changes)
    {
        Attempt<ContentTypeOperationStatus> attempt =
            await contentTypeService.UpdateAsync(contentType, Constants.Security.SuperUserKey).ConfigureAwait(false);
        if (!attempt.Success)
        {
            log.Failure($"{what}: Umbraco refused to save it ({attempt.Result}); not {string.Join(", ", changes)}.");
            return false;
        }

        foreach (string change in changes)
        {
            log.Updated($"{what}: {change}");
        }

        return true;
    }
}
