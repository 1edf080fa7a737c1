using HistoryCms.Core.ContentModel;
using Umbraco.Cms.Core;
using Umbraco.Cms.Core.Models;

namespace HistoryCms.Umbraco.Tests.TestSupport;

/// <summary>
/// Umbraco's real <see cref="ContentType"/> and <see cref="Content"/> objects shaped like the content model: every
/// document type with its own properties and its compositions (so a post carries <c>programs</c> through
/// <c>historyProgramAffiliation</c>, as in a site).
/// </summary>
internal static class ModelContent
{
    private static int _nextId = 5000;

    /// <summary>A content type built from the model's definition, compositions included.</summary>
    public static ContentType Type(string alias)
    {
        ContentTypeDefinition definition = HistoryContentModel.FindContentType(alias)
            ?? throw new ArgumentException($"The model has no document type '{alias}'.", nameof(alias));
        var contentType = new ContentType(UmbracoTestObjects.ShortStringHelper, -1)
        {
            Id = Interlocked.Increment(ref _nextId),
            Key = definition.Key,
            Alias = definition.Alias,
            Name = definition.Name,
        };
        foreach (PropertyDefinition property in definition.Properties)
        {
            string editor = HistoryContentModel.FindDataType(property.DataTypeKey)?.EditorAlias ?? "Umbraco.TextBox";
            contentType.AddPropertyType(
                new PropertyType(UmbracoTestObjects.ShortStringHelper, editor, ValueStorageType.Ntext, property.Alias) { Name = property.Name },
                "content",
                "Content");
        }

        foreach (string composition in definition.Compositions)
        {
            contentType.AddContentType(Type(composition));
        }

        return contentType;
    }

    /// <summary>A saved content item of the type, with an id and a key as the database gives them.</summary>
    public static Content Item(ContentType type, string name, int? id = null) =>
        new(name, -1, type) { Id = id ?? Interlocked.Increment(ref _nextId), Key = Guid.NewGuid() };

    /// <summary>Sets a picker value as the multi-node tree picker stores it (comma-separated UDIs) and publishes it.</summary>
    public static Content Picks(this Content item, string propertyAlias, params IContent[] picked)
    {
        item.SetValue(propertyAlias, string.Join(",", picked.Select(p => Udi.Create(Constants.UdiEntityType.Document, p.Key).ToString())));
        return item.Published();
    }

    /// <summary>Sets a raw stored value and publishes it.</summary>
    public static Content Stores(this Content item, string propertyAlias, string? raw)
    {
        item.SetValue(propertyAlias, raw);
        return item.Published();
    }

    /// <summary>Sets a value without publishing it (a saved draft).</summary>
    public static Content Drafts(this Content item, string propertyAlias, params IContent[] picked)
    {
        item.SetValue(propertyAlias, string.Join(",", picked.Select(p => Udi.Create(Constants.UdiEntityType.Document, p.Key).ToString())));
        return item;
    }

    /// <summary>Copies the edited values to the published ones, as publishing does.</summary>
    public static Content Published(this Content item)
    {
        foreach (IProperty property in item.Properties)
        {
            property.PublishValues();
        }

        item.Published = true;
        return item;
    }
}
