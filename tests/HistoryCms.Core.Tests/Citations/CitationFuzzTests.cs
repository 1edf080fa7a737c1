using System.Text.Json;
using System.Text.Json.Nodes;
using HistoryCms.Core.Citations;

namespace HistoryCms.Core.Tests.Citations;

/// <summary>
/// 10,000 random and malformed citation payloads through the normaliser (FromEditor) and validation. The generator
/// decides on its own whether a payload is valid (it builds valid citations and injects known faults), so the test
/// checks the validator against an independent definition: no exception escapes, every invalid payload gets at
/// least one message, and every valid one gets none, before and after normalisation.
/// </summary>
public sealed class CitationFuzzTests
{
    private const int Payloads = 10_000;
    private static readonly string[] Labels = ["page", "folio", "leaf", "sheet", "line", "paragraph", "item", "section"];
    private static readonly string[] Languages = ["ru", "en", "de-AT", "sr-Latn", "zh-Hant-TW", "EN-us"];

    private static readonly Dictionary<string, string[]> GoodValues = new()
    {
        ["page"] = ["1", "67", "67-70", "xii", "xii-xiv", "3, 7, 9-11", "12a"],
        ["folio"] = ["193ob", "193ob.", "193-194", "5-7ob.", "12r", "5v", "12r–13v", "193об."],
        ["leaf"] = ["4", "4v", "2-3"],
        ["sheet"] = ["2ob", "2"],
        ["line"] = ["12", "12-15"],
        ["paragraph"] = ["3", "3-4"],
        ["item"] = ["7", "7a"],
        ["section"] = ["2", "2.3", "IV", "II.B.4", "§ 4"],
    };

    private static readonly string[] BadValues = ["abc", "ob193", "193--194", "-", "<b>5</b>", "5; drop", "sixty", "1234567", "..", "2..3", "x y z", "💥"];

    private enum Fault
    {
        MissingKey, BadKey, DuplicateKey, MissingDocument, UnknownDocument, WrongContentType, BadDocumentKey,
        UnknownLabel, BadLocatorValue, MissingLabel, LanguageWithoutQuote, BadLanguage, QuoteTooLong, NoteTooLong,
        WrongType, NonObjectItem, CitationsNotArray, UnknownVersion, BrokenJson, DuplicateProperty, GarbageRoot,
        MissingRequiredLocator, CountOutOfBounds,
    }

    [Fact]
    public void No_payload_throws_and_every_invalid_one_gets_a_message()
    {
        var random = new Random(20_260_417);
        var validator = new CitationValidator(TestContent.Sample());
        var invalid = 0;
        for (var n = 0; n < Payloads; n++)
        {
            var (payload, configuration, isValid, description) = Generate(random);
            var messages = validator.Validate(payload, configuration);
            if (isValid)
            {
                Assert.True(messages.Count == 0, $"payload {n} ({description}) is valid but got: {string.Join(" | ", messages)}\n{Show(payload)}");
            }
            else
            {
                invalid++;
                Assert.True(messages.Count > 0, $"payload {n} ({description}) is invalid but got no message\n{Show(payload)}");
                Assert.All(messages, m => Assert.False(string.IsNullOrWhiteSpace(m.Message)));
            }

            var stored = CitationNormaliser.Normalise(payload);
            Assert.Equal(stored, CitationNormaliser.Normalise(stored));
            if (isValid)
            {
                Assert.Empty(validator.Validate(stored, configuration));
            }
        }

        Assert.InRange(invalid, Payloads / 4, Payloads * 3 / 4);
    }

    [Fact]
    public void Random_text_and_mutated_json_never_throw()
    {
        var random = new Random(7);
        var validator = new CitationValidator(TestContent.Sample());
        var seed = CitationJson.Write(new CitationList([new Citation { Key = Guid.NewGuid().ToString(), DocumentKey = TestContent.RecordKey.ToString(), Locator = CitationLocator.Of(LocatorLabel.Folio, "193ob"), Quote = "q", QuoteLanguage = "ru" }]));
        const string alphabet = "{}[]\":,0123456789.-truefalsnl \\/u\"ёж😀\u0000\t\n";
        for (var n = 0; n < Payloads; n++)
        {
            var chars = seed.ToCharArray();
            for (var k = random.Next(1, 6); k > 0; k--)
            {
                chars[random.Next(chars.Length)] = alphabet[random.Next(alphabet.Length)];
            }

            var text = n % 2 == 0 ? new string(chars) : new string([.. Enumerable.Range(0, random.Next(0, 40)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
            _ = validator.Validate(text);
            _ = CitationNormaliser.Normalise(text);
            _ = CitationNumbering.Number(CitationJson.Read(text).List, text);
        }
    }

    private static string Show(object? payload) => payload switch
    {
        null => "null",
        string s => s.Length > 600 ? s[..600] + "…" : s,
        JsonNode node => node.ToJsonString(),
        JsonElement e => e.GetRawText(),
        _ => payload.ToString() ?? string.Empty,
    };

    private static (object? Payload, CitationsConfiguration Configuration, bool IsValid, string Description) Generate(Random random)
    {
        var items = new List<JsonObject>();
        for (var i = random.Next(0, 6); i > 0; i--)
        {
            items.Add(ValidItem(random));
        }

        var configuration = CitationsConfiguration.Default with
        {
            RequireLocator = random.Next(4) == 0,
            MinItems = random.Next(6) == 0 ? random.Next(1, 4) : 0,
            MaxItems = random.Next(6) == 0 ? random.Next(1, 4) : 0,
        };
        if (configuration.RequireLocator)
        {
            foreach (var item in items.Where(i => !i.ContainsKey("locator")))
            {
                item["locator"] = new JsonObject { ["label"] = "page", ["value"] = "1" };
            }
        }

        var faults = new List<Fault>();
        var faultCount = random.Next(3) == 0 ? 0 : random.Next(1, 3);
        var valid = true;
        var extraItems = new List<JsonNode?>();
        JsonObject root = new() { ["v"] = random.Next(3) == 0 ? null : (JsonNode)1 };
        Func<string, string>? textFault = null;
        object? garbage = null;
        for (var f = 0; f < faultCount; f++)
        {
            var fault = (Fault)random.Next((int)Fault.CountOutOfBounds);
            if (!Inject(fault, random, items, extraItems, root, ref textFault, ref garbage, configuration))
            {
                continue;
            }

            faults.Add(fault);
            valid = false;
        }

        var count = items.Count;
        if ((configuration.MinItems > 0 && count < configuration.MinItems) || (configuration.MaxItems > 0 && count > configuration.MaxItems))
        {
            valid = false;
            faults.Add(Fault.CountOutOfBounds);
        }

        if (garbage is not null)
        {
            return (garbage, configuration, false, "garbage root");
        }

        var array = new JsonArray();
        foreach (var item in items)
        {
            array.Add(item);
        }

        foreach (var extra in extraItems)
        {
            array.Insert(random.Next(array.Count + 1), extra);
        }

        if (!root.ContainsKey("citations"))
        {
            root["citations"] = array;
        }

        if (random.Next(5) == 0)
        {
            root["x_future"] = new JsonObject { ["any"] = new JsonArray(1, "two") };
        }

        var description = faults.Count == 0 ? "valid" : string.Join(", ", faults);
        var text = root.ToJsonString();
        if (textFault is not null)
        {
            return (textFault(text), configuration, false, description);
        }

        object? payload = random.Next(6) switch
        {
            0 => JsonNode.Parse(text),
            1 => JsonDocument.Parse(text).RootElement.Clone(),
            2 => JsonSerializer.Serialize(text),
            3 when !root.ContainsKey("x_future") && root["v"] is null && root["citations"] is JsonArray => root["citations"]!.ToJsonString(),
            _ => text,
        };
        return (payload, configuration, valid, description);
    }

    private static JsonObject ValidItem(Random random)
    {
        var item = new JsonObject
        {
            ["key"] = Pad(random, GuidText(random, Guid.NewGuid())),
            ["documentKey"] = Pad(random, GuidText(random, random.Next(2) == 0 ? TestContent.RecordKey : TestContent.BundesarchivKey)),
        };
        if (random.Next(3) > 0)
        {
            var label = Labels[random.Next(Labels.Length)];
            var values = GoodValues[label];
            item["locator"] = new JsonObject
            {
                ["label"] = random.Next(4) == 0 ? label.ToUpperInvariant() : label,
                ["value"] = Pad(random, values[random.Next(values.Length)]),
            };
        }

        if (random.Next(2) == 0)
        {
            item["quote"] = Pad(random, Words(random, random.Next(1, 30)));
            if (random.Next(2) == 0)
            {
                item["quoteLanguage"] = Languages[random.Next(Languages.Length)];
            }
        }

        if (random.Next(3) == 0)
        {
            item["note"] = Words(random, random.Next(1, 40));
        }

        if (random.Next(5) == 0)
        {
            item["x_pinned"] = random.Next(2) == 0;
        }

        return item;
    }

    private static bool Inject(Fault fault, Random random, List<JsonObject> items, List<JsonNode?> extraItems, JsonObject root,
        ref Func<string, string>? textFault, ref object? garbage, CitationsConfiguration configuration)
    {
        var item = items.Count > 0 ? items[random.Next(items.Count)] : null;
        switch (fault)
        {
            case Fault.NonObjectItem:
                extraItems.Add(random.Next(4) switch { 0 => 5, 1 => "citation", 2 => new JsonArray(), _ => null });
                return true;
            case Fault.CitationsNotArray:
                root["citations"] = random.Next(2) == 0 ? "none" : new JsonObject { ["a"] = 1 };
                return true;
            case Fault.UnknownVersion:
                root["v"] = random.Next(4) switch { 0 => 2, 1 => "x", 2 => 0, _ => 1.5 };
                return true;
            case Fault.BrokenJson:
                textFault = t => t[..random.Next(1, t.Length - 1)];
                return true;
            case Fault.GarbageRoot:
                garbage = random.Next(3) switch { 0 => "42", 1 => "\"hello\"", _ => "true" };
                return true;
            case Fault.DuplicateProperty:
                textFault = t => t.Replace("{\"v\":", "{\"v\":1,\"v\":", StringComparison.Ordinal);
                return true;
        }

        if (item is null)
        {
            return false;
        }

        switch (fault)
        {
            case Fault.MissingKey:
                item.Remove("key");
                break;
            case Fault.BadKey:
                item["key"] = "note-" + random.Next(100);
                break;
            case Fault.DuplicateKey when items.Count > 1:
                var other = items.First(i => !ReferenceEquals(i, item));
                if (other["key"] is not JsonValue otherKey || !otherKey.TryGetValue(out string? keyText) || !CitationKeys.TryParse(keyText, out var key))
                {
                    return false;
                }

                item["key"] = GuidText(random, key);
                break;
            case Fault.MissingDocument:
                item.Remove("documentKey");
                break;
            case Fault.UnknownDocument:
                item["documentKey"] = Guid.NewGuid().ToString();
                break;
            case Fault.WrongContentType:
                item["documentKey"] = TestContent.PostKey.ToString("N");
                break;
            case Fault.BadDocumentKey:
                item["documentKey"] = "RGANI";
                break;
            case Fault.UnknownLabel:
                item["locator"] = new JsonObject { ["label"] = "chapter", ["value"] = "3" };
                break;
            case Fault.BadLocatorValue:
                item["locator"] = new JsonObject { ["label"] = Labels[random.Next(Labels.Length)], ["value"] = BadValues[random.Next(BadValues.Length)] };
                break;
            case Fault.MissingLabel:
                item["locator"] = new JsonObject { ["value"] = "5" };
                break;
            case Fault.LanguageWithoutQuote:
                item.Remove("quote");
                item["quoteLanguage"] = "ru";
                break;
            case Fault.BadLanguage:
                item["quote"] = "words";
                item["quoteLanguage"] = random.Next(2) == 0 ? "russian!" : "r";
                break;
            case Fault.QuoteTooLong:
                item["quote"] = new string('q', CitationLimits.MaxQuoteLength + 1 + random.Next(100));
                break;
            case Fault.NoteTooLong:
                item["note"] = new string('n', CitationLimits.MaxCommentLength + 1 + random.Next(100));
                break;
            case Fault.WrongType:
                var field = new[] { "key", "documentKey", "quote", "quoteLanguage", "note", "locator" }[random.Next(6)];
                item[field] = random.Next(3) switch { 0 => 12, 1 => true, _ => new JsonArray("a") };
                break;
            case Fault.MissingRequiredLocator when configuration.RequireLocator:
                item.Remove("locator");
                break;
            default:
                return false;
        }

        return true;
    }

    private static string GuidText(Random random, Guid guid) => random.Next(5) switch
    {
        0 => guid.ToString("N"),
        1 => guid.ToString("B").ToUpperInvariant(),
        2 => "umb://document/" + guid.ToString("N"),
        _ => guid.ToString("D"),
    };

    private static string Pad(Random random, string text) => random.Next(4) == 0 ? "  " + text + "\t" : text;

    private static string Words(Random random, int count)
    {
        string[] words = ["мы", "не", "хотим", "войны", "the", "Korean", "question", "«quote»", "Ж", "é", "—", "&", "<b>", "\"x\""];
        return string.Join(' ', Enumerable.Range(0, count).Select(_ => words[random.Next(words.Length)]));
    }
}
