using System.Globalization;
using HistoryCms.Core.Validation;
using F = HistoryCms.Core.Search.SiteSearchFields;
using P = HistoryCms.Core.Search.SiteSearchParameters;

namespace HistoryCms.Core.Search;

/// <summary>
/// Every rule on what a search request may ask for, and its message, in one place: the query string reader turns text
/// into a request with <see cref="ReadSort"/>, <see cref="ReadPage"/> and <see cref="ReadPageSize"/>; the search checks
/// the whole request with <see cref="Validate"/> (whoever built it). Each message names what is accepted — exactly what
/// is accepted — and the parameter at fault (<see cref="SearchQueryException.Parameter"/>).
/// </summary>
public static class SiteSearchRules
{
    /// <summary>The longest query text accepted, in characters.</summary>
    public const int MaxQueryLength = 1000;

    /// <summary>The most values one filter may be given.</summary>
    public const int MaxValuesPerFilter = 20;

    /// <summary>The longest filter value accepted, in characters.</summary>
    public const int MaxValueLength = 200;

    /// <summary>Results per page when the request does not say.</summary>
    public const int DefaultPageSize = 20;

    private static readonly string[] SortNames = ["relevance", "newest", "oldest"];

    /// <summary>The document types of the package's content, accepted by the <c>type</c> filter whatever the index holds.</summary>
    public static IReadOnlyList<string> PackageTypes { get; } =
    [
        HistoryAliases.ContentTypes.BlogPost,
        HistoryAliases.ContentTypes.ArchivalDocument,
        HistoryAliases.ContentTypes.Author,
        HistoryAliases.ContentTypes.Program,
    ];

    /// <summary>Reads the sort order: <c>relevance</c> (also when blank), <c>newest</c> or <c>oldest</c>, in any case.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The order.</returns>
    /// <exception cref="SearchQueryException">The text is none of these.</exception>
    public static SiteSearchSort ReadSort(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return SiteSearchSort.Relevance;
        }

        var index = Array.FindIndex(SortNames, n => n.Equals(text.Trim(), StringComparison.OrdinalIgnoreCase));
        return index >= 0
            ? (SiteSearchSort)index
            : throw new SearchQueryException($"'{P.Sort}' must be relevance, newest or oldest; '{QuotedText.Shorten(text, 40)}' is none of these.", P.Sort);
    }

    /// <summary>The name of a sort order in the query string.</summary>
    /// <param name="sort">The order.</param>
    /// <returns><c>relevance</c>, <c>newest</c> or <c>oldest</c>.</returns>
    public static string SortName(SiteSearchSort sort) => SortNames[(int)sort];

    /// <summary>Reads the page number (1 when blank).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The page.</returns>
    /// <exception cref="SearchQueryException">The text is not a whole number from 1.</exception>
    public static int ReadPage(string? text) =>
        string.IsNullOrWhiteSpace(text) ? 1
        : int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page >= 1 ? page
        : throw PageError(text);

    /// <summary>Reads the page size (<see cref="DefaultPageSize"/> when blank).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The page size.</returns>
    /// <exception cref="SearchQueryException">The text is not a whole number from 1 to <see cref="F.MaxPageSize"/>.</exception>
    public static int ReadPageSize(string? text) =>
        string.IsNullOrWhiteSpace(text) ? DefaultPageSize
        : int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var size) && size is >= 1 and <= F.MaxPageSize ? size
        : throw PageSizeError(text);

    /// <summary>Checks a whole request.</summary>
    /// <param name="request">The request.</param>
    /// <param name="types">The document types the search holds (the <c>type</c> filter accepts these and <see cref="PackageTypes"/>); <c>null</c> for only <see cref="PackageTypes"/>.</param>
    /// <exception cref="SearchQueryException">The request asks for something that cannot be answered; the message says what is accepted.</exception>
    public static void Validate(SiteSearchRequest request, IEnumerable<string>? types = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Query is { Length: > MaxQueryLength } query)
        {
            throw new SearchQueryException(string.Create(CultureInfo.InvariantCulture,
                $"The search text is {query.Length:N0} characters long; the limit is {MaxQueryLength:N0}. Search for fewer words."), P.Query);
        }

        if (request.Page < 1)
        {
            throw PageError(request.Page.ToString(CultureInfo.InvariantCulture));
        }

        if (request.PageSize is < 1 or > F.MaxPageSize)
        {
            throw PageSizeError(request.PageSize.ToString(CultureInfo.InvariantCulture));
        }

        if ((long)request.Page * request.PageSize > F.MaxResultWindow)
        {
            throw new SearchQueryException(string.Create(CultureInfo.InvariantCulture,
                $"Results go no deeper than {F.MaxResultWindow:N0} (page × pageSize): narrow the search instead."), P.Page);
        }

        if (request.Facets?.FirstOrDefault(f => !F.Facets.Contains(f, StringComparer.Ordinal)) is { } facet)
        {
            throw new SearchQueryException($"There is no facet '{QuotedText.Shorten(facet, 40)}'. Facets: {string.Join(", ", F.Facets)}.", P.Facets);
        }

        var accepted = PackageTypes.Concat(types ?? []).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList();
        foreach (var (field, values) in request.Filters)
        {
            ValidateFilter(field, [.. values.Where(v => !string.IsNullOrWhiteSpace(v))], accepted);
        }

        var from = Period(request.From, P.From);
        var to = Period(request.To, P.To);
        if (from is not null && to is not null && from.Value.Start > to.Value.End)
        {
            throw new SearchQueryException($"'{P.From}' ({request.From}) is after '{P.To}' ({request.To}): swap them.", P.From);
        }
    }

    /// <summary>The days a valid <c>from</c> or <c>to</c> covers, or <c>null</c> when not given.</summary>
    /// <param name="text">The bound as given.</param>
    /// <param name="parameter">The parameter, for the message.</param>
    /// <returns>The days.</returns>
    /// <exception cref="SearchQueryException">The text is not a year, a month or a day.</exception>
    public static SiteSearchPeriod? Period(string? text, string parameter)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return SiteSearchPeriod.TryParse(text, out var period)
            ? period
            : throw new SearchQueryException($"'{parameter}' must be {SiteSearchPeriod.Forms}; '{QuotedText.Shorten(text, 40)}' is none of these.", parameter);
    }

    private static void ValidateFilter(string field, List<string> values, List<string> types)
    {
        if (!F.Facets.Contains(field, StringComparer.Ordinal))
        {
            throw new SearchQueryException($"There is no filter '{QuotedText.Shorten(field, 40)}'. Filter by {string.Join(", ", F.Facets)}.", field);
        }

        if (values.Count > MaxValuesPerFilter || values.Any(v => v.Length > MaxValueLength))
        {
            throw new SearchQueryException(
                $"The filter '{field}' takes at most {MaxValuesPerFilter} values of at most {MaxValueLength} characters each.", field);
        }

        var wrong = field switch
        {
            F.Type => values.Find(v => !types.Contains(v.Trim(), StringComparer.OrdinalIgnoreCase)),
            F.Program or F.Author => values.Find(v => !Guid.TryParse(v, out _)),
            F.Decade => values.Find(v => !IsDecade(v.Trim())),
            F.Year => values.Find(v => !IsYear(v.Trim())),
            _ => null,
        };
        if (wrong is null)
        {
            return;
        }

        var accepted = field switch
        {
            F.Type => $"a document type: {string.Join(", ", types)}",
            F.Program => "a program's key (a GUID)",
            F.Author => "an author's key (a GUID)",
            F.Decade => "a decade such as 1940s",
            _ => "a year such as 1953",
        };
        throw new SearchQueryException($"'{field}' takes {accepted}; '{QuotedText.Shorten(wrong, 40)}' is not one.", field);
    }

    private static bool IsYear(string text) => text.Length == 4 && text.All(char.IsAsciiDigit);

    private static bool IsDecade(string text) => text.Length == 5 && text[3] == '0' && text[4] == 's' && text[..4].All(char.IsAsciiDigit);

    private static SearchQueryException PageError(string text) =>
        new($"'{P.Page}' must be a whole number from 1; '{QuotedText.Shorten(text, 40)}' is not.", P.Page);

    private static SearchQueryException PageSizeError(string text) =>
        new(string.Create(CultureInfo.InvariantCulture, $"'{P.PageSize}' must be a whole number from 1 to {F.MaxPageSize}; '{QuotedText.Shorten(text, 40)}' is not."), P.PageSize);

}
