using System.Collections;
using System.Text.Json.Nodes;

namespace HistoryCms.Core.ProgramBlocks;

/// <summary>
/// The value of a Program Blocks property: the blocks of a program page, in order.
/// Stored as versioned JSON: <c>{"v":2,"blocks":[{"key":"…","kind":"richText","content":{…},"settings":{"anchor":"about","hidden":false,"heading":"…"}}]}</c>.
/// </summary>
public sealed class ProgramBlockList : IReadOnlyList<ProgramBlock>
{
    /// <summary>The format version written today. Version 1 (settings flat on the block) is upgraded on read.</summary>
    public const int CurrentVersion = 2;

    private readonly IReadOnlyList<ProgramBlock> _blocks;

    /// <summary>Creates a list.</summary>
    /// <param name="blocks">The blocks, in page order.</param>
    public ProgramBlockList(IEnumerable<ProgramBlock> blocks)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        _blocks = [.. blocks];
    }

    /// <summary>A list without blocks.</summary>
    public static ProgramBlockList Empty { get; } = new([]);

    /// <inheritdoc />
    public int Count => _blocks.Count;

    /// <inheritdoc />
    public ProgramBlock this[int index] => _blocks[index];

    /// <summary>
    /// Reads a stored or incoming value of any shape (JSON text, JSON node, <c>null</c>), upgrading older versions and
    /// ignoring unknown fields. Never throws: what cannot be read is left out or repaired (the validator reports it).
    /// </summary>
    /// <param name="value">The raw value.</param>
    /// <returns>The blocks that could be read.</returns>
    public static ProgramBlockList Parse(object? value) => ProgramBlockListReader.Read(value).List;

    /// <summary>
    /// The canonical stored form of an incoming value: the current version, blocks in order with their known fields only,
    /// settings grouped, text trimmed. The same input always gives the same output, and normalising twice changes nothing.
    /// </summary>
    /// <param name="value">The raw value.</param>
    /// <returns>The JSON to store, or <c>null</c> when there are no blocks.</returns>
    public static string? Normalise(object? value)
    {
        var list = Parse(value);
        return list.Count == 0 ? null : list.ToJson();
    }

    /// <summary>Writes the list in the current version's canonical JSON.</summary>
    /// <returns>The JSON text.</returns>
    public string ToJson() => ProgramBlockListReader.Format.Write(_blocks.Select(ToNode));

    /// <inheritdoc />
    public IEnumerator<ProgramBlock> GetEnumerator() => _blocks.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private static JsonObject ToNode(ProgramBlock block)
    {
        var settings = new JsonObject();
        if (block.Settings.Anchor is { } anchor)
        {
            settings["anchor"] = anchor;
        }

        settings["hidden"] = block.Settings.Hidden;
        if (block.Settings.Heading is { } heading)
        {
            settings["heading"] = heading;
        }

        return new JsonObject
        {
            ["key"] = block.Key.ToString("D"),
            ["kind"] = block.Kind,
            ["content"] = block.Content.DeepClone(),
            ["settings"] = settings,
        };
    }
}
