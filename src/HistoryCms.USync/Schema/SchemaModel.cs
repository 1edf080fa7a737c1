using HistoryCms.Core.ContentModel;

namespace HistoryCms.USync.Schema;

/// <summary>The parts of a content model the schema files are written from, with look-ups by alias and key.</summary>
/// <param name="DataTypes">The data types.</param>
/// <param name="ContentTypes">The document types and compositions.</param>
/// <param name="RelationTypes">The relation types.</param>
/// <param name="ListViewDataType">The collection (list view) data type that list-view document types name.</param>
public sealed record SchemaModel(
    IReadOnlyList<DataTypeDefinition> DataTypes,
    IReadOnlyList<ContentTypeDefinition> ContentTypes,
    IReadOnlyList<RelationTypeDefinition> RelationTypes,
    Guid ListViewDataType)
{
    /// <summary>The package's own model (<see cref="HistoryContentModel"/>).</summary>
    public static SchemaModel History { get; } = new(
        HistoryContentModel.DataTypes,
        HistoryContentModel.ContentTypes,
        HistoryContentModel.RelationTypes,
        HistoryContentModel.DataTypeKeys.Collection);

    /// <summary>The document type with this alias.</summary>
    /// <param name="alias">The alias.</param>
    /// <returns>The definition.</returns>
    /// <exception cref="InvalidOperationException">The model has no such type.</exception>
    public ContentTypeDefinition ContentType(string alias) =>
        ContentTypes.FirstOrDefault(t => string.Equals(t.Alias, alias, StringComparison.Ordinal))
        ?? throw new InvalidOperationException($"The content model refers to a document type \"{alias}\" it does not define.");

    /// <summary>The data type with this key.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The definition.</returns>
    /// <exception cref="InvalidOperationException">The model has no such data type.</exception>
    public DataTypeDefinition DataType(Guid key) =>
        DataTypes.FirstOrDefault(d => d.Key == key)
        ?? throw new InvalidOperationException($"The content model refers to a data type {key} it does not define.");
}
