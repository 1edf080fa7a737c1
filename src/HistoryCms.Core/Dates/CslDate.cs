using System.Text.Json.Nodes;

namespace HistoryCms.Core.Dates;

/// <summary>
/// A date in CSL-JSON form: <c>{"date-parts": [[1960, 7, 23]]}</c>; a range has two parts
/// (<c>[[1945], [1946]]</c>, a decade is the range of its years); an approximate date adds <c>"circa": true</c>.
/// </summary>
/// <param name="DateParts">One part for a single date, two for a range; each part is [year], [year, month] or [year, month, day].</param>
/// <param name="Circa">Whether the date is approximate.</param>
public sealed record CslDate(IReadOnlyList<IReadOnlyList<int>> DateParts, bool Circa)
{
    /// <summary>The CSL date of a partial date, or <c>null</c> when it is undated (CSL omits the field).</summary>
    /// <param name="date">The date.</param>
    /// <returns>The CSL date, or <c>null</c>.</returns>
    public static CslDate? From(PartialDate? date)
    {
        if (date?.From is not { } from)
        {
            return null;
        }

        var end = date.To ?? (from.Precision == DatePrecision.Decade ? from : (DatePoint?)null);
        IReadOnlyList<IReadOnlyList<int>> parts = end is { } to
            ? [from.ToDateParts(), to.Precision == DatePrecision.Decade ? [to.Last.Year] : to.ToDateParts()]
            : [from.ToDateParts()];
        return new CslDate(parts, date.IsApproximate);
    }

    /// <summary>The CSL-JSON object, e.g. <c>{"date-parts":[[1950]],"circa":true}</c>.</summary>
    /// <returns>A new JSON object.</returns>
    public JsonObject ToJson()
    {
        var parts = new JsonArray();
        foreach (var part in DateParts)
        {
            parts.Add(new JsonArray([.. part.Select(p => (JsonNode)p)]));
        }

        var json = new JsonObject { ["date-parts"] = parts };
        if (Circa)
        {
            json["circa"] = true;
        }

        return json;
    }
}
