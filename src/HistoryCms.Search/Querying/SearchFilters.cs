using System.Globalization;
using HistoryCms.Core.Search;
using HistoryCms.Core.Validation;
using HistoryCms.Search.Facets;
using HistoryCms.Search.Indexing;
using Lucene.Net.Search;

namespace HistoryCms.Search.Querying;

/// <summary>
/// Turns a request's field filters and date range into an <see cref="ArchiveFilter"/>: any value within a field,
/// every field, and a date range that keeps items whose (partial) date overlaps it. Fields whose facet is counted are
/// left to <see cref="Facets.DrillSidewaysCollector"/>. Rejects unknown fields and unusable values.
/// </summary>
internal static class SearchFilters
{
    private const int MaxValuesPerField = 20;
    private const int MaxValueLength = 200;

    /// <summary>The filters of a request, split for drill-sideways facets.</summary>
    /// <param name="request">The request.</param>
    /// <param name="countedFacets">The facets the response counts: a filtered field among them is checked while
    /// counting (so its facet still counts the values not chosen), not by the Lucene filter.</param>
    /// <returns>The Lucene filter (the date range and the other fields; <c>null</c> when none) and the fields left to the counting.</returns>
    /// <exception cref="SearchQueryException">A filter or date cannot be used as given.</exception>
    public static (Filter? Filter, IReadOnlyList<(string Field, HashSet<string> Values)> Sideways) Build(ArchiveSearchRequest request, IReadOnlyCollection<string> countedFacets)
    {
        ArgumentNullException.ThrowIfNull(countedFacets);
        var fields = new List<(string Field, HashSet<string> Values)>();
        foreach (var (field, values) in request.Filters)
        {
            if (!ArchiveSearchFields.Facets.Contains(field, StringComparer.Ordinal))
            {
                throw new SearchQueryException(
                    $"There is no filter '{field}'. Filter by {string.Join(", ", ArchiveSearchFields.Facets)}.", field);
            }

            var wanted = values.Where(v => !string.IsNullOrWhiteSpace(v)).ToList();
            if (wanted.Count > MaxValuesPerField || wanted.Any(v => v.Length > MaxValueLength))
            {
                throw new SearchQueryException(
                    $"The filter '{field}' takes at most {MaxValuesPerField} values of at most {MaxValueLength} characters each.", field);
            }

            if (wanted.Count > 0)
            {
                fields.Add((field, wanted.Select(SegmentOrdinals.FilterKey).ToHashSet(StringComparer.Ordinal)));
            }
        }

        var from = request.From is null ? (int?)null : DayNumber(request.From, end: false, "from");
        var to = request.To is null ? (int?)null : DayNumber(request.To, end: true, "to");
        if (from > to)
        {
            throw new SearchQueryException($"'from' ({request.From}) is after 'to' ({request.To}): swap them.", "from");
        }

        var sideways = fields.Where(f => countedFacets.Contains(f.Field)).ToList();
        var filtered = fields.Except(sideways).ToList();
        return (filtered.Count == 0 && from is null && to is null ? null : new ArchiveFilter(filtered, from, to), sideways);
    }

    /// <summary>Reads a partial date bound: <c>1945</c>, <c>1945-05</c> or <c>1945-05-09</c>.</summary>
    /// <param name="text">The bound as given.</param>
    /// <param name="end">Whether it ends a range (then it means the last day of the year or month).</param>
    /// <param name="parameter">The request parameter, for the message.</param>
    /// <returns>The day as a <c>yyyyMMdd</c> number.</returns>
    public static int DayNumber(string text, bool end, string parameter)
    {
        var parts = text.Trim().Split('-');
        if (parts.Length is < 1 or > 3 || parts.Any(p => p.Length == 0 || !p.All(char.IsAsciiDigit))
            || parts[0].Length != 4 || parts.Skip(1).Any(p => p.Length != 2))
        {
            throw new SearchQueryException(
                $"'{parameter}' must be a year (1945), a month (1945-05) or a day (1945-05-09); '{QuotedText.Shorten(text, 40)}' is none of these.", parameter);
        }

        var year = int.Parse(parts[0], CultureInfo.InvariantCulture);
        var month = parts.Length > 1 ? int.Parse(parts[1], CultureInfo.InvariantCulture) : end ? 12 : 1;
        if (year < 1 || month is < 1 or > 12)
        {
            throw new SearchQueryException($"'{parameter}' has no such month: '{QuotedText.Shorten(text, 40)}'.", parameter);
        }

        var lastDay = DateTime.DaysInMonth(year, month);
        var day = parts.Length > 2 ? int.Parse(parts[2], CultureInfo.InvariantCulture) : end ? lastDay : 1;
        if (day < 1 || day > lastDay)
        {
            throw new SearchQueryException($"'{parameter}' has no such day: '{QuotedText.Shorten(text, 40)}'.", parameter);
        }

        return IndexedDocument.DayNumber(new DateOnly(year, month, day));
    }

}
