using System.Xml.Linq;
using HistoryCms.Core.ContentModel;

namespace HistoryCms.USync.Schema;

/// <summary>A data type as uSync 14+ serialises it (<c>DataTypes/&lt;SafeAlias of name&gt;.config</c>).</summary>
internal static class DataTypeXml
{
    /// <summary>The data type's element.</summary>
    /// <param name="dataType">The data type.</param>
    /// <returns>The <c>DataType</c> element.</returns>
    public static XElement Write(DataTypeDefinition dataType) =>
        new("DataType",
            new XAttribute("Key", Format.Key(dataType.Key)),
            new XAttribute("Alias", dataType.Name),
            new XAttribute("Level", 1),
            new XElement("Info",
                new XElement("Name", dataType.Name),
                new XElement("EditorAlias", dataType.EditorAlias),
                new XElement("EditorUIAlias", dataType.EditorUiAlias)),
            new XElement("Config", new XCData(ConfigurationJson.Write(dataType.Configuration))));
}
