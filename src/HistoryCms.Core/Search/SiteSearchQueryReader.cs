using System.Globalization;
using P = HistoryCms.Core.Search.SiteSearchParameters;

namespace HistoryCms.Core.Search;

/// <summary>
/// The one reader (and writer) of the search query string, used by the History API's <c>/search</c> and by the search
/// page alike. It only turns text into a request — a number, the sort order, the filters' values — and leaves every
/// rule on what a request may ask for to <see cref="SiteSearchRules"/>, which the search applies.
/// </summary>
public static class SiteSearchQueryReader
{
    /// <summary>Reads a query string into a request.</summary>
    /// <param name="values">The values of a query string parameter by name (none when it is absent).</param>
    /// <returns>The request.</returns>
    /// <exception cref="SearchQueryException">A single-valued parameter is repeated, or a number or the sort order cannot be read.</exception>
    public static SiteSearchRequest Read(Func<string, IReadOnlyList<string?>> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var filters = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var field in SiteSearchFields.Facets)
        {
            var given = values(field).Select(Clean).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
            if (given.Count > 0)
            {
                filters[field] = given;
            }
        }

        var facets = values(P.Facets)
            .SelectMany(f => (f ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToList();
        return new SiteSearchRequest
        {
            Query = Single(values, P.Query) is { } query && !string.IsNullOrWhiteSpace(query) ? query : null,
            Filters = filters,
            From = Clean(Single(values, P.From)),
            To = Clean(Single(values, P.To)),
            Sort = SiteSearchRules.ReadSort(Clean(Single(values, P.Sort))),
            Page = SiteSearchRules.ReadPage(Clean(Single(values, P.Page))),
            PageSize = SiteSearchRules.ReadPageSize(Clean(Single(values, P.PageSize))),
            Facets = facets.Count > 0 ? facets : null,
        };
    }

    /// <summary>The query string of a request, parameter by parameter in a fixed order, defaults left out: what <see cref="Read"/> reads back.</summary>
    /// <param name="request">The request.</param>
    /// <returns>Name and value pairs (unescaped).</returns>
    public static IReadOnlyList<KeyValuePair<string, string>> Write(SiteSearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var pairs = new List<KeyValuePair<string, string>>();
        void Add(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                pairs.Add(new(name, value));
            }
        }

        Add(P.Query, request.Query);
        foreach (var field in SiteSearchFields.Facets)
        {
            foreach (var value in request.Filters.TryGetValue(field, out var chosen) ? chosen : [])
            {
                Add(field, value);
            }
        }

        Add(P.From, request.From);
        Add(P.To, request.To);
        Add(P.Sort, request.Sort == SiteSearchSort.Relevance ? null : SiteSearchRules.SortName(request.Sort));
        Add(P.Page, request.Page == 1 ? null : request.Page.ToString(CultureInfo.InvariantCulture));
        Add(P.PageSize, request.PageSize == SiteSearchRules.DefaultPageSize ? null : request.PageSize.ToString(CultureInfo.InvariantCulture));
        Add(P.Facets, request.Facets is null ? null : string.Join(',', request.Facets));
        return pairs;
    }

    private static string? Single(Func<string, IReadOnlyList<string?>> values, string name)
    {
        var given = values(name);
        return given.Count switch
        {
            0 => null,
            1 => given[0],
            _ => throw new SearchQueryException(
                string.Create(CultureInfo.InvariantCulture, $"'{name}' takes one value; it was given {given.Count}."), name),
        };
    }

    // Control characters can never match a value (they are not indexed) and blank values ask for nothing.
    private static string? Clean(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var cleaned = value.Any(char.IsControl) ? new string([.. value.Where(c => !char.IsControl(c))]).Trim() : value.Trim();
        return cleaned.Length == 0 ? null : cleaned;
    }
}
