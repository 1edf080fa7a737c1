using HistoryCms.Core.ContentModel;

namespace HistoryCms.Umbraco.PropertyEditors;

/// <summary>Reads data type configuration from the content model, the one source of truth.</summary>
internal static class ModelConfiguration
{
    /// <summary>A fresh, mutable copy of the configuration the model gives a data type.</summary>
    /// <param name="dataTypeKey">Key of a data type in <see cref="HistoryContentModel.DataTypes"/>.</param>
    /// <returns>The configuration, keyed as the data type stores it.</returns>
    public static Dictionary<string, object> DefaultsOf(Guid dataTypeKey)
    {
        DataTypeDefinition definition = HistoryContentModel.FindDataType(dataTypeKey)
            ?? throw new ArgumentException($"The content model has no data type {dataTypeKey}.", nameof(dataTypeKey));
        return new Dictionary<string, object>(definition.Configuration, StringComparer.Ordinal);
    }
}
