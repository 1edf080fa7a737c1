using System.Globalization;
using HistoryCms.Core.Delivery;
using Umbraco.Cms.Core.DeliveryApi;
using Umbraco.Cms.Core.Models;
using Umbraco.Extensions;

namespace HistoryCms.Umbraco.DeliveryApi;

/// <summary>
/// Puts the fields behind the package's filters and sorts into Umbraco's Delivery API index, from the same Core
/// <see cref="HistoryIndexEntry"/> the delivery server evaluates. Rebuild the DeliveryApiContentIndex after installing.
/// </summary>
/// <remarks>
/// Umbraco indexes on every save, draft saves included, and asks once per available culture
/// (src/Umbraco.Infrastructure/Examine/Deferred/DeliveryApiContentIndexHandleContentChanges.cs,
/// DeliveryApiContentIndexValueSetBuilder.cs): a culture that is published is served to visitors, so its fields are read
/// from the published values; a culture never published (served only in preview) is read from the draft.
/// </remarks>
public sealed class HistoryContentIndexHandler : IContentIndexHandler
{
    /// <inheritdoc/>
    public IEnumerable<IndexFieldValue> GetFieldValues(IContent content, string? culture)
    {
        ArgumentNullException.ThrowIfNull(content);
        var published = IsPublished(content, culture);
        var entry = HistoryIndexEntry.For(content.ContentType.Alias, alias => RawValue(content, alias, culture, published), content.CreateDate.ToUniversalTime());
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

    /// <summary>
    /// Whether Umbraco serves this culture of the content to visitors: the content is published and, for a culture-variant
    /// type, so is the culture (as <c>PublishedCultures</c> in DeliveryApiContentIndexValueSetBuilder.cs decides).
    /// </summary>
    /// <param name="content">The content.</param>
    /// <param name="culture">The culture Umbraco indexes (<c>null</c> for invariant content).</param>
    /// <returns><c>true</c> when published.</returns>
    public static bool IsPublished(IContent content, string? culture)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (!content.Published)
        {
            return false;
        }

        return culture is null || !content.ContentType.VariesByCulture() || content.IsCulturePublished(culture);
    }

    /// <summary>A property's stored value as the string uSync and the database hold (dates as <c>yyyy-MM-dd HH:mm:ss</c>).</summary>
    /// <param name="content">The content.</param>
    /// <param name="alias">The property alias.</param>
    /// <param name="culture">The culture asked for (an invariant property ignores it).</param>
    /// <param name="published">Whether to read the published value rather than the draft.</param>
    /// <returns>The value, or <c>null</c>.</returns>
    public static string? RawValue(IContentBase content, string alias, string? culture, bool published)
    {
        ArgumentNullException.ThrowIfNull(content);
        var property = content.Properties.TryGetValue(alias, out var found) ? found : null;
        if (property is null)
        {
            return null;
        }

        var valueCulture = property.PropertyType.VariesByCulture() ? culture : null;
        return property.GetValue(valueCulture, null, published) switch
        {
            null => null,
            DateTime date => date.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            var value => value.ToString(),
        };
    }
}
