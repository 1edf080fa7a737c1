using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;

namespace HistoryCms.Core.Citations;

/// <summary>
/// Writes CSL-JSON items (<c>type: "manuscript"</c>) of cited archival documents, which any CSL processor formats with
/// the official styles: title, title-short (never ending inside an open bracket or quotation), original-title, author
/// (the document's authors: people as name parts, bodies as literal names), issued (date-parts with partial precision,
/// circa), abstract (the summary), archive (the digital archive), archive_location (the archival reference without its
/// credits: a CSL processor prints the translators from <c>translator</c>), language, genre (the document type as a
/// description), translator (name objects), keyword (subjects), URL and note (the original's language).
/// <para>
/// <c>language</c> is the language of the text being cited, the English translation
/// (<see cref="CitationStyleOptions.CitedLanguage"/>), not the original's: CSL processors read it for name order and
/// title case, and citeproc-js prints "Goldberg Gary" for the translator of an item whose language is Japanese. The
/// original's language goes into <c>note</c> ("Original language: Japanese"), which no processor interprets.
/// </para>
/// </summary>
/// <param name="options">The archive name, the cited language and the site's address.</param>
public sealed class CslJsonExport(CitationStyleOptions options)
{
    /// <summary>The MIME type of CSL-JSON.</summary>
    public const string MediaType = "application/vnd.citationstyles.csl+json";

    private static readonly JsonSerializerOptions WriteOptions = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        WriteIndented = true,
    };

    /// <summary>Writes the items as a CSL-JSON array.</summary>
    /// <param name="items">The items to export.</param>
    /// <returns>The JSON text.</returns>
    public string Write(IEnumerable<CitationExportItem> items) => ToJson(items).ToJsonString(WriteOptions);

    /// <summary>The items as a CSL-JSON array.</summary>
    /// <param name="items">The items to export.</param>
    /// <returns>The array.</returns>
    public JsonArray ToJson(IEnumerable<CitationExportItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var array = new JsonArray();
        foreach (var item in items)
        {
            array.Add(ToJson(item));
        }

        return array;
    }

    /// <summary>One item as a CSL-JSON object.</summary>
    /// <param name="item">The item.</param>
    /// <returns>The object.</returns>
    public JsonObject ToJson(CitationExportItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var document = item.Document;
        var title = CitationTitles.TitleOf(document);
        var obj = new JsonObject { ["id"] = item.Id, ["type"] = "manuscript", ["title"] = title };
        var shortTitle = CitationTitles.ShortTitleOf(document);
        Add(obj, "title-short", shortTitle == title ? null : shortTitle);
        Add(obj, "original-title", CitationTitles.OriginalInLatinScript(document) ?? document.OriginalTitle);
        var authors = document.Authors.Where(a => !string.IsNullOrWhiteSpace(a)).Select(a => NameJson(CreditName.ParseAuthor(a))).ToArray();
        if (authors.Length > 0)
        {
            obj["author"] = new JsonArray(authors);
        }

        if (document.Date?.ToCsl() is { } issued)
        {
            obj["issued"] = issued.ToJson();
        }

        Add(obj, "abstract", document.Summary);
        Add(obj, "archive", options.ArchiveLabel);
        Add(obj, "archive_location", (document.Reference ?? CitedReference.FromSource(document.Source))?.Text);
        Add(obj, "language", options.CitedLanguage);
        Add(obj, "genre", CitationTitles.Genre(document.Genre));
        if (document.Translators.Count > 0)
        {
            obj["translator"] = new JsonArray([.. document.Translators.Select(Name)]);
        }

        Add(obj, "keyword", document.Subjects.Count > 0 ? string.Join(", ", document.Subjects) : null);
        Add(obj, "URL", options.UrlOf(document));
        Add(obj, "note", Note(document));
        return obj;
    }

    /// <summary>Writes a blog post itself as a CSL-JSON array of one item.</summary>
    /// <param name="post">The post.</param>
    /// <returns>The JSON text.</returns>
    public static string Write(CitedPost post) => new JsonArray(ToJson(post)).ToJsonString(WriteOptions);

    /// <summary>
    /// A blog post itself as a CSL-JSON item (<c>type: "post-weblog"</c>): <c>title</c>, <c>author</c> (name parts),
    /// <c>issued</c> (the publish date; none without one), <c>container-title</c> (the site, the blog the post appears
    /// on), <c>URL</c> and <c>abstract</c> (the standfirst).
    /// </summary>
    /// <param name="post">The post.</param>
    /// <returns>The object.</returns>
    public static JsonObject ToJson(CitedPost post)
    {
        ArgumentNullException.ThrowIfNull(post);
        var obj = new JsonObject { ["id"] = post.Key.ToString("D"), ["type"] = "post-weblog", ["title"] = post.Title.Trim() };
        if (post.Authors.Count > 0)
        {
            obj["author"] = new JsonArray([.. post.Authors.Select(Name)]);
        }

        if (post.PublishDate is { } date)
        {
            obj["issued"] = new JsonObject { ["date-parts"] = new JsonArray(new JsonArray(date.Year, date.Month, date.Day)) };
        }

        Add(obj, "container-title", post.SiteName);
        Add(obj, "URL", post.Url);
        Add(obj, "abstract", post.Summary);
        return obj;
    }

    // The original's language, which no CSL processor interprets (language is the cited translation's).
    private static string? Note(CitedDocument document)
    {
        var languages = document.Languages.Where(l => !string.IsNullOrWhiteSpace(l)).Select(LanguageNames.EnglishName).ToList();
        return languages.Count == 0 ? null : (languages.Count == 1 ? "Original language: " : "Original languages: ") + string.Join(", ", languages);
    }

    private static JsonObject Name(string name) => NameJson(CreditName.Parse(name));

    private static JsonObject NameJson(CreditName parsed)
    {
        return parsed.Literal.Length > 0
            ? new JsonObject { ["literal"] = parsed.Literal }
            : new JsonObject { ["family"] = parsed.Family, ["given"] = parsed.Given };
    }

    private static void Add(JsonObject obj, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            obj[name] = value.Trim();
        }
    }
}
