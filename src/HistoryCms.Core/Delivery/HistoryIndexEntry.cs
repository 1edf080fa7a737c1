using System.Globalization;
using HistoryCms.Core.Citations;
using HistoryCms.Core.Dates;
using P = HistoryCms.Core.HistoryAliases.Properties;
using T = HistoryCms.Core.HistoryAliases.ContentTypes;

namespace HistoryCms.Core.Delivery;

/// <summary>
/// What the package's filters and sorts know about one item, read from its raw stored values. The delivery server keeps one per
/// item of its snapshot; in a site, the Umbraco adapter's index handler turns it into index fields (<see cref="ToIndexValues"/>).
/// </summary>
/// <param name="AuthorIds">A post's authors.</param>
/// <param name="ProgramIds">The programs or projects the item belongs to.</param>
/// <param name="CitedDocumentIds">The archival documents a post cites.</param>
/// <param name="DocumentDate">The earliest day an archival document's date can denote; <c>null</c> when undated.</param>
/// <param name="PublishDate">A post's publish date, or its creation date when none is set; <c>null</c> for other types.</param>
public sealed record HistoryIndexEntry(
    IReadOnlyList<Guid> AuthorIds,
    IReadOnlyList<Guid> ProgramIds,
    IReadOnlyList<Guid> CitedDocumentIds,
    DateTime? DocumentDate,
    DateTime? PublishDate)
{
    /// <summary>An item the package's filters know nothing about.</summary>
    public static HistoryIndexEntry Empty { get; } = new([], [], [], null, null);

    /// <summary>Reads the entry of an item.</summary>
    /// <param name="contentType">The item's document type alias.</param>
    /// <param name="rawValue">Its raw stored value by property alias (<c>null</c> when absent).</param>
    /// <param name="createDate">When it was created (the fallback publish date of a post).</param>
    /// <returns>The entry.</returns>
    public static HistoryIndexEntry For(string contentType, Func<string, string?> rawValue, DateTime createDate)
    {
        ArgumentNullException.ThrowIfNull(rawValue);
        return contentType switch
        {
            T.BlogPost => new HistoryIndexEntry(
                ContentUdi.ParseDocuments(rawValue(P.Authors)),
                ContentUdi.ParseDocuments(rawValue(P.Programs)),
                CitedDocuments(rawValue(P.Citations)),
                null,
                PublishDateOf(rawValue, createDate)),
            T.ArchivalDocument => new HistoryIndexEntry(
                [],
                ContentUdi.ParseDocuments(rawValue(P.Programs)),
                [],
                DocumentDateOf(rawValue),
                null),
            _ => Empty,
        };
    }

    /// <summary>A post's publish date alone (what the whole entry would hold), without reading its other values.</summary>
    /// <param name="rawValue">The post's raw stored value by property alias.</param>
    /// <param name="createDate">When it was created (the fallback).</param>
    /// <returns>The publish date, or the creation date when none is set.</returns>
    public static DateTime PublishDateOf(Func<string, string?> rawValue, DateTime createDate)
    {
        ArgumentNullException.ThrowIfNull(rawValue);
        return StoredDate(rawValue(P.PublishDate)) ?? DateTime.SpecifyKind(createDate, DateTimeKind.Utc);
    }

    /// <summary>An archival document's earliest date alone (what the whole entry would hold), without reading its other values.</summary>
    /// <param name="rawValue">The document's raw stored value by property alias.</param>
    /// <returns>The earliest day its date can denote; <c>null</c> when undated.</returns>
    public static DateTime? DocumentDateOf(Func<string, string?> rawValue)
    {
        ArgumentNullException.ThrowIfNull(rawValue);
        return DocumentDateStart(rawValue(P.DocumentDate));
    }

    /// <summary>The entry as index field values (only fields that have values).</summary>
    /// <returns>The values.</returns>
    public IEnumerable<DeliveryIndexValue> ToIndexValues()
    {
        if (AuthorIds.Count > 0)
        {
            yield return Keys(HistoryQueryFields.AuthorIds, AuthorIds);
        }

        if (ProgramIds.Count > 0)
        {
            yield return Keys(HistoryQueryFields.ProgramIds, ProgramIds);
        }

        if (CitedDocumentIds.Count > 0)
        {
            yield return Keys(HistoryQueryFields.CitedDocumentIds, CitedDocumentIds);
        }

        if (DocumentDate is { } documentDate)
        {
            yield return new DeliveryIndexValue(HistoryQueryFields.DocumentDate, DeliveryFieldKind.Date, [documentDate]);
        }

        if (PublishDate is { } publishDate)
        {
            yield return new DeliveryIndexValue(HistoryQueryFields.PublishDate, DeliveryFieldKind.Date, [publishDate]);
        }
    }

    /// <summary>The keys held by a key field of this entry.</summary>
    /// <param name="fieldName">One of the key fields of <see cref="HistoryQueryFields"/>.</param>
    /// <returns>The keys; empty for other fields.</returns>
    public IReadOnlyList<Guid> KeysOf(string fieldName) => fieldName switch
    {
        HistoryQueryFields.AuthorIds => AuthorIds,
        HistoryQueryFields.ProgramIds => ProgramIds,
        HistoryQueryFields.CitedDocumentIds => CitedDocumentIds,
        _ => [],
    };

    /// <summary>The date held by a date field of this entry.</summary>
    /// <param name="fieldName">One of the date fields of <see cref="HistoryQueryFields"/>.</param>
    /// <returns>The date, or <c>null</c>.</returns>
    public DateTime? DateOf(string fieldName) => fieldName switch
    {
        HistoryQueryFields.DocumentDate => DocumentDate,
        HistoryQueryFields.PublishDate => PublishDate,
        _ => null,
    };

    /// <summary>Reads a stored date value (<c>yyyy-MM-dd HH:mm:ss</c>, or ISO 8601) as UTC.</summary>
    /// <param name="raw">The stored value.</param>
    /// <returns>The date, or <c>null</c> when blank or unreadable.</returns>
    public static DateTime? StoredDate(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        return DateTime.TryParse(raw, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var date)
            ? date
            : null;
    }

    private static DeliveryIndexValue Keys(string field, IReadOnlyList<Guid> keys) =>
        new(field, DeliveryFieldKind.Keys, [.. keys.Select(k => (object)k.ToString("D"))]);

    // The Document Citations reader every other part of the package uses: a bare array, a double-encoded string, any
    // property-name case, document keys as GUIDs or UDIs; unreadable values and items without a document key give nothing.
    private static IReadOnlyList<Guid> CitedDocuments(string? raw) =>
        string.IsNullOrWhiteSpace(raw) ? [] : CitationJson.Read(raw).List.CitedDocumentKeys;

    // The first day the document's date can denote, read as every other part of the package reads it (EDTF or printed: "195X",
    // "c. 1950", "July 23, 1960"); a stored date-time ("1947-10-17 00:00:00") is read as that day.
    private static DateTime? DocumentDateStart(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        if (PartialDate.TryParse(raw, out var date))
        {
            return date.Start is { } start ? start.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) : null;
        }

        return StoredDate(raw) is { } stored ? stored.Date : null;
    }
}
