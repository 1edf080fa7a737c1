using HistoryCms.Core.ContentModel;
using Umbraco.Cms.Core;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Services;
using Umbraco.Cms.Core.Services.OperationStatus;

namespace HistoryCms.Umbraco.Schema;

/// <summary>
/// Gives each page type of the model a template (<see cref="HistoryTemplates"/>), allowed and default on the type.
/// A site's choices win: a document type that already has a default template is left as it is (no template is
/// created for it), and a template the site already has under that alias is used as it is, never rewritten.
/// </summary>
internal sealed class TemplateInstallStep(ITemplateService templateService, IContentTypeService contentTypeService, SchemaInstallLog log)
{
    /// <summary>Installs the templates of <paramref name="documentTypeAliases"/>.</summary>
    /// <param name="documentTypeAliases">The document types that get a template of the same alias.</param>
    /// <param name="cancellationToken">Stops between templates.</param>
    /// <returns>A task that completes when every template was handled.</returns>
    public async Task InstallAsync(IEnumerable<string> documentTypeAliases, CancellationToken cancellationToken)
    {
        foreach (string alias in documentTypeAliases)
        {
            cancellationToken.ThrowIfCancellationRequested();

            // A document type that is missing (or is a foreign type holding our alias) was reported by its own step.
            if (HistoryContentModel.FindContentType(alias) is not { } definition
                || contentTypeService.Get(definition.Key) is not { } contentType
                || contentType.DefaultTemplate is not null)
            {
                continue;
            }

            if (await FindOrCreateAsync(definition).ConfigureAwait(false) is { } template)
            {
                await MakeDefaultAsync(contentType, template).ConfigureAwait(false);
            }
        }
    }

    private async Task<ITemplate?> FindOrCreateAsync(ContentTypeDefinition definition)
    {
        if (await templateService.GetAsync(definition.Alias).ConfigureAwait(false) is { } existing)
        {
            return existing;
        }

        Attempt<ITemplate, TemplateOperationStatus> attempt = await templateService
            .CreateAsync(definition.Name, definition.Alias, HistoryTemplates.Content, Constants.Security.SuperUserKey)
            .ConfigureAwait(false);
        return log.Creation($"template '{definition.Alias}'", attempt.Success, attempt.Status) ? attempt.Result : null;
    }

    private async Task MakeDefaultAsync(IContentType contentType, ITemplate template)
    {
        string what = $"document type '{contentType.Alias}'";
        if (!contentType.IsAllowedTemplate(template.Alias))
        {
            contentType.AllowedTemplates = [.. contentType.AllowedTemplates ?? [], template];
        }

        contentType.SetDefaultTemplate(template);
        Attempt<ContentTypeOperationStatus> attempt =
            await contentTypeService.UpdateAsync(contentType, Constants.Security.SuperUserKey).ConfigureAwait(false);
        if (attempt.Success)
        {
            log.Updated($"{what}: template '{template.Alias}' allowed and made its default");
        }
        else
        {
            log.Failure($"{what}: Umbraco refused to save it ({attempt.Result}); template '{template.Alias}' is not its default.");
        }
    }
}
