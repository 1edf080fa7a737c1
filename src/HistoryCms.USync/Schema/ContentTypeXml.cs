using System.Xml.Linq;
using HistoryCms.Core.ContentModel;

namespace HistoryCms.USync.Schema;

/// <summary>A document type (or composition) as uSync 14+ serialises it (<c>ContentTypes/&lt;lower-case alias&gt;.config</c>).</summary>
internal static class ContentTypeXml
{
    private const string DefaultThumbnail = "folder.png";
    private const string Invariant = "Nothing";

    /// <summary>The document type's element.</summary>
    /// <param name="type">The document type.</param>
    /// <param name="model">Finds the compositions, allowed children and data types it refers to.</param>
    /// <returns>The <c>ContentType</c> element.</returns>
    public static XElement Write(ContentTypeDefinition type, SchemaModel model) =>
        new("ContentType",
            new XAttribute("Key", Format.Key(type.Key)),
            new XAttribute("Alias", type.Alias),
            new XAttribute("Level", 1),
            Info(type, model),
            Structure(type, model),
            Properties(type, model),
            Tabs(type));

    private static XElement Info(ContentTypeDefinition type, SchemaModel model) =>
        new("Info",
            new XElement("Name", type.Name),
            new XElement("Icon", type.Icon),
            new XElement("Thumbnail", DefaultThumbnail),
            new XElement("Description", type.Description),
            new XElement("AllowAtRoot", Format.PascalBool(type.AllowedAtRoot)),
            new XElement("ListView", Format.Key(type.IsListView ? model.ListViewDataType : Guid.Empty)),
            new XElement("Variations", Invariant),
            new XElement("IsElement", Format.Bool(false)),
            new XElement("HistoryCleanup",
                new XElement("PreventCleanup", Format.PascalBool(false)),
                new XElement("KeepAllVersionsNewerThanDays", string.Empty),
                new XElement("KeepLatestVersionPerDayForDays", string.Empty)),
            new XElement("Compositions",
                Format.ByAlias(type.Compositions.Select(model.ContentType), c => c.Alias)
                    .Select(c => new XElement("Composition", new XAttribute("Key", Format.Key(c.Key)), c.Alias))),
            new XElement("DefaultTemplate", string.Empty),
            new XElement("AllowedTemplates"));

    private static XElement Structure(ContentTypeDefinition type, SchemaModel model) =>
        new("Structure",
            type.AllowedChildren.Select((alias, index) => new XElement("ContentType",
                new XAttribute("Key", Format.Key(model.ContentType(alias).Key)),
                new XAttribute("SortOrder", index),
                alias)));

    private static XElement Properties(ContentTypeDefinition type, SchemaModel model) =>
        new("GenericProperties",
            Format.ByAlias(type.Properties, p => p.Alias).Select(property =>
            {
                var dataType = model.DataType(property.DataTypeKey);
                var container = type.Containers.Single(c => c.Alias == property.ContainerAlias);
                return new XElement("GenericProperty",
                    new XElement("Key", Format.Key(property.Key)),
                    new XElement("Name", property.Name),
                    new XElement("Alias", property.Alias),
                    new XElement("Definition", Format.Key(dataType.Key)),
                    new XElement("Type", dataType.EditorAlias),
                    new XElement("Mandatory", Format.Bool(property.Mandatory)),
                    new XElement("Validation", property.ValidationRegex ?? string.Empty),
                    new XElement("Description", new XCData(property.Description ?? string.Empty)),
                    new XElement("SortOrder", property.SortOrder),
                    new XElement("Tab", new XAttribute("Alias", container.Alias), container.Name),
                    new XElement("Variations", Invariant),
                    new XElement("MandatoryMessage", property.MandatoryMessage ?? string.Empty),
                    new XElement("ValidationRegExpMessage", property.ValidationRegexMessage ?? string.Empty),
                    new XElement("LabelOnTop", Format.Bool(false)));
            }));

    private static XElement Tabs(ContentTypeDefinition type) =>
        new("Tabs",
            type.Containers.OrderBy(c => c.Key).Select(c => new XElement("Tab",
                new XElement("Key", Format.Key(c.Key)),
                new XElement("Caption", c.Name),
                new XElement("Alias", c.Alias),
                new XElement("Type", c.Kind == ContainerKind.Tab ? "Tab" : "Group"),
                new XElement("SortOrder", c.SortOrder))));
}
