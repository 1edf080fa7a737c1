using System.Globalization;
using HistoryCms.Core.Search;
using HistoryCms.Search.Facets;
using HistoryCms.Search.Indexing;
using HistoryCms.Search.Querying;
using HistoryCms.Search.Snippets;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace HistoryCms.Search;

/// <summary>
/// <see cref="ISiteSearch"/> over an <see cref="SiteIndex"/>: checks the request with <see cref="SiteSearchRules"/>,
/// then one pass over the matches collects the page (by relevance or date) and the facet counts (drill-sideways for
/// filtered facets); snippets come from the stored texts and the postings' offsets; facet values carry their labels.
/// </summary>
public sealed class LuceneSiteSearch : ISiteSearch
{
    /// <summary>The notice while the index has released its writer (another process writes it): it answers from its last commit.</summary>
    public const string ReleasedNotice =
        "This server is handing search over to a newer instance: results come from the index as it was, and recent changes may not be found.";

    /// <summary>The notice when the search text holds only common words.</summary>
    public const string StopWordsNotice = "The search text holds only common words (such as 'the' or 'and'), which are not searched.";

    /// <summary>The notice when nothing in the search text can be searched for (only punctuation, operators or unsupported syntax).</summary>
    public const string NothingToSearchNotice = "Nothing in the search text can be searched for, so nothing was found: type words, names or \"phrases\".";

    private const int SnippetLength = 220;
    private const int MaxFacetValues = 25;

    private static readonly HashSet<string> StoredFields =
        [SearchFields.Id, SearchFields.Title, SearchFields.Body, SearchFields.Extra, SearchFields.Route, SearchFields.DateText, SiteSearchFields.Type];

    private readonly SiteIndex _index;

    /// <summary>Creates the search over an index.</summary>
    /// <param name="index">The index.</param>
    public LuceneSiteSearch(SiteIndex index) => _index = index ?? throw new ArgumentNullException(nameof(index));

    /// <inheritdoc />
    public Task<SiteSearchResponse> SearchAsync(SiteSearchRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(Search(request));
    }

    /// <summary>Runs one search synchronously (the work is CPU-bound and short).</summary>
    /// <param name="request">The request.</param>
    /// <returns>The response.</returns>
    /// <exception cref="SearchQueryException">The request cannot be answered as asked (<see cref="SiteSearchRules"/>, or query text it cannot parse).</exception>
    public SiteSearchResponse Search(SiteSearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var notices = new List<string>();
        if (_index.IsReleased)
        {
            notices.Add(ReleasedNotice);
        }

        return _index.WithSearcher(searcher =>
        {
            SiteSearchRules.Validate(request, IndexedTypes(searcher));
            List<string> facetFields = [.. (request.Facets ?? SiteSearchFields.Facets).Distinct(StringComparer.Ordinal)];
            var (filter, sideways) = SearchFilters.Build(request, facetFields);
            var parsed = QueryText.Parse(request.Query, notices);
            var builder = new SiteQueryBuilder(searcher.Names, searcher.IndexReader);
            var query = parsed is null ? null : builder.Build(parsed);
            if (query is null && request.Query is { } text && !string.IsNullOrWhiteSpace(text))
            {
                notices.Add(parsed is not null && text.Any(char.IsLetterOrDigit) ? StopWordsNotice : NothingToSearchNotice);
                return new SiteSearchResponse(0, request.Page, request.PageSize, [], [.. facetFields.Select(f => new SiteSearchFacet(f, []))], notices);
            }

            var wanted = request.Page * request.PageSize;
            var sort = SortOf(request.Sort == SiteSearchSort.Relevance && parsed is null ? SiteSearchSort.Newest : request.Sort);
            ITopDocsCollector top = sort is null
                ? TopScoreDocCollector.Create(wanted, docsScoredInOrder: false)
                : TopFieldCollector.Create(sort, wanted, fillFields: false, trackDocScores: parsed is not null, trackMaxScore: false, docsScoredInOrder: false);
            var facets = new FacetCountingCollector(facetFields);
            var drillSideways = sideways.Count > 0 ? new DrillSidewaysCollector(top, facets, sideways) : null;
            searcher.Search(query ?? new MatchAllDocsQuery(), filter, drillSideways ?? MultiCollector.Wrap(top, facets));
            var page = top.GetTopDocs((request.Page - 1) * request.PageSize, request.PageSize);
            var documents = page.ScoreDocs.Select(hit => (hit, Stored: searcher.Doc(hit.Doc, StoredFields))).ToList();
            var snippets = request.Snippets
                ? new SnippetBuilder(builder.BodyTerms, builder.BodyPrefixes, SnippetLength).Build(
                    searcher.IndexReader.Leaves,
                    [.. documents.Select(d => (d.hit.Doc, Stored(d.Stored, SearchFields.Body), Stored(d.Stored, SearchFields.Extra)))])
                : [];
            var hits = documents.Select(d => Hit(searcher, d.hit, d.Stored, snippets.GetValueOrDefault(d.hit.Doc))).ToList();
            var counts = drillSideways is null ? facets.Result(MaxFacetValues) : drillSideways.Result(MaxFacetValues);
            return new SiteSearchResponse(top.TotalHits, request.Page, request.PageSize, hits, [.. counts.Select(Labelled)], notices);
        });
    }

    // The package's types and a site's own, as far as the index holds them (new segments are read once, when warmed).
    private static IEnumerable<string> IndexedTypes(SiteSearcher searcher) =>
        searcher.IndexReader.Leaves.SelectMany(leaf => SegmentFacets.For(leaf.AtomicReader).Ordinals(SiteSearchFields.Type).Values)
            .Select(v => v.Split(SearchFields.Separator)[0]);

    private static SiteSearchFacet Labelled(SiteSearchFacet facet) =>
        facet with { Values = [.. facet.Values.Select(v => v with { Label = SiteSearchLabels.Value(facet.Name, v.Value, v.Label) })] };

    private static string Stored(Document document, string field) => document.Get(field, CultureInfo.InvariantCulture) ?? string.Empty;

    private static Sort? SortOf(SiteSearchSort sort)
    {
        if (sort == SiteSearchSort.Relevance)
        {
            return null;
        }

        // Undated items go last either way.
        var newest = sort == SiteSearchSort.Newest;
        var byDate = new SortField(SearchFields.DateStart, SortFieldType.INT64, reverse: newest);
        byDate.SetMissingValue(newest ? long.MinValue : long.MaxValue);
        return new Sort(byDate, SortField.FIELD_SCORE);
    }

    private static SiteSearchHit Hit(SiteSearcher searcher, ScoreDoc hit, Document document, string? snippet)
    {
        return new SiteSearchHit(
            Guid.Parse(document.Get(SearchFields.Id, CultureInfo.InvariantCulture)),
            document.Get(SiteSearchFields.Type, CultureInfo.InvariantCulture) ?? string.Empty,
            document.Get(SearchFields.Title, CultureInfo.InvariantCulture) ?? string.Empty,
            DateOf(searcher, hit.Doc, document.Get(SearchFields.DateText, CultureInfo.InvariantCulture)),
            document.Get(SearchFields.Route, CultureInfo.InvariantCulture) ?? string.Empty,
            float.IsNaN(hit.Score) ? 0 : hit.Score,
            snippet);
    }

    // The span of days from the date doc values (the segment's arrays the date filter reads), the text as stored.
    private static SiteSearchDate? DateOf(SiteSearcher searcher, int doc, string? written)
    {
        var leaves = searcher.IndexReader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
        var (start, end) = SegmentFacets.For(leaf.AtomicReader).Dates;
        var (first, last) = (start[doc - leaf.DocBase], end[doc - leaf.DocBase]);
        return first == 0 ? null : SiteSearchDate.Of(Day(first), Day(Math.Max(first, last)), written);
    }

    private static DateOnly Day(int number) => new(number / 10000, number / 100 % 100, number % 100);
}
