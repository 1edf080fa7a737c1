using System.Text.Json.Nodes;
using HistoryCms.Core.ProgramBlocks;
using static HistoryCms.Core.Tests.ProgramBlocks.SampleSite;

namespace HistoryCms.Core.Tests.ProgramBlocks.Fuzz;

/// <summary>One generated payload: the value, the configuration it is checked against, and whether it is invalid (and why) by construction.</summary>
internal sealed record BlockPayload(object? Value, ProgramBlocksConfiguration Configuration, string? Defect)
{
    public bool IsInvalid => Defect is not null;

    public override string ToString() => $"defect: {Defect ?? "none"}; configuration: [{string.Join(',', Configuration.AllowedKinds)}] {Configuration.MinItems}..{Configuration.MaxItems}; value: {Shorten(Value?.ToString())}";

    private static string Shorten(string? text) => text is null ? "null" : text.Length <= 2_000 ? text : text[..2_000] + "…";
}

/// <summary>
/// Generates block list payloads from a seed: valid blocks of every built-in kind (both format versions, random settings,
/// unknown extra fields) and, for some payloads, exactly one defect that makes them invalid. Whether a payload is invalid
/// is decided here, from how it was built, not by asking the validator.
/// </summary>
internal sealed class BlockPayloadGenerator(int seed)
{
    private static readonly string[] Kinds = [.. ProgramBlockKindCollection.BuiltIn.Select(k => k.Alias)];
    private static readonly string[] Documents = [Memo, .. Enumerable.Range(1, 4).Select(i => $"5555555{i}-5555-4555-8555-555555555555")];
    private static readonly string[] Programs = [Happ, Nkidp, Cwihp];
    private static readonly string[] Authors = [Kraus, "44444441-4444-4444-8444-444444444444", "44444442-4444-4444-8444-444444444444"];
    private static readonly string[] Letters = ["a", "b", "x", "Z", " ", "0", "Вы", "ш", "鈥", "<", ">", "&", "\"", "'", "\\", "/", "é", "\t", "\n", "🙂"];

    private readonly Random _random = new(seed);

    /// <summary>Adds the items the payloads pick (beyond the sample site's) to <paramref name="site"/>.</summary>
    public static void Furnish(SampleSite site)
    {
        foreach (var key in Documents.Skip(1))
        {
            site.Content.Add(HistoryAliases.ContentTypes.ArchivalDocument, $"Document {key[7]}", Guid.Parse(key));
        }

        foreach (var key in Authors.Skip(1))
        {
            site.Content.Add(HistoryAliases.ContentTypes.Author, $"Author {key[7]}", Guid.Parse(key));
        }
    }

    public BlockPayload Next()
    {
        var configuration = Configuration();
        var version = Chance(0.2) ? 1 : 2;
        var blocks = new JsonArray();
        var count = _random.Next(0, 7);
        for (var i = 0; i < count; i++)
        {
            blocks.Add(Block(i, version, Kinds[_random.Next(Kinds.Length)]));
        }

        var envelope = new JsonObject { ["v"] = version, ["blocks"] = blocks };
        if (Chance(0.1))
        {
            envelope["editor"] = Text(0, 10);
        }

        string? defect = null;
        if (Chance(0.6))
        {
            defect = Chance(0.25) ? EnvelopeDefect(envelope) : BlockDefect(blocks, version);
        }

        if (defect is null && CountDefect(blocks.Count, configuration) is { } countDefect)
        {
            defect = countDefect;
        }

        if (defect is null && blocks.OfType<JsonObject>().FirstOrDefault(b => !configuration.Allows((string)b["kind"]!)) is { } notAllowed)
        {
            defect = $"kind {notAllowed["kind"]} not allowed";
        }

        var json = envelope.ToJsonString();
        object? value = defect switch
        {
            "truncated JSON" => json[..(_random.Next(1, json.Length))],
            "a value that is not an object" => Pick(["1", "\"blocks\"", "true", "-0.5"]),
            _ when Chance(0.3) => envelope,
            _ => json,
        };
        return new BlockPayload(value, configuration, defect);
    }

    private ProgramBlocksConfiguration Configuration()
    {
        string[] allowed = Chance(0.7) ? [] : [.. Kinds.Where(_ => Chance(0.7))];
        var min = Chance(0.8) ? 0 : _random.Next(1, 4);
        var max = Chance(0.8) ? 0 : _random.Next(min == 0 ? 1 : min, 8);
        return new ProgramBlocksConfiguration(allowed, min, max);
    }

    private static string? CountDefect(int count, ProgramBlocksConfiguration configuration) =>
        count < configuration.MinItems ? "fewer blocks than the minimum"
        : configuration.MaxItems > 0 && count > configuration.MaxItems ? "more blocks than the maximum"
        : null;

    private JsonObject Block(int index, int version, string kind)
    {
        var block = new JsonObject { ["key"] = NewKey().ToString(Chance(0.1) ? "N" : "D"), ["kind"] = kind, ["content"] = Content(kind) };
        var settings = new JsonObject();
        if (Chance(0.5))
        {
            settings["anchor"] = $"section-{index}";
        }

        if (Chance(0.5))
        {
            settings["hidden"] = Chance(0.2);
        }

        if (Chance(0.5))
        {
            settings["heading"] = Text(0, 60);
        }

        if (Chance(0.1))
        {
            block["collapsed"] = true;
        }

        if (version == 1)
        {
            foreach (var (name, value) in settings.ToList())
            {
                settings.Remove(name);
                block[name] = value;
            }
        }
        else if (settings.Count > 0 || Chance(0.5))
        {
            block["settings"] = settings;
        }

        return block;
    }

    private JsonObject Content(string kind)
    {
        var content = kind switch
        {
            "richText" => new JsonObject { ["markup"] = $"<p>x{Text(0, 200)}</p>" },
            "featuredDocuments" => Optional(new JsonObject { ["documents"] = Keys(Documents, 1, 3) }, "note", () => Text(0, 300)),
            "latestPosts" => Optional(Optional(new JsonObject(), "count", () => _random.Next(1, 25)), "includeProjects", () => Chance(0.5)),
            "projectPromos" => new JsonObject { ["items"] = Items(Programs, "program", "blurb") },
            "people" => new JsonObject { ["items"] = Items(Authors, "author", "role") },
            "callToAction" => new JsonObject
            {
                ["label"] = "Go " + Text(0, 40),
                ["link"] = Chance(0.5)
                    ? new JsonObject { ["url"] = $"http{(Chance(0.8) ? "s" : "")}://example.org/{Uri.EscapeDataString(Text(0, 30))}" }
                    : new JsonObject { ["document"] = Pick(Chance(0.5) ? Documents : Programs) },
            },
            "documentSearch" => new JsonObject { ["label"] = "Search " + Text(0, 40), ["query"] = Query() },
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
        if (Chance(0.1))
        {
            content["futureField"] = new JsonArray(1, "two");
        }

        return content;
    }

    private JsonObject Query()
    {
        var query = new JsonObject();
        while (query.Count == 0)
        {
            if (Chance(0.4))
            {
                query["program"] = Pick(Programs);
            }

            if (Chance(0.4))
            {
                query["language"] = Pick(["ru", "en", "ko", "zh"]);
            }

            if (Chance(0.3))
            {
                query["repository"] = Pick(["RGANI", "AVPRF", "Archive of the General Staff"]);
            }

            if (Chance(0.4))
            {
                var from = _random.Next(1900, 2000);
                query["from"] = from.ToString(System.Globalization.CultureInfo.InvariantCulture);
                if (Chance(0.5))
                {
                    query["to"] = $"{from + _random.Next(0, 10)}-{_random.Next(1, 13):00}";
                }
            }
        }

        return query;
    }

    private JsonArray Items(string[] pool, string keyName, string textName)
    {
        var items = new JsonArray();
        foreach (var key in Keys(pool, 1, pool.Length).Select(n => n!.GetValue<string>()))
        {
            items.Add(Optional(new JsonObject { [keyName] = key }, textName, () => Text(0, 100)));
        }

        return items;
    }

    private JsonArray Keys(string[] pool, int min, int max) =>
        new([.. pool.OrderBy(_ => _random.Next()).Take(_random.Next(min, max + 1)).Select(k => (JsonNode?)JsonValue.Create(k))]);

    private JsonObject Optional<T>(JsonObject target, string name, Func<T> value)
    {
        if (Chance(0.5))
        {
            target[name] = JsonValue.Create(value());
        }

        return target;
    }

    private string? EnvelopeDefect(JsonObject envelope)
    {
        switch (_random.Next(6))
        {
            case 0:
                return "truncated JSON";
            case 1:
                envelope["v"] = _random.Next(3, 1000);
                return "a newer format version";
            case 2:
                envelope["v"] = Pick<JsonNode>([0, -1, 1.5, "two", new JsonObject(), true]);
                return "an unknown format version";
            case 3:
                envelope["blocks"] = Pick<JsonNode>(["blocks", 7, new JsonObject { ["a"] = 1 }, false]);
                return "blocks is not a list";
            case 4:
                var blocks = (JsonArray)envelope["blocks"]!;
                for (var i = blocks.Count; i <= ProgramBlockLimits.MaxBlocks; i++)
                {
                    blocks.Add(new JsonObject { ["key"] = NewKey().ToString(), ["kind"] = "latestPosts", ["content"] = new JsonObject() });
                }

                return "more blocks than the hard limit";
            default:
                return "a value that is not an object";
        }
    }

    private string? BlockDefect(JsonArray blocks, int version)
    {
        if (blocks.Count == 0)
        {
            blocks.Add(Block(0, version, Pick(Kinds)));
        }

        var index = _random.Next(blocks.Count);
        var block = (JsonObject)blocks[index]!;
        var content = (JsonObject)block["content"]!;
        switch (_random.Next(10))
        {
            case 0:
                block["key"] = Pick<JsonNode?>([null, "", "not-a-guid", 42, Guid.Empty.ToString()]);
                if (block["key"] is null)
                {
                    block.Remove("key");
                }

                return "a missing or invalid key";
            case 1 when index > 0:
                block["key"] = blocks[0]!["key"]!.DeepClone();
                return "a duplicate key";
            case 2:
                block["kind"] = Pick<JsonNode?>(["carousel", "", "RichText", 7, null]);
                return "a missing or unknown kind";
            case 3:
                block["content"] = Pick<JsonNode?>([null, "markup", 3, new JsonArray()]);
                return "missing content";
            case 4:
                blocks[index] = Pick<JsonNode?>([null, 1, "block", new JsonArray()]);
                return "an item that is not a block";
            case 5:
                return SettingsDefect(block, version, index, blocks);
            default:
                return ContentDefect((string)block["kind"]!, content);
        }
    }

    private string SettingsDefect(JsonObject block, int version, int index, JsonArray blocks)
    {
        var target = version == 1 ? block : (JsonObject)(block["settings"] ??= new JsonObject());
        switch (_random.Next(5))
        {
            case 0:
                target["anchor"] = Pick<JsonNode>(["1st", "about us", "a/b", new string('a', 65), 5]);
                return "an invalid anchor";
            case 1:
                target["hidden"] = Pick<JsonNode>(["maybe", 1, new JsonObject()]);
                return "hidden is not true or false";
            case 2:
                target["heading"] = Pick<JsonNode>([new string('h', 201), 3, new JsonArray()]);
                return "an invalid heading";
            case 3 when version == 2:
                block["settings"] = Pick<JsonNode>([1, "x", new JsonArray()]);
                return "settings is not an object";
            default:
                var other = blocks.Count > 1 ? (JsonObject)blocks[(index + 1) % blocks.Count]! : null;
                if (other is null)
                {
                    target["anchor"] = "9";
                    return "an invalid anchor";
                }

                target["anchor"] = "shared";
                var otherTarget = version == 1 ? other : (JsonObject)(other["settings"] ??= new JsonObject());
                otherTarget["anchor"] = "SHARED";
                return "a duplicate anchor";
        }
    }

    private string ContentDefect(string kind, JsonObject content)
    {
        void Set(string name, JsonNode? value) => content[name] = value;
        switch (kind)
        {
            case "richText":
                Pick<Action>([() => content.Remove("markup"), () => Set("markup", 42), () => Set("markup", "  <p> </p> "), () => Set("markup", new string('m', 100_001))])();
                return "bad markup";
            case "featuredDocuments":
                Pick<Action>([() => Set("documents", new JsonArray()), () => Set("documents", new JsonArray(Missing)), () => Set("documents", new JsonArray(Happ)),
                    () => Set("documents", new JsonArray(Memo, Memo)), () => Set("documents", "x"), () => Set("note", 5), () => content.Remove("documents")])();
                return "bad documents";
            case "latestPosts":
                Pick<Action>([() => Set("count", 0), () => Set("count", 25), () => Set("count", "3"), () => Set("count", 2.5), () => Set("includeProjects", "yes")])();
                return "bad count";
            case "projectPromos":
                Pick<Action>([() => Set("items", new JsonArray()), () => Set("items", new JsonArray("x")), () => Set("items", new JsonArray(new JsonObject())),
                    () => Set("items", new JsonArray(new JsonObject { ["program"] = Kraus })),
                    () => Set("items", new JsonArray(new JsonObject { ["program"] = Nkidp, ["blurb"] = new string('b', 1001) }))])();
                return "bad promos";
            case "people":
                Pick<Action>([() => content.Remove("items"), () => Set("items", new JsonArray(new JsonObject { ["author"] = Memo })),
                    () => Set("items", new JsonArray(new JsonObject { ["author"] = Kraus, ["role"] = 7 })),
                    () => Set("items", new JsonArray(new JsonObject { ["author"] = Kraus }, new JsonObject { ["author"] = Kraus }))])();
                return "bad people";
            case "callToAction":
                Pick<Action>([() => content.Remove("label"), () => content.Remove("link"), () => Set("link", new JsonObject()),
                    () => Set("link", new JsonObject { ["url"] = "javascript:alert(1)" }), () => Set("link", new JsonObject { ["url"] = "data:text/html,x" }),
                    () => Set("link", new JsonObject { ["url"] = "/relative" }), () => Set("link", new JsonObject { ["url"] = "https://a.org/", ["document"] = Happ }),
                    () => Set("link", new JsonObject { ["document"] = Missing })])();
                return "bad link";
            default:
                Pick<Action>([() => content.Remove("query"), () => Set("query", new JsonObject()), () => Set("query", new JsonObject { ["language"] = "RU" }),
                    () => Set("query", new JsonObject { ["from"] = "1945-13" }), () => Set("query", new JsonObject { ["from"] = "1953", ["to"] = "1945" }),
                    () => Set("query", new JsonObject { ["program"] = Memo })])();
                return "bad search";
        }
    }

    private string Text(int min, int max)
    {
        var text = new System.Text.StringBuilder();
        for (var length = _random.Next(min, max + 1); text.Length < length;)
        {
            text.Append(Pick(Letters));
        }

        return text.ToString();
    }

    private Guid NewKey()
    {
        var bytes = new byte[16];
        _random.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        return new Guid(bytes);
    }

    private T Pick<T>(T[] options) => options[_random.Next(options.Length)];

    private bool Chance(double probability) => _random.NextDouble() < probability;
}
