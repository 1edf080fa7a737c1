using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using HistoryCms.Core.Validation;
using HistoryCms.Core.Values;

namespace HistoryCms.Core.ProgramBlocks;

/// <summary>
/// Reads a stored or incoming Program Blocks value into blocks, repairing what it can (a missing or duplicate key gets a
/// derived one, missing content becomes empty, bad settings fall back to defaults) and recording every repair as a problem.
/// Never throws. Problems of a block have paths relative to the block; the validator names the block.
/// </summary>
internal static partial class ProgramBlockListReader
{
    internal static VersionedJsonList Format { get; } = new("blocks", ProgramBlockList.CurrentVersion,
        new Dictionary<int, Func<JsonObject, JsonObject>> { [1] = UpgradeFromVersion1 });

    private static readonly string[] SettingNames = ["anchor", "hidden", "heading"];

    internal static ProgramBlockListReading Read(object? value)
    {
        var envelope = Format.Read(value);
        var problems = new List<ValidationMessage>(envelope.Problems);
        var blocks = new List<ReadBlock>(envelope.Items.Count);
        var keys = new Dictionary<Guid, int>();
        var anchors = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var position = 0; position < envelope.Items.Count; position++)
        {
            if (envelope.Items[position] is not JsonObject item)
            {
                problems.Add(new ValidationMessage($"blocks[{position}]",
                    $"Block {position + 1} is {VersionedJsonList.Describe(envelope.Items[position])}, not a block."));
                continue;
            }

            blocks.Add(ReadBlock(position, item, keys, anchors));
        }

        return new ProgramBlockListReading(envelope.SourceVersion, problems, blocks);
    }

    /// <summary>Version 1 kept the settings flat on the block; version 2 groups them under <c>settings</c>.</summary>
    private static JsonObject UpgradeFromVersion1(JsonObject envelope)
    {
        if (envelope["blocks"] is JsonArray blocks)
        {
            foreach (var block in blocks.OfType<JsonObject>())
            {
                var settings = block["settings"] as JsonObject ?? new JsonObject();
                foreach (var name in SettingNames)
                {
                    if (block.Remove(name, out var flat) && !settings.ContainsKey(name))
                    {
                        settings[name] = flat;
                    }
                }

                block["settings"] = settings;
            }
        }

        envelope["v"] = 2;
        return envelope;
    }

    private static ReadBlock ReadBlock(int position, JsonObject item, Dictionary<Guid, int> keys, Dictionary<string, int> anchors)
    {
        var problems = new List<ValidationMessage>();
        var kind = ReadKind(item["kind"], problems);
        var key = ReadKey(item["key"], position, kind, keys, problems);

        var hasContent = true;
        JsonObject content;
        switch (item["content"])
        {
            case JsonObject obj:
                content = (JsonObject)obj.DeepClone();
                break;
            case null:
                hasContent = false;
                content = [];
                problems.Add(new ValidationMessage("content", "the block has no content."));
                break;
            case var other:
                hasContent = false;
                content = [];
                problems.Add(new ValidationMessage("content", $"the content must be an object, not {VersionedJsonList.Describe(other)}."));
                break;
        }

        var settings = ReadSettings(item["settings"], problems);
        if (settings.Anchor is { } anchor)
        {
            if (anchors.TryGetValue(anchor, out var first))
            {
                problems.Add(new ValidationMessage("settings.anchor", $"the anchor \"{anchor}\" is already used by block {first + 1}; anchors must be unique on the page."));
            }
            else
            {
                anchors[anchor] = position;
            }
        }

        return new ReadBlock(position, new ProgramBlock(key, kind, content, settings), hasContent, problems);
    }

    private static string ReadKind(JsonNode? node, List<ValidationMessage> problems)
    {
        if (node is JsonValue value && value.TryGetValue<string>(out var text))
        {
            var kind = text.Trim();
            if (kind.Length == 0)
            {
                problems.Add(new ValidationMessage("kind", "the block has no kind."));
            }

            return kind.Length > ProgramBlockLimits.MaxKindLength ? kind[..ProgramBlockLimits.MaxKindLength] : kind;
        }

        problems.Add(new ValidationMessage("kind", node is null ? "the block has no kind." : $"the kind must be text, not {VersionedJsonList.Describe(node)}."));
        return string.Empty;
    }

    private static Guid ReadKey(JsonNode? node, int position, string kind, Dictionary<Guid, int> keys, List<ValidationMessage> problems)
    {
        string raw = string.Empty;
        if (node is JsonValue value && value.TryGetValue<string>(out var text))
        {
            raw = text;
            if (Guid.TryParse(text, out var key) && key != Guid.Empty)
            {
                if (!keys.TryGetValue(key, out var first))
                {
                    keys[key] = position;
                    return key;
                }

                problems.Add(new ValidationMessage("key", $"the block has the same key as block {first + 1}; every block needs its own key."));
            }
            else
            {
                var missing = string.IsNullOrWhiteSpace(text) || Guid.TryParse(text, out _);
                problems.Add(new ValidationMessage("key", missing ? "the block has no key." : "the block's key is not a GUID."));
            }
        }
        else
        {
            problems.Add(new ValidationMessage("key", node is null ? "the block has no key." : $"the block's key must be a GUID, not {VersionedJsonList.Describe(node)}."));
        }

        var derived = DeriveKey(position, kind, raw);
        keys.TryAdd(derived, position);
        return derived;
    }

    /// <summary>A key for a block that has none (or a duplicate), the same for the same input so that normalising is a pure function.</summary>
    private static Guid DeriveKey(int position, string kind, string raw)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"HistoryCms.ProgramBlocks|{position}|{kind}|{raw}"));
        hash[7] = (byte)((hash[7] & 0x0F) | 0x80);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16));
    }

    private static ProgramBlockSettings ReadSettings(JsonNode? node, List<ValidationMessage> problems)
    {
        if (node is null)
        {
            return ProgramBlockSettings.Default;
        }

        if (node is not JsonObject settings)
        {
            problems.Add(new ValidationMessage("settings", $"the settings must be an object, not {VersionedJsonList.Describe(node)}."));
            return ProgramBlockSettings.Default;
        }

        var anchor = ReadText(settings["anchor"], "settings.anchor", "anchor", problems);
        if (anchor is not null && (anchor.Length > ProgramBlockLimits.MaxAnchorLength || !AnchorPattern().IsMatch(anchor)))
        {
            problems.Add(new ValidationMessage("settings.anchor",
                $"the anchor \"{QuotedText.Shorten(anchor, 40)}\" must start with a letter and contain only letters, digits, hyphens and underscores (at most {ProgramBlockLimits.MaxAnchorLength} characters)."));
        }

        var heading = ReadText(settings["heading"], "settings.heading", "heading", problems);
        if (heading is { Length: > ProgramBlockLimits.MaxHeadingLength })
        {
            problems.Add(new ValidationMessage("settings.heading", $"the heading is {heading.Length:N0} characters long; at most {ProgramBlockLimits.MaxHeadingLength} are allowed."));
        }

        return new ProgramBlockSettings(anchor, ReadHidden(settings["hidden"], problems), heading);
    }

    private static bool ReadHidden(JsonNode? node, List<ValidationMessage> problems)
    {
        if (node is null)
        {
            return false;
        }

        if (node is JsonValue value)
        {
            if (value.TryGetValue<bool>(out var flag))
            {
                return flag;
            }

            if (value.TryGetValue<string>(out var text) && bool.TryParse(text.Trim(), out flag))
            {
                return flag;
            }
        }

        problems.Add(new ValidationMessage("settings.hidden", $"\"hidden\" must be true or false, not {VersionedJsonList.Describe(node)}."));
        return false;
    }

    private static string? ReadText(JsonNode? node, string path, string name, List<ValidationMessage> problems)
    {
        if (node is null)
        {
            return null;
        }

        if (node is JsonValue value && value.TryGetValue<string>(out var text))
        {
            var trimmed = text.Trim();
            return trimmed.Length == 0 ? null : trimmed;
        }

        problems.Add(new ValidationMessage(path, $"the {name} must be text, not {VersionedJsonList.Describe(node)}."));
        return null;
    }


    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex AnchorPattern();
}

/// <summary>What <see cref="ProgramBlockListReader.Read"/> found.</summary>
/// <param name="SourceVersion">The format version the value was written in.</param>
/// <param name="Problems">Problems of the whole value and of items that are not blocks (paths relative to the value).</param>
/// <param name="Blocks">The blocks, with their position in the incoming list and their own problems.</param>
internal sealed record ProgramBlockListReading(int SourceVersion, IReadOnlyList<ValidationMessage> Problems, IReadOnlyList<ReadBlock> Blocks)
{
    internal ProgramBlockList List => new(Blocks.Select(b => b.Block));
}

/// <summary>One block as read.</summary>
/// <param name="Position">Its position in the incoming list (0-based).</param>
/// <param name="Block">The block, repaired where needed.</param>
/// <param name="HasContent">Whether the incoming block had content (an object).</param>
/// <param name="Problems">Its problems, with paths relative to the block and messages that do not name it.</param>
internal sealed record ReadBlock(int Position, ProgramBlock Block, bool HasContent, IReadOnlyList<ValidationMessage> Problems);
