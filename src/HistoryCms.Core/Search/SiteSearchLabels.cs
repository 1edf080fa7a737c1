using HistoryCms.Core.Citations;
using D = HistoryCms.Core.HistoryAliases.ContentTypes;
using F = HistoryCms.Core.Search.SiteSearchFields;

namespace HistoryCms.Core.Search;

/// <summary>The names readers know the facets and their values by, for the search JSON and the search page alike.</summary>
public static class SiteSearchLabels
{
    /// <summary>The name readers know a facet by.</summary>
    /// <param name="facet">The facet (field) name.</param>
    /// <returns>The label, e.g. "Original language" for <c>language</c>.</returns>
    public static string Facet(string facet) => facet switch
    {
        F.Type => "Type",
        F.Program => "Program",
        F.Author => "Author",
        F.Repository => "Archive",
        F.Language => "Original language",
        F.Genre => "Document type",
        F.Decade => "Decade",
        F.Year => "Year",
        F.Subject => "Subject",
        F.Person => "Person or organization",
        F.Place => "Place",
        _ => facet,
    };

    /// <summary>The name readers know a document type alias by.</summary>
    /// <param name="type">The alias.</param>
    /// <returns>The label, e.g. "Archival document"; a site's own type keeps its alias.</returns>
    public static string Type(string type) => type switch
    {
        D.BlogPost => "Post",
        D.ArchivalDocument => "Archival document",
        D.Author => "Person",
        D.Program => "Program",
        _ => type,
    };

    /// <summary>The label of a facet value.</summary>
    /// <param name="facet">The facet.</param>
    /// <param name="value">The value filtered by (an alias, a key, a language code...).</param>
    /// <param name="known">The label stored with the value (a program's or an author's name), or <c>null</c>.</param>
    /// <returns>The type's or the language's name, the stored label, or the value itself.</returns>
    public static string Value(string facet, string value, string? known) => facet switch
    {
        F.Type => Type(value),
        F.Language => LanguageNames.EnglishName(value),
        _ => string.IsNullOrWhiteSpace(known) ? value : known,
    };
}
