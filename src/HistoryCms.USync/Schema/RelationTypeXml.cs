using System.Xml.Linq;
using HistoryCms.Core.ContentModel;

namespace HistoryCms.USync.Schema;

/// <summary>A relation type as uSync 14+ serialises it (<c>RelationTypes/&lt;SafeAlias of alias&gt;.config</c>, without its relations).</summary>
internal static class RelationTypeXml
{
    /// <summary>The relation type's element.</summary>
    /// <param name="relationType">The relation type.</param>
    /// <returns>The <c>RelationType</c> element.</returns>
    public static XElement Write(RelationTypeDefinition relationType) =>
        new("RelationType",
            new XAttribute("Key", Format.Key(relationType.Key)),
            new XAttribute("Alias", relationType.Alias),
            new XAttribute("Level", 0),
            new XElement("Info",
                new XElement("Name", relationType.Name),
                new XElement("ParentType", Format.Key(UmbracoObjectTypes.Of(relationType.Parent))),
                new XElement("ChildType", Format.Key(UmbracoObjectTypes.Of(relationType.Child))),
                new XElement("Bidirectional", Format.Bool(relationType.IsBidirectional)),
                new XElement("IsDependency", Format.Bool(relationType.IsDependency))));
}
