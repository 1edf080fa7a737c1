using System.Globalization;
using HistoryCms.Core.Search;
using HistoryCms.Search.Facets;
using HistoryCms.Search.Indexing;
using HistoryCms.Search.Querying;
using HistoryCms.Search.Snippets;
using Lucene.Net.Documents;
using Lucene.Net.Search;

namespace HistoryCms.Search;

/// <summary>
/// <see cref="IArchiveSearch"/> over an <see cref="ArchiveIndex"/>: one pass over the matches collects the page
/// (by relevance or date) and the facet counts (drill-sideways for filtered facets); snippets come from the stored body
/// and the postings' offsets.
/// </summary>
public sealed class LuceneArchiveSearch : IArchiveSearch
{
    /// <summary>The notice while the index has released its writer (another process writes it): it answers from its last commit.</summary>
    public const string ReleasedNotice =
        "This server is handing search over to a newer instance: results come from the index as it was, and recent changes may not be found.";

    private const int SnippetLength = 220;
    private const int MaxFacetValues = 25;

    private static readonly HashSet<string> StoredFields =
        [SearchFields.Id, SearchFields.Title, SearchFields.Body, SearchFields.Route, SearchFields.DateText, ArchiveSearchFields.Type];

    private readonly ArchiveIndex index;

    /// <summary>Creates the search over an index.</summary>
    /// <param name="index">The index.</param>
    public LuceneArchiveSearch(ArchiveIndex index) => this.index = index ?? throw new ArgumentNullException(nameof(index));

    /// <inheritdoc />
    public Task<ArchiveSearchResponse> SearchAsync(ArchiveSearchRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(Search(request));
    }

    /// <summary>Runs one search synchronously (the work is CPU-bound and short).</summary>
    /// <param name="request">The request.</param>
    /// <returns>The response.</returns>
    /// <exception cref="SearchQueryException">The request cannot be answered as asked.</exception>
    public ArchiveSearchResponse Search(ArchiveSearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        Validate(request);
        var facetFields = FacetFields(request);
        var (filter, sideways) = SearchFilters.Build(request, facetFields);
        var notices = new List<string>();
        if (index.IsReleased)
        {
            notices.Add(ReleasedNotice);
        }

        var parsed = QueryText.Parse(request.Query, notices);
        return index.WithSearcher(searcher =>
        {
            var builder = new ArchiveQueryBuilder(searcher.Names, searcher.IndexReader);
            var query = parsed is null ? new MatchAllDocsQuery() : builder.Build(parsed);
            if (query is null)
            {
                notices.Add("The search text holds only common words (such as 'the' or 'and'), which are not searched.");
                return new ArchiveSearchResponse(0, request.Page, request.PageSize, [], [.. facetFields.Select(f => new ArchiveSearchFacet(f, []))], notices);
            }

            var wanted = request.Page * request.PageSize;
            var sort = SortOf(request.Sort == ArchiveSearchSort.Relevance && parsed is null ? ArchiveSearchSort.Newest : request.Sort);
            ITopDocsCollector top = sort is null
                ? TopScoreDocCollector.Create(wanted, docsScoredInOrder: false)
                : TopFieldCollector.Create(sort, wanted, fillFields: false, trackDocScores: parsed is not null, trackMaxScore: false, docsScoredInOrder: false);
            var facets = new FacetCountingCollector(facetFields);
            var drillSideways = sideways.Count > 0 ? new DrillSidewaysCollector(top, facets, sideways) : null;
            searcher.Search(query, filter, drillSideways ?? MultiCollector.Wrap(top, facets));
            var page = top.GetTopDocs((request.Page - 1) * request.PageSize, request.PageSize);
            var documents = page.ScoreDocs.Select(hit => (hit, Stored: searcher.Doc(hit.Doc, StoredFields))).ToList();
            var snippets = request.Snippets
                ? new SnippetBuilder(SearchFields.Body, builder.BodyTerms, builder.BodyPrefixes, SnippetLength).Build(
                    searcher.IndexReader.Leaves,
                    [.. documents
                        .Select(d => (d.hit.Doc, Text: d.Stored.Get(SearchFields.Body, CultureInfo.InvariantCulture) ?? string.Empty))
                        .Where(d => d.Text.Length > 0)])
                : [];
            var hits = documents.Select(d => Hit(d.hit, d.Stored, snippets.GetValueOrDefault(d.hit.Doc))).ToList();
            var counts = drillSideways is null ? facets.Result(MaxFacetValues) : drillSideways.Result(MaxFacetValues);
            return new ArchiveSearchResponse(top.TotalHits, request.Page, request.PageSize, hits, counts, notices);
        });
    }

    private static void Validate(ArchiveSearchRequest request)
    {
        if (request.Page < 1)
        {
            throw new SearchQueryException("'page' starts at 1.", "page");
        }

        if (request.PageSize is < 1 or > ArchiveSearchFields.MaxPageSize)
        {
            throw new SearchQueryException($"'pageSize' must be between 1 and {ArchiveSearchFields.MaxPageSize}.", "pageSize");
        }

        if ((long)request.Page * request.PageSize > ArchiveSearchFields.MaxResultWindow)
        {
            throw new SearchQueryException(
                $"Results go no deeper than {ArchiveSearchFields.MaxResultWindow:N0} (page × pageSize): narrow the search instead.", "page");
        }
    }

    private static List<string> FacetFields(ArchiveSearchRequest request)
    {
        var fields = request.Facets ?? ArchiveSearchFields.Facets;
        var unknown = fields.FirstOrDefault(f => !ArchiveSearchFields.Facets.Contains(f, StringComparer.Ordinal));
        return unknown is null
            ? [.. fields.Distinct(StringComparer.Ordinal)]
            : throw new SearchQueryException($"There is no facet '{unknown}'. Facets: {string.Join(", ", ArchiveSearchFields.Facets)}.", "facets");
    }

    private static Sort? SortOf(ArchiveSearchSort sort)
    {
        if (sort == ArchiveSearchSort.Relevance)
        {
            return null;
        }

        // Undated items go last either way.
        var newest = sort == ArchiveSearchSort.Newest;
        var byDate = new SortField(SearchFields.DateStart, SortFieldType.INT64, reverse: newest);
        byDate.SetMissingValue(newest ? long.MinValue : long.MaxValue);
        return new Sort(byDate, SortField.FIELD_SCORE);
    }

    private static ArchiveSearchHit Hit(ScoreDoc hit, Document document, string? snippet)
    {
        return new ArchiveSearchHit(
            Guid.Parse(document.Get(SearchFields.Id, CultureInfo.InvariantCulture)),
            document.Get(ArchiveSearchFields.Type, CultureInfo.InvariantCulture) ?? string.Empty,
            document.Get(SearchFields.Title, CultureInfo.InvariantCulture) ?? string.Empty,
            document.Get(SearchFields.DateText, CultureInfo.InvariantCulture),
            document.Get(SearchFields.Route, CultureInfo.InvariantCulture) ?? string.Empty,
            float.IsNaN(hit.Score) ? 0 : hit.Score,
            snippet);
    }
}
