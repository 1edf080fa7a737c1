using System.Text.Json;
using HistoryCms.Server.Snapshot;

namespace HistoryCms.Server.Delivery;

/// <summary>Writes one property editor's value the way Umbraco's Delivery API serializes it. One sealed class per editor.</summary>
public interface IDeliveryPropertyWriter
{
    /// <summary>Whether this writer handles the editor.</summary>
    /// <param name="editorAlias">The property editor alias.</param>
    /// <returns><c>true</c> when it does.</returns>
    bool CanWrite(string editorAlias);

    /// <summary>Writes the value (one JSON value: null, string, array or object).</summary>
    /// <param name="writer">The JSON writer, positioned after the property name.</param>
    /// <param name="context">The value and where it lives.</param>
    void Write(Utf8JsonWriter writer, PropertyWriteContext context);
}

/// <summary>What a property writer needs.</summary>
/// <param name="Raw">The raw stored value, or <c>null</c> when absent or blank.</param>
/// <param name="Plan">The property and its data type.</param>
/// <param name="Node">The item holding it.</param>
/// <param name="Snapshot">The snapshot being served.</param>
/// <param name="Expand">For pickers: the expansion of the picked items (<c>null</c> when not expanded).</param>
/// <param name="Fields">For pickers: which properties of expanded items to output (<c>null</c> for all).</param>
/// <param name="Content">Writes picked items in the Delivery API's content shape.</param>
public sealed record PropertyWriteContext(
    string? Raw,
    PropertyPlan Plan,
    ContentNode Node,
    ContentSnapshot Snapshot,
    PropertySelection? Expand,
    PropertySelection? Fields,
    DeliveryJsonWriter Content);
