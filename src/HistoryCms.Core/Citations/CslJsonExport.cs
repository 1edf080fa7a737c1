using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;

namespace HistoryCms.Core.Citations;

/// <summary>
/// Writes CSL-JSON items (<c>type: "manuscript"</c>) of cited archival documents, which any CSL processor formats with
/// the official styles: title, title-short, original-title, issued (date-parts with partial precision, circa),
/// archive (the digital archive), archive_location (the archival reference without its credits: a CSL processor prints
/// the translators from <c>translator</c>), language, genre (the document type as a
/// description), translator (name objects), keyword (subjects), URL and note (the citation's locator, quote and note).
/// </summary>
/// <param name="options">The archive name and the site's address.</param>
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
        if (document.Date?.ToCsl() is { } issued)
        {
            obj["issued"] = issued.ToJson();
        }

        Add(obj, "archive", options.ArchiveLabel);
        Add(obj, "archive_location", (document.Reference ?? CitedReference.FromSource(document.Source))?.Text);
        Add(obj, "language", document.Languages.Count > 0 ? document.Languages[0] : null);
        Add(obj, "genre", CitationTitles.Genre(document.DocumentType));
        if (document.Translators.Count > 0)
        {
            obj["translator"] = new JsonArray([.. document.Translators.Select(Name)]);
        }

        Add(obj, "keyword", document.Subjects.Count > 0 ? string.Join(", ", document.Subjects) : null);
        Add(obj, "URL", document.Url ?? options.UrlOf(document.RoutePath));
        Add(obj, "note", item.NoteText(document.Reference?.Convention ?? ReferenceConvention.General));
        return obj;
    }

    private static JsonNode Name(string name)
    {
        var parsed = CreditName.Parse(name);
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
