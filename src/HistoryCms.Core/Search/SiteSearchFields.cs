namespace HistoryCms.Core.Search;

/// <summary>The names of the filter and facet fields of the site search (also the HTTP query parameter names).</summary>
public static class SiteSearchFields
{
    /// <summary>Document type alias (post, archival document, author, program).</summary>
    public const string Type = "type";

    /// <summary>Program key; an item of a project also counts for its parent programs.</summary>
    public const string Program = "program";

    /// <summary>Author key.</summary>
    public const string Author = "author";

    /// <summary>Repository (archive) abbreviation or name.</summary>
    public const string Repository = "repository";

    /// <summary>Original language (ISO 639-1).</summary>
    public const string Language = "language";

    /// <summary>Genre of an archival document (Letter, Cable...).</summary>
    public const string Genre = "documentType";

    /// <summary>Decade of the item's date (<c>1940s</c>).</summary>
    public const string Decade = "decade";

    /// <summary>Year of the item's date (<c>1945</c>).</summary>
    public const string Year = "year";

    /// <summary>Subject.</summary>
    public const string Subject = "subject";

    /// <summary>Person or organization (canonical name).</summary>
    public const string Person = "person";

    /// <summary>Place.</summary>
    public const string Place = "place";

    /// <summary>The largest page size a request may ask for.</summary>
    public const int MaxPageSize = 100;

    /// <summary>How deep paging may go (page × page size).</summary>
    public const int MaxResultWindow = 10_000;

    /// <summary>Every facet, in display order.</summary>
    public static IReadOnlyList<string> Facets { get; } =
        [Type, Program, Author, Repository, Language, Genre, Decade, Year, Subject, Person, Place];
}
