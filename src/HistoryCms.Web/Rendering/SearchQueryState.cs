using System.Text;
using HistoryCms.Core.Search;
using Microsoft.AspNetCore.Http;

namespace HistoryCms.Web.Rendering;

/// <summary>
/// The search page's query string, read by <see cref="SiteSearchQueryReader"/> (the reader the History API's
/// <c>/search</c> uses, with the same rules), and the URLs of its variations (a filter added or removed, another page),
/// written by the same reader.
/// </summary>
internal sealed class SearchQueryState
{
    private SearchQueryState(string path, SiteSearchRequest request, string? error)
    {
        Path = path;
        Request = request;
        Error = error;
    }

    public string Path { get; }

    /// <summary>The search as asked; an empty one when the query string cannot be read.</summary>
    public SiteSearchRequest Request { get; }

    /// <summary>Why the query string cannot be read (the page answers 400 with it), or <c>null</c>.</summary>
    public string? Error { get; }

    public IReadOnlyDictionary<string, IReadOnlyList<string>> Filters => Request.Filters;

    public static SearchQueryState Read(string path, IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        try
        {
            return new SearchQueryState(path, SiteSearchQueryReader.Read(name => query[name]), null);
        }
        catch (SearchQueryException error)
        {
            return new SearchQueryState(path, new SiteSearchRequest(), error.Message);
        }
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
        var url = new StringBuilder(Path);
        var separator = '?';
        foreach (var (name, value) in SiteSearchQueryReader.Write(Request with { Filters = filters, Page = page }))
        {
            url.Append(separator).Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(value));
            separator = '&';
        }

        return url.ToString();
    }
}
