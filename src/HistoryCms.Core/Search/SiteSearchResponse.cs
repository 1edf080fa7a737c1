namespace HistoryCms.Core.Search;

/// <summary>One page of search results with facet counts over every match.</summary>
/// <param name="Total">How many items match.</param>
/// <param name="Page">The page returned, from 1.</param>
/// <param name="PageSize">Results per page.</param>
/// <param name="Results">The results on this page.</param>
/// <param name="Facets">Counts of the matching items per value of each requested facet.</param>
/// <param name="Notices">Notes for the reader: how the query was repaired (an unbalanced quote closed, control characters removed...), if at all, and whether the index is still being built.</param>
public sealed record SiteSearchResponse(
    int Total,
    int Page,
    int PageSize,
    IReadOnlyList<SiteSearchHit> Results,
    IReadOnlyList<SiteSearchFacet> Facets,
    IReadOnlyList<string> Notices);

/// <summary>One search result.</summary>
/// <param name="Id">The content item's key.</param>
/// <param name="Type">The document type alias.</param>
/// <param name="Title">The title (node name).</param>
/// <param name="Date">The item's date (ISO 8601 with its precision, and as printed), or <c>null</c> when undated.</param>
/// <param name="Route">The item's URL path.</param>
/// <param name="Score">Relevance score (0 when sorted by date without query text).</param>
/// <param name="Snippet">An HTML-escaped extract of the text with matches in <c>&lt;mark&gt;</c>, or <c>null</c>.</param>
public sealed record SiteSearchHit(Guid Id, string Type, string Title, SiteSearchDate? Date, string Route, float Score, string? Snippet);

/// <summary>The counts of one facet.</summary>
/// <param name="Name">The facet (field) name.</param>
/// <param name="Values">Values by descending count.</param>
public sealed record SiteSearchFacet(string Name, IReadOnlyList<SiteSearchFacetValue> Values);

/// <summary>One facet value and how many matching items have it.</summary>
/// <param name="Value">The value to filter by (an alias for types, a key for programs and authors, an ISO 639-1 code for languages).</param>
/// <param name="Label">The value as readers know it (<see cref="SiteSearchLabels.Value"/>: "Archival document", a program's or an author's name, "Russian").</param>
/// <param name="Count">How many matching items have it.</param>
public sealed record SiteSearchFacetValue(string Value, string Label, int Count);
