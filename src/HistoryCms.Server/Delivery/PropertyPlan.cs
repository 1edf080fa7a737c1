using System.Collections.Frozen;
using HistoryCms.Core.ContentModel;

namespace HistoryCms.Server.Delivery;

/// <summary>One property the Delivery API outputs for a document type: its alias and the data type that says how to write it.</summary>
/// <param name="Alias">The property alias.</param>
/// <param name="EditorAlias">The property editor alias, e.g. <c>Umbraco.MultiNodeTreePicker</c>.</param>
/// <param name="DataType">The data type, when the content model has it.</param>
public sealed record PropertyPlan(string Alias, string EditorAlias, DataTypeDefinition? DataType)
{
    /// <summary>The editor alias used for a property the content model does not know: written as its raw string.</summary>
    public const string RawEditor = "HistoryCms.Raw";

    private static readonly FrozenDictionary<string, PropertyPlan[]> Plans = HistoryContentModel.ContentTypes
        .Where(t => !t.IsComposition)
        .ToFrozenDictionary(
            t => t.Alias,
            t => HistoryContentModel.AllProperties(t)
                .Select(p => HistoryContentModel.FindDataType(p.DataTypeKey) is { } d ? new PropertyPlan(p.Alias, d.EditorAlias, d) : new PropertyPlan(p.Alias, RawEditor, null))
                .ToArray(),
            StringComparer.Ordinal);

    /// <summary>The properties of a document type, in the content model's order; for an unknown type, the aliases its item stores.</summary>
    /// <param name="contentType">The document type alias.</param>
    /// <param name="storedAliases">The aliases the item stores (used for unknown types).</param>
    /// <returns>The plans.</returns>
    public static IReadOnlyList<PropertyPlan> For(string contentType, IEnumerable<string> storedAliases) =>
        Plans.TryGetValue(contentType, out var plans) ? plans : [.. storedAliases.Select(a => new PropertyPlan(a, RawEditor, null))];

    /// <summary>A boolean setting of the data type's configuration.</summary>
    /// <param name="key">The configuration key.</param>
    /// <returns>The setting, or <c>false</c> when absent.</returns>
    public bool Flag(string key) => DataType?.Configuration.TryGetValue(key, out var value) == true && value is true;
}
