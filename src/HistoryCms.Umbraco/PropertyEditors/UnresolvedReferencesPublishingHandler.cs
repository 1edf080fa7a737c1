using HistoryCms.Core;
using HistoryCms.Core.Citations;
using HistoryCms.Core.ProgramBlocks;
using HistoryCms.Core.Validation;
using HistoryCms.Umbraco.ContentLookup;
using HistoryCms.Umbraco.PropertyEditors.ProgramBlocks;
using Microsoft.Extensions.Logging;
using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Notifications;
using Umbraco.Cms.Core.Services;

namespace HistoryCms.Umbraco.PropertyEditors;

/// <summary>
/// Reports the references of an item being published that point at items that cannot be found (yet): a citation of a
/// document, a block's picked document, program or author. Outside an editor's own save (uSync's import, scheduled
/// publishing, code; see <see cref="ValidationOrigin"/>) they do not block publishing; this handler adds one warning per
/// reference to the notification's <see cref="EventMessages"/> (returned in the <c>PublishResult</c> and shown to a
/// backoffice user as a notification) and logs it. The item is delivered with the reference unresolved: a citation
/// without its document, a block without that pick, until the item exists.
/// </summary>
/// <param name="lookups">Umbraco's content (drafts included), where citations are checked.</param>
/// <param name="entities">Umbraco's entity service, where block picks are checked.</param>
/// <param name="kinds">The block kinds the site knows.</param>
/// <param name="logger">Where the warnings are logged.</param>
public sealed class UnresolvedReferencesPublishingHandler(
    UmbracoContentLookup lookups,
    IEntityService entities,
    ProgramBlockKindCollection kinds,
    ILogger<UnresolvedReferencesPublishingHandler> logger) : INotificationHandler<ContentPublishingNotification>
{
    /// <summary>The category of the messages it adds.</summary>
    public const string MessageCategory = "Unresolved references";

    /// <inheritdoc />
    public void Handle(ContentPublishingNotification notification)
    {
        ArgumentNullException.ThrowIfNull(notification);
        foreach (var content in notification.PublishedEntities)
        {
            foreach (var warning in Check(content))
            {
                logger.LogWarning("{Warning}", warning);
                notification.Messages.Add(new EventMessage(MessageCategory, warning, EventMessageType.Warning));
            }
        }
    }

    /// <summary>One warning per reference of <paramref name="content"/> to an item that cannot be found.</summary>
    /// <param name="content">The item being published.</param>
    /// <returns>The warnings, naming the item, the property and the reference.</returns>
    public IReadOnlyList<string> Check(IContentBase content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var warnings = new List<string>();
        foreach (var property in content.Properties)
        {
            foreach (var value in property.Values)
            {
                var missing = Missing(property.PropertyType.PropertyEditorAlias, value.EditedValue);
                var where = value.Culture is null ? property.PropertyType.Name : $"{property.PropertyType.Name} ({value.Culture})";
                warnings.AddRange(missing.Select(m =>
                    $"\"{content.Name}\" is published with an unresolved reference: {where}: {m.Message} It is delivered without it until item {m.MissingItem:D} exists."));
            }
        }

        return warnings;
    }

    private IEnumerable<ValidationMessage> Missing(string editorAlias, object? value)
    {
        var messages = editorAlias switch
        {
            HistoryAliases.Editors.DocumentCitations => new CitationValidator(lookups.Preview).Validate(value),
            HistoryAliases.Editors.ProgramBlocks => new ProgramBlockListValidator(kinds).Validate(
                value, HistoryCms.Core.ProgramBlocks.ProgramBlocksConfiguration.Default, new ProgramBlockValidationContext(new DocumentEntityLookup(entities))),
            _ => [],
        };
        return messages.Where(m => m.MissingItem is not null);
    }
}
