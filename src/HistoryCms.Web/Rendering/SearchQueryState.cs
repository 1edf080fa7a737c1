using System.Globalization;
using System.Text;
using HistoryCms.Core.Search;
using HistoryCms.Core.Validation;
using Microsoft.AspNetCore.Http;

namespace HistoryCms.Web.Rendering;

/// <summary>The search page's query string, read tolerantly, and the URLs of its variations (a filter added or removed, another page).</summary>
internal sealed class SearchQueryState
{
    private const int MaxValueLength = 500;

    private SearchQueryState(string path)
    {
        Path = path;
    }

    public string Path { get; }

    public string? Query { get; private init; }

    public string? From { get; private init; }

    public string? To { get; private init; }

    public ArchiveSearchSort Sort { get; private init; }

    public int Page { get; private init; } = 1;

    public IReadOnlyDictionary<string, IReadOnlyList<string>> Filters { get; private init; } = new Dictionary<string, IReadOnlyList<string>>();

    public string? Error { get; private init; }

    public static SearchQueryState Read(string path, IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        string? error = null;
        var filters = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var field in ArchiveSearchFields.Facets)
        {
            var values = query[field].Select(Clean).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
            if (values.Count > 0)
            {
                filters[field] = values;
            }
        }

        var sort = ArchiveSearchSort.Relevance;
        var sortText = Clean(query["sort"].FirstOrDefault());
        if (sortText is not null && !Enum.TryParse(sortText, ignoreCase: true, out sort))
        {
            error = $"The sort must be relevance, newest or oldest, not \"{QuotedText.Shorten(sortText, 40)}\".";
            sort = ArchiveSearchSort.Relevance;
        }

        var page = 1;
        var pageText = Clean(query["page"].FirstOrDefault());
        if (pageText is not null && (!int.TryParse(pageText, NumberStyles.None, CultureInfo.InvariantCulture, out page) || page < 1))
        {
            error = $"The page must be a whole number from 1, not \"{QuotedText.Shorten(pageText, 40)}\".";
            page = 1;
        }

        return new SearchQueryState(path)
        {
            Query = Clean(query["q"].FirstOrDefault()),
            From = Clean(query["from"].FirstOrDefault()),
            To = Clean(query["to"].FirstOrDefault()),
            Sort = sort,
            Page = page,
            Filters = filters,
            Error = error,
        };
    }

    public bool Has(string field, string value) => Filters.TryGetValue(field, out var values) && values.Contains(value, StringComparer.Ordinal);

    public string With(string field, string value) => Url(Toggle(field, value, add: true), page: 1);

    public string Without(string field, string value) => Url(Toggle(field, value, add: false), page: 1);

    public string ForPage(int page) => Url(Filters, page);

    private Dictionary<string, IReadOnlyList<string>> Toggle(string field, string value, bool add)
    {
        var copy = Filters.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        var values = copy.TryGetValue(field, out var existing) ? existing.Where(v => v != value).ToList() : [];
        if (add)
        {
            values.Add(value);
        }

        if (values.Count > 0)
        {
            copy[field] = values;
        }
        else
        {
            copy.Remove(field);
        }

        return copy;
    }

    private string Url(IReadOnlyDictionary<string, IReadOnlyList<string>> filters, int page)
    {
        var parts = new List<(string, string)>();
        if (Query is not null)
        {
            parts.Add(("q", Query));
        }

        foreach (var field in ArchiveSearchFields.Facets)
        {
            parts.AddRange(filters.TryGetValue(field, out var values) ? values.Select(v => (field, v)) : []);
        }

        parts.AddRange(new[] { ("from", From), ("to", To) }.Where(p => p.Item2 is not null).Select(p => (p.Item1, p.Item2!)));
        if (Sort != ArchiveSearchSort.Relevance)
        {
            parts.Add(("sort", Sort.ToString().ToLowerInvariant()));
        }

        if (page > 1)
        {
            parts.Add(("page", page.ToString(CultureInfo.InvariantCulture)));
        }

        var url = new StringBuilder(Path);
        for (var i = 0; i < parts.Count; i++)
        {
            url.Append(i == 0 ? '?' : '&').Append(Uri.EscapeDataString(parts[i].Item1)).Append('=').Append(Uri.EscapeDataString(parts[i].Item2));
        }

        return url.ToString();
    }

    private static string? Clean(string? value)
    {
        var cleaned = new string((value ?? string.Empty).Where(c => !char.IsControl(c)).ToArray()).Trim();
        return cleaned.Length == 0 ? null : cleaned.Length > MaxValueLength ? cleaned[..MaxValueLength] : cleaned;
    }

}
