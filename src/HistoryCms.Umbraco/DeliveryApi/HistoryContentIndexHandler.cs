using System.Globalization;
using HistoryCms.Core.Delivery;
using Umbraco.Cms.Core.DeliveryApi;
using Umbraco.Cms.Core.Models;

namespace HistoryCms.Umbraco.DeliveryApi;

/// <summary>
/// Puts the fields behind the package's filters and sorts into Umbraco's Delivery API index, from the same Core
/// <see cref="HistoryIndexEntry"/> the delivery server evaluates. Rebuild the DeliveryApiContentIndex after installing.
/// </summary>
public sealed class HistoryContentIndexHandler : IContentIndexHandler
{
    /// <inheritdoc/>
    public IEnumerable<IndexFieldValue> GetFieldValues(IContent content, string? culture)
    {
        ArgumentNullException.ThrowIfNull(content);
        var entry = HistoryIndexEntry.For(content.ContentType.Alias, alias => RawValue(content, alias), content.CreateDate.ToUniversalTime());
        return [.. entry.ToIndexValues().Select(v => new IndexFieldValue { FieldName = v.FieldName, Values = v.Values })];
    }

    /// <inheritdoc/>
    public IEnumerable<IndexField> GetFields() =>
        [.. HistoryQueryFields.Filters.Select(f => new IndexField
        {
            FieldName = f.FieldName,
            FieldType = f.Kind == DeliveryFieldKind.Date ? FieldType.Date : FieldType.StringRaw,
            VariesByCulture = false,
        })];

    /// <summary>A property's stored value as the string uSync and the database hold (dates as <c>yyyy-MM-dd HH:mm:ss</c>).</summary>
    /// <param name="content">The content.</param>
    /// <param name="alias">The property alias.</param>
    /// <returns>The value, or <c>null</c>.</returns>
    public static string? RawValue(IContentBase content, string alias)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (!content.HasProperty(alias))
        {
            return null;
        }

        return content.GetValue(alias) switch
        {
            null => null,
            DateTime date => date.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            var value => value.ToString(),
        };
    }
}
