using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using HistoryCms.Core.Validation;
using HistoryCms.Core.Values;

namespace HistoryCms.Core.Citations;

/// <summary>
/// Reads and writes the Document Citations value <c>{"v":1,"citations":[...]}</c>. Reading never throws: it accepts
/// any shape Umbraco hands over (see <see cref="EditorValueJson"/>), a bare array of citations, a double-encoded JSON
/// string and property names in any case; it keeps unknown fields and fields of the wrong type verbatim and reports
/// the latter, in the words <see cref="VersionedJsonList"/> uses for the Program Blocks value. Writing is canonical:
/// camelCase, known fields first, empty optional fields left out, with the encoder of every stored list value.
/// </summary>
public static class CitationJson
{
    private static readonly string[] RootFields = ["v", "citations"];
    private static readonly string[] CitationFields = ["key", "documentKey", "locator", "quote", "quoteLanguage", "note"];
    private static readonly string[] LocatorFields = ["label", "value"];

    private static JsonSerializerOptions WriteOptions => VersionedJsonList.StoredValueOptions;

    /// <summary>Reads a stored or incoming value.</summary>
    /// <param name="value">The value in any shape (JSON string, <see cref="JsonNode"/>, <see cref="JsonElement"/>, object, <c>null</c>).</param>
    /// <returns>What could be read, with the problems of its shape.</returns>
    public static CitationReadResult Read(object? value)
    {
        var read = StoredEnvelope.Read(value);
        try
        {
            return read.Shape switch
            {
                EnvelopeShape.Unreadable => Unreadable(read.Error!, value as string),
                EnvelopeShape.Empty => new CitationReadResult(CitationList.Empty, [], []),
                EnvelopeShape.List => ReadItems((JsonArray)read.Node!, JsonExtras.Empty, []),
                EnvelopeShape.Envelope => ReadRoot((JsonObject)read.Node!),
                _ => Unreadable($"The citations value must be an object such as {{\"v\":1,\"citations\":[...]}}, not {VersionedJsonList.Describe(read.Node)}.", read.Node!.ToJsonString()),
            };
        }
        catch (Exception ex) when (StoredEnvelope.ErrorOf(ex) is { } message)
        {
            return Unreadable(message, value as string);
        }
    }

    /// <summary>Writes a list as canonical JSON.</summary>
    /// <param name="list">The citations.</param>
    /// <returns>The JSON text.</returns>
    public static string Write(CitationList list) => ToJson(list).ToJsonString(WriteOptions);

    /// <summary>Writes a list as a canonical JSON object.</summary>
    /// <param name="list">The citations.</param>
    /// <returns>The JSON object.</returns>
    public static JsonObject ToJson(CitationList list)
    {
        ArgumentNullException.ThrowIfNull(list);
        var items = new JsonArray();
        foreach (var citation in list.Items)
        {
            items.Add(ToJson(citation));
        }

        var root = new JsonObject { ["v"] = CitationList.CurrentVersion };
        if (list.Items.Count > 0 || !list.Extras.Any(e => e.Key == "citations"))
        {
            root["citations"] = items;
        }

        list.Extras.WriteTo(root);
        return root;
    }

    private static JsonObject ToJson(Citation citation)
    {
        var obj = new JsonObject();
        AddText(obj, "key", citation.Key);
        AddText(obj, "documentKey", citation.DocumentKey);
        if (citation.Locator is { } locator)
        {
            var l = new JsonObject();
            AddText(l, "label", locator.Label);
            AddText(l, "value", locator.Value);
            locator.Extras.WriteTo(l);
            obj["locator"] = l;
        }

        AddText(obj, "quote", citation.Quote);
        AddText(obj, "quoteLanguage", citation.QuoteLanguage);
        AddText(obj, "note", citation.Comment);
        citation.Extras.WriteTo(obj);
        return obj;
    }

    private static void AddText(JsonObject obj, string name, string? text)
    {
        if (!string.IsNullOrEmpty(text))
        {
            obj[name] = text;
        }
    }

    private static CitationReadResult Unreadable(string message, string? verbatim) =>
        new(CitationList.Empty, [], [new ValidationMessage(string.Empty, message)]) { IsReadable = false, Verbatim = verbatim };

    private static CitationReadResult ReadRoot(JsonObject obj)
    {
        var (known, unknown) = JsonKinds.Split(obj, RootFields);
        if (known.TryGetValue("v", out var version) && !IsCurrentVersion(version))
        {
            var shown = JsonKinds.TryGetString(version, out var text) ? text : version?.ToJsonString() ?? "null";
            var message = VersionedJsonList.VersionMessage(
                shown,
                isNewer: version is JsonValue v && v.TryGetValue(out double n) && n > CitationList.CurrentVersion,
                CitationList.CurrentVersion,
                "It is kept unchanged: update the HistoryCms package to edit it.");
            return new CitationReadResult(CitationList.Empty, [], [new ValidationMessage(CitationPaths.Version, message)])
            {
                IsReadable = false,
                Verbatim = obj.ToJsonString(WriteOptions),
            };
        }

        var problems = new List<ValidationMessage>();
        known.TryGetValue("citations", out var citations);
        switch (citations)
        {
            case null:
                return new CitationReadResult(CitationList.Empty with { Extras = JsonExtras.Of(unknown) }, [], problems);
            case JsonArray array:
                return ReadItems(array, JsonExtras.Of(unknown), problems);
            default:
                problems.Add(new(CitationPaths.Citations, $"The citations must be a list, not {VersionedJsonList.Describe(citations)}."));
                unknown.Insert(0, new("citations", citations.ToJsonString()));
                return new CitationReadResult(CitationList.Empty with { Extras = JsonExtras.Of(unknown) }, [], problems);
        }
    }

    private static bool IsCurrentVersion(JsonNode? version) => JsonKinds.KindOf(version) switch
    {
        JsonValueKind.Null => true,
        JsonValueKind.Number => version!.AsValue().TryGetValue(out double n) && n == CitationList.CurrentVersion,
        JsonValueKind.String => JsonKinds.TryGetString(version, out var s) && s.Trim() == "1",
        _ => false,
    };

    private static CitationReadResult ReadItems(JsonArray array, JsonExtras extras, List<ValidationMessage> problems)
    {
        var items = new List<Citation>();
        var indexes = new List<int>();
        for (var i = 0; i < array.Count; i++)
        {
            if (array[i] is JsonObject obj)
            {
                items.Add(ReadCitation(obj, i, problems));
                indexes.Add(i);
            }
            else
            {
                problems.Add(new(CitationPaths.Item(i), string.Create(CultureInfo.InvariantCulture, $"Citation {i + 1} is not a citation: it is {VersionedJsonList.Describe(array[i])} instead of an object.")));
            }
        }

        return new CitationReadResult(new CitationList(items) { Extras = extras }, indexes, problems);
    }

    private static Citation ReadCitation(JsonObject obj, int index, List<ValidationMessage> problems)
    {
        var (known, unknown) = JsonKinds.Split(obj, CitationFields);
        var reader = new FieldReader(known, unknown, problems, index, string.Empty);
        var key = reader.Text("key", "key");
        var documentKey = reader.Text("documentKey", "document key");
        var quote = reader.Text("quote", "quote");
        var quoteLanguage = reader.Text("quoteLanguage", "quote language");
        var note = reader.Text("note", "note");
        var locator = ReadLocator(known.GetValueOrDefault("locator"), index, unknown, problems);
        return new Citation
        {
            Key = CitationKeys.Canonical(key),
            DocumentKey = CitationKeys.Canonical(documentKey),
            Locator = locator,
            Quote = NullIfEmpty(quote),
            QuoteLanguage = NullIfEmpty(LanguageTags.Canonical(quoteLanguage)),
            Comment = NullIfEmpty(note),
            Extras = JsonExtras.Of(unknown),
        };
    }

    private static CitationLocator? ReadLocator(JsonNode? node, int index, List<KeyValuePair<string, string>> citationExtras, List<ValidationMessage> problems)
    {
        switch (node)
        {
            case null:
                return null;
            case JsonObject obj:
                var (known, unknown) = JsonKinds.Split(obj, LocatorFields);
                var reader = new FieldReader(known, unknown, problems, index, "locator.");
                var label = reader.Text("label", "locator label");
                var value = reader.Text("value", "locator value");
                if (value.Length == 0 && unknown.Count == 0)
                {
                    return null;
                }

                var canonicalLabel = LocatorLabels.TryParse(label, out var kind) ? kind.ToValueName() : label;
                return new CitationLocator(canonicalLabel, value) { Extras = JsonExtras.Of(unknown) };
            default:
                problems.Add(new(CitationPaths.Field(index, "locator"), string.Create(CultureInfo.InvariantCulture,
                    $"Citation {index + 1}: the locator must be an object with a label and a value (e.g. {{\"label\":\"folio\",\"value\":\"193ob\"}}), not {VersionedJsonList.Describe(node)}.")));
                citationExtras.Add(new("locator", node.ToJsonString()));
                return null;
        }
    }

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;

    private sealed class FieldReader(
        Dictionary<string, JsonNode?> known,
        List<KeyValuePair<string, string>> unknown,
        List<ValidationMessage> problems,
        int index,
        string prefix)
    {
        public string Text(string field, string description)
        {
            if (!known.TryGetValue(field, out var node) || node is null)
            {
                return string.Empty;
            }

            if (JsonKinds.TryGetString(node, out var text))
            {
                return text.Trim();
            }

            problems.Add(new(CitationPaths.Field(index, prefix + field), string.Create(CultureInfo.InvariantCulture,
                $"Citation {index + 1}: the {description} must be text, not {VersionedJsonList.Describe(node)}.")));
            unknown.Add(new(field, node.ToJsonString()));
            return string.Empty;
        }
    }
}
