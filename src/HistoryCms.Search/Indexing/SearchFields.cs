using HistoryCms.Core.Search;

namespace HistoryCms.Search.Indexing;

/// <summary>
/// The Lucene fields of the site index. Facet and filter fields carry the names of
/// <see cref="SiteSearchFields"/>: a sorted-set doc value (<c>value</c> or <c>value\u001Flabel</c>) that is both
/// counted and filtered by.
/// </summary>
public static class SearchFields
{
    /// <summary>The content key (<c>D</c> format), stored and indexed: the update and delete term.</summary>
    public const string Id = "id";

    /// <summary>The title, stored (it is searched as the start of <see cref="Meta"/>).</summary>
    public const string Title = "title";

    /// <summary>The main text: analysed with offsets (for snippets), stored.</summary>
    public const string Body = "body";

    /// <summary>
    /// The other texts of <see cref="SearchDocument.Extra"/> (a summary, a standfirst, a caption...), joined by
    /// <see cref="PartSeparator"/>: analysed with offsets and stored, for snippets when the body does not match.
    /// </summary>
    public const string Extra = "extra";

    /// <summary>Separates the parts of <see cref="Extra"/> (a paragraph separator: never inside a word, never shown).</summary>
    public const char PartSeparator = '\u2029';

    /// <summary>The title and other searchable text: names and their variants, subjects, places, summaries. Analysed, not stored.</summary>
    public const string Meta = "meta";

    /// <summary>The route, stored only.</summary>
    public const string Route = "route";

    /// <summary>The date as written, stored only.</summary>
    public const string DateText = "date";

    /// <summary>The first day of the date as <c>yyyyMMdd</c>, a numeric doc value for ranges and sorting.</summary>
    public const string DateStart = "date_start";

    /// <summary>The last day of the date as <c>yyyyMMdd</c>, a numeric doc value for ranges.</summary>
    public const string DateEnd = "date_end";

    /// <summary>Keys of the item's ancestors in the content tree, indexed (to remove a branch).</summary>
    public const string Ancestor = "ancestor";

    /// <summary>Name variant groups (the names of one person joined by <c>\u001F</c>), sorted-set doc values.</summary>
    public const string NameVariants = "name_variants";

    /// <summary>Separates a facet value from its label, and the names of a variant group.</summary>
    public const char Separator = '\u001F';
}
