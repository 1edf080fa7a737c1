using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace HistoryCms.Core.Tests.Citations;

/// <summary>
/// What Zotero makes of a RIS record of type MANSCPT, reproducing the import rules of Zotero's RIS translator for the
/// tags our export writes: zotero/translators, RIS.js at commit f50d4465fc40623d76d23d0690b71008ba4186c0
/// (lastUpdated 2023-07-28), its <c>fieldMap</c>, <c>processTag</c>, <c>dateRIStoZotero</c> and <c>completeItem</c>:
/// <list type="bullet">
/// <item>TY MANSCPT → itemType manuscript; TI → title; AB → abstractNote; DB → archive; AN → archiveLocation;
/// LA → language; M3 → manuscriptType (for a manuscript); UR → url; DP → libraryCatalog; ST → shortTitle;
/// N1 → a note; KW → one tag each (a record with a single KW is split at commas).</item>
/// <item>AU → creator "author", A4 → creator "translator": lastName before the first comma, firstName after it; a
/// name without a comma is a single-field name (<c>fieldMode: 1</c>).</item>
/// <item>DA "YYYY/MM/DD/part" → date, empty or zero parts dropped; PY only when there is no DA. Dates are written as
/// ISO (year, year-month or year-month-day), the form Zotero's translator tests record them in.</item>
/// <item>A later value for a single field is dropped (the first wins).</item>
/// </list>
/// Plus what the "Wilson Center Digital Archive" web translator (zotero/translators, commit
/// 371c75f58b3a8e4c1d442ed7539e0a0f995e03a9) does to each item the RIS translator returns: a creator's firstName is cut
/// at its first comma. Its other additions (subject tags from the web page, the PDF attachment) do not come from RIS.
/// </summary>
internal static partial class ZoteroRisImport
{
    private static readonly Dictionary<string, string> Fields = new(StringComparer.Ordinal)
    {
        ["TI"] = "title", ["AB"] = "abstractNote", ["DB"] = "archive", ["AN"] = "archiveLocation", ["LA"] = "language",
        ["M3"] = "manuscriptType", ["UR"] = "url", ["DP"] = "libraryCatalog", ["ST"] = "shortTitle",
    };

    /// <summary>The items Zotero imports from the RIS text.</summary>
    public static IReadOnlyList<JsonObject> Import(string ris)
    {
        var items = new List<JsonObject>();
        List<(string Tag, string Value)>? record = null;
        foreach (var line in ris.Split("\r\n"))
        {
            var match = Line().Match(line);
            if (!match.Success)
            {
                continue;
            }

            var (tag, value) = (match.Groups[1].Value, match.Groups[2].Value.Trim());
            if (tag == "TY")
            {
                record = [(tag, value)];
            }
            else if (tag == "ER" && record is not null)
            {
                items.Add(Item(record));
                record = null;
            }
            else
            {
                record?.Add((tag, value));
            }
        }

        return items;
    }

    private static JsonObject Item(List<(string Tag, string Value)> record)
    {
        if (record[0].Value != "MANSCPT")
        {
            throw new InvalidDataException($"not a manuscript record: TY {record[0].Value}");
        }

        var item = new JsonObject { ["itemType"] = "manuscript" };
        var creators = new JsonArray();
        var tags = new List<string>();
        var notes = new JsonArray();
        string? backupDate = null;
        foreach (var (tag, value) in record.Skip(1))
        {
            if (value.Length == 0)
            {
                continue;
            }

            switch (tag)
            {
                case "AU" or "A4":
                    creators.Add(Creator(value, tag == "AU" ? "author" : "translator"));
                    break;
                case "DA":
                    item["date"] ??= Date(value);
                    break;
                case "PY":
                    backupDate = Date(value);
                    break;
                case "KW":
                    tags.Add(value);
                    break;
                case "N1":
                    notes.Add(new JsonObject { ["note"] = value });
                    break;
                default:
                    if (!Fields.TryGetValue(tag, out var field))
                    {
                        throw new InvalidDataException($"RIS tag {tag} has no Zotero field for a manuscript; Zotero would keep it only in a note");
                    }

                    item[field] ??= value;
                    break;
            }
        }

        if (item["date"] is null && backupDate is not null)
        {
            item["date"] = backupDate;
        }

        if (tags.Count == 1)
        {
            tags = [.. tags[0].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];
        }

        item["creators"] = creators;
        item["tags"] = new JsonArray([.. tags.Select(t => new JsonObject { ["tag"] = t })]);
        item["notes"] = notes;
        return item;
    }

    private static JsonObject Creator(string value, string type)
    {
        var comma = value.IndexOf(',', StringComparison.Ordinal);
        var last = comma < 0 ? value.Trim() : value[..comma].Trim();
        var first = comma < 0 ? string.Empty : value[(comma + 1)..].Trim();
        var creator = new JsonObject { ["lastName"] = last };
        if (first.Length == 0)
        {
            creator["creatorType"] = type;
            creator["fieldMode"] = 1;
            return creator;
        }

        var cut = first.IndexOf(',', StringComparison.Ordinal);
        creator["firstName"] = cut < 0 ? first : first[..cut];
        creator["creatorType"] = type;
        return creator;
    }

    private static string Date(string value)
    {
        var match = RisDate().Match(value);
        if (!match.Success)
        {
            return value;
        }

        var parts = new List<int>();
        foreach (var group in new[] { match.Groups[1], match.Groups[2], match.Groups[3] })
        {
            var text = group.Value.TrimStart('0');
            if (text.Length == 0)
            {
                break;
            }

            parts.Add(int.Parse(text, System.Globalization.CultureInfo.InvariantCulture));
        }

        return parts.Count switch
        {
            0 => value,
            1 => $"{parts[0]:0000}",
            2 => $"{parts[0]:0000}-{parts[1]:00}",
            _ => $"{parts[0]:0000}-{parts[1]:00}-{parts[2]:00}",
        };
    }

    [GeneratedRegex(@"^([A-Z][A-Z0-9])  - ?(.*)$")]
    private static partial Regex Line();

    [GeneratedRegex(@"^(\d+)(?:/(\d{0,2})(?:/(\d{0,2})(?:(?:/|\s)([^/]*))?)?)?$")]
    private static partial Regex RisDate();
}
