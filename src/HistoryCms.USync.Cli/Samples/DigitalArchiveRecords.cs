using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.VisualBasic.FileIO;

namespace HistoryCms.USync.Cli.Samples;

/// <summary>
/// One row of the Digital Archive scrape (<c>tests/fixtures/digital-archive/records.csv</c>), by the archive's own column
/// names (see that folder's README). Multi-valued cells hold JSON arrays of strings.
/// </summary>
/// <param name="Columns">The cells by column name.</param>
public sealed record ArchiveRecord(IReadOnlyDictionary<string, string> Columns)
{
    /// <summary>A cell, trimmed; <c>null</c> when the column is missing or blank.</summary>
    /// <param name="column">The column name, e.g. <c>title</c>.</param>
    public string? this[string column] =>
        Columns.TryGetValue(column, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    /// <summary>The values of a multi-valued cell (a JSON array of strings; a cell that is not one is one value).</summary>
    /// <param name="column">The column name, e.g. <c>associated_places</c>.</param>
    /// <returns>The non-blank values, trimmed, in order.</returns>
    /// <exception cref="FormatException">The cell starts like a JSON array but is not an array of strings.</exception>
    public IReadOnlyList<string> List(string column)
    {
        if (this[column] is not { } cell)
        {
            return [];
        }

        if (!cell.StartsWith('['))
        {
            return [cell];
        }

        try
        {
            return [.. (JsonSerializer.Deserialize<string?[]>(cell) ?? []).Select(v => v?.Trim()).OfType<string>().Where(v => v.Length > 0)];
        }
        catch (JsonException e)
        {
            throw new FormatException($"The \"{column}\" cell of record {this["record_id"]} is not a JSON array of strings: {e.Message}", e);
        }
    }
}

/// <summary>
/// One item of <c>tests/fixtures/digital-archive/zotero-items-from-ris.json</c>: what Zotero builds from the archive's RIS
/// download of a record.
/// </summary>
/// <param name="Url">The record's page (<c>UR</c>).</param>
/// <param name="Title">The title (<c>TI</c>).</param>
/// <param name="Authors">The creators of type <c>author</c> (<c>AU</c>), "Last, First" as the archive lists names.</param>
/// <param name="Date">The date (<c>DA</c>), or <c>null</c>.</param>
/// <param name="Abstract">The abstract (<c>AB</c>), or <c>null</c>.</param>
/// <param name="Archive">The archive (<c>DB</c>), or <c>null</c>.</param>
/// <param name="ArchiveLocation">The one-line Source (<c>AN</c>), or <c>null</c>.</param>
/// <param name="Language">The language as an English name (<c>LA</c>), or <c>null</c>.</param>
/// <param name="ManuscriptType">The document type (<c>M3</c>), or <c>null</c>.</param>
/// <param name="Tags">The subject headings (<c>KW</c>).</param>
public sealed record ZoteroItem(
    string Url,
    string Title,
    IReadOnlyList<string> Authors,
    string? Date,
    string? Abstract,
    string? Archive,
    string? ArchiveLocation,
    string? Language,
    string? ManuscriptType,
    IReadOnlyList<string> Tags);

/// <summary>Reads the two Digital Archive fixtures.</summary>
public static class DigitalArchiveRecords
{
    /// <summary>The fixtures' folder below the repository root.</summary>
    public static readonly string Folder = Path.Combine("tests", "fixtures", "digital-archive");

    /// <summary>The CSV rows (RFC 4180: quoted cells may hold commas, quotes and line breaks; cells are kept untrimmed).</summary>
    /// <param name="csv">The file's text.</param>
    /// <returns>The records, in file order.</returns>
    /// <exception cref="FormatException">A row has another number of cells than the header.</exception>
    public static IReadOnlyList<ArchiveRecord> ParseCsv(string csv)
    {
        ArgumentNullException.ThrowIfNull(csv);
        using var parser = new TextFieldParser(new StringReader(csv))
        {
            TextFieldType = FieldType.Delimited,
            HasFieldsEnclosedInQuotes = true,
            TrimWhiteSpace = false,
        };
        parser.SetDelimiters(",");
        var header = parser.ReadFields() ?? throw new FormatException("The records file is empty.");
        var records = new List<ArchiveRecord>();
        while (parser.ReadFields() is { } cells)
        {
            if (cells.Length != header.Length)
            {
                throw new FormatException($"Row {records.Count + 1} has {cells.Length} cells; the header has {header.Length}.");
            }

            records.Add(new ArchiveRecord(header.Zip(cells).ToDictionary(c => c.First, c => c.Second, StringComparer.Ordinal)));
        }

        return records;
    }

    /// <summary>The Zotero items.</summary>
    /// <param name="json">The file's text (a JSON array of Zotero items).</param>
    /// <returns>The items, in file order.</returns>
    /// <exception cref="FormatException">The text is not an array of items with a title and a URL.</exception>
    public static IReadOnlyList<ZoteroItem> ParseZotero(string json)
    {
        if (JsonNode.Parse(json ?? string.Empty) is not JsonArray array)
        {
            throw new FormatException("The Zotero items file is not a JSON array.");
        }

        return [.. array.Select(node => node as JsonObject ?? throw new FormatException("A Zotero item is not a JSON object.")).Select(Item)];
    }

    private static ZoteroItem Item(JsonObject item)
    {
        var authors = (item["creators"] as JsonArray ?? [])
            .OfType<JsonObject>()
            .Where(c => Text(c, "creatorType") == "author")
            .Select(c => Text(c, "name") ?? string.Join(", ", new[] { Text(c, "lastName"), Text(c, "firstName") }.OfType<string>()))
            .Where(n => n.Length > 0);
        var tags = (item["tags"] as JsonArray ?? []).OfType<JsonObject>().Select(t => Text(t, "tag")).OfType<string>();
        return new ZoteroItem(
            Text(item, "url") ?? throw new FormatException("A Zotero item has no url."),
            Text(item, "title") ?? throw new FormatException("A Zotero item has no title."),
            [.. authors], Text(item, "date"), Text(item, "abstractNote"), Text(item, "archive"), Text(item, "archiveLocation"),
            Text(item, "language"), Text(item, "manuscriptType"), [.. tags]);
    }

    private static string? Text(JsonObject item, string name) =>
        item[name] is JsonValue value && value.TryGetValue(out string? text) && !string.IsNullOrWhiteSpace(text) ? text.Trim() : null;
}
