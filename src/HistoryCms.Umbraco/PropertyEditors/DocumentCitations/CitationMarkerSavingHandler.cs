using HistoryCms.Core;
using HistoryCms.Core.Citations;
using HistoryCms.Core.Content;
using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Notifications;

namespace HistoryCms.Umbraco.PropertyEditors.DocumentCitations;

/// <summary>
/// Cancels saving a post whose body holds a citation marker that points at no citation of the post, naming the
/// marker. One property's validator cannot see this: the marker is in the rich-text body, the citations in the
/// Document Citations property. Every rich-text property of an item that also has a Document Citations property is
/// checked against that property's citations (of the same culture, or the invariant ones).
/// </summary>
public sealed class CitationMarkerSavingHandler : INotificationHandler<ContentSavingNotification>
{
    private const string RichTextEditorAlias = "Umbraco.RichText";

    /// <summary>The category of the messages it adds.</summary>
    public const string MessageCategory = "Citations";

    /// <inheritdoc />
    public void Handle(ContentSavingNotification notification)
    {
        ArgumentNullException.ThrowIfNull(notification);
        foreach (var content in notification.SavedEntities)
        {
            foreach (var message in Check(content))
            {
                notification.CancelOperation(new EventMessage(MessageCategory, message, EventMessageType.Error));
            }
        }
    }

    /// <summary>The messages for one item: one per dangling marker, naming the item, the body property and the marker.</summary>
    /// <param name="content">The item being saved.</param>
    /// <returns>The messages; empty when every marker has its citation.</returns>
    public static IReadOnlyList<string> Check(IContentBase content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var citations = content.Properties.Where(p => p.PropertyType.PropertyEditorAlias == HistoryAliases.Editors.DocumentCitations).ToList();
        if (citations.Count == 0)
        {
            return [];
        }

        var messages = new List<string>();
        foreach (var body in content.Properties.Where(p => p.PropertyType.PropertyEditorAlias == RichTextEditorAlias))
        {
            foreach (var value in body.Values)
            {
                var html = RichTextMarkup.Of(value.EditedValue);
                if (string.IsNullOrEmpty(html) || !html.Contains("data-citation", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                var list = CitationsFor(citations, value.Culture, value.Segment);
                foreach (var marker in CitationMarkerCheck.FindDangling(list, html))
                {
                    var where = value.Culture is null ? body.PropertyType.Name : $"{body.PropertyType.Name} ({value.Culture})";
                    messages.Add($"\"{content.Name}\" cannot be saved: {where}: {CitationMarkerCheck.Describe(marker)}");
                }
            }
        }

        return messages;
    }

    private static CitationList CitationsFor(List<IProperty> properties, string? culture, string? segment)
    {
        var items = new List<Citation>();
        foreach (var property in properties)
        {
            var value = property.Values.FirstOrDefault(v => v.Culture == culture && v.Segment == segment)
                ?? property.Values.FirstOrDefault(v => v.Culture is null && v.Segment is null);
            var read = CitationJson.Read(value?.EditedValue);
            items.AddRange(read.List.Items);
        }

        return new CitationList(items);
    }
}
