using HistoryCms.Core.Validation;

namespace HistoryCms.Core.ProgramBlocks;

/// <summary>
/// Checks a Program Blocks value: its shape, each block's settings and content (by its kind), the kinds the data type
/// allows and its bounds. Messages name the block and the field, e.g. "Block 2 (Call to action): the link must be an
/// absolute http or https URL." with the path <c>blocks[1].content.link.url</c>. Never throws on any value.
/// </summary>
public sealed class ProgramBlockListValidator
{
    private readonly ProgramBlockKindCollection _kinds;

    /// <summary>Creates the validator.</summary>
    /// <param name="kinds">The kinds the site knows.</param>
    public ProgramBlockListValidator(ProgramBlockKindCollection kinds)
    {
        ArgumentNullException.ThrowIfNull(kinds);
        _kinds = kinds;
    }

    /// <summary>Checks <paramref name="value"/>.</summary>
    /// <param name="value">The raw value (JSON text, JSON node or <c>null</c>).</param>
    /// <param name="configuration">The data type's configuration.</param>
    /// <param name="context">Where picked items are looked up.</param>
    /// <returns>The problems; empty when the value is valid.</returns>
    public IReadOnlyList<ValidationMessage> Validate(object? value, ProgramBlocksConfiguration configuration, ProgramBlockValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(context);
        var reading = ProgramBlockListReader.Read(value);
        var messages = new List<ValidationMessage>(reading.Problems);
        CheckCount(reading.Blocks.Count, configuration, messages);
        foreach (var read in reading.Blocks)
        {
            CheckBlock(read, configuration, context, messages);
        }

        return messages;
    }

    /// <summary>How a block is named in messages: "Block 2 (Call to action)".</summary>
    /// <param name="position">The block's position (0-based).</param>
    /// <param name="kind">The block's kind alias.</param>
    /// <returns>The name.</returns>
    public string NameOf(int position, string kind)
    {
        var known = _kinds.Find(kind);
        return known is not null ? $"Block {position + 1} ({known.DisplayName})" : $"Block {position + 1}";
    }

    private static void CheckCount(int count, ProgramBlocksConfiguration configuration, List<ValidationMessage> messages)
    {
        var max = configuration.MaxItems is > 0 and < ProgramBlockLimits.MaxBlocks ? configuration.MaxItems : ProgramBlockLimits.MaxBlocks;
        if (count > max)
        {
            messages.Add(new ValidationMessage("blocks", $"There are {count} blocks; at most {max} are allowed. Remove {count - max}."));
        }

        if (count < configuration.MinItems)
        {
            messages.Add(new ValidationMessage("blocks", configuration.MinItems == 1
                ? "Add at least one block."
                : $"There {(count == 1 ? "is 1 block" : $"are {count} blocks")}; add at least {configuration.MinItems - count} more (at least {configuration.MinItems} are needed)."));
        }
    }

    private void CheckBlock(ReadBlock read, ProgramBlocksConfiguration configuration, ProgramBlockValidationContext context, List<ValidationMessage> messages)
    {
        var block = read.Block;
        var name = NameOf(read.Position, block.Kind);
        var path = $"blocks[{read.Position}]";
        foreach (var problem in read.Problems)
        {
            messages.Add(new ValidationMessage($"{path}.{problem.Path}", $"{name}: {problem.Message}"));
        }

        if (block.Kind.Length == 0)
        {
            return;
        }

        var kind = _kinds.Find(block.Kind);
        if (kind is null)
        {
            messages.Add(new ValidationMessage($"{path}.kind", $"{name}: \"{block.Kind}\" is not a kind of block this site knows."));
            return;
        }

        if (!configuration.Allows(kind.Alias))
        {
            messages.Add(new ValidationMessage($"{path}.kind", $"{name}: this kind of block is not allowed here."));
        }

        if (!read.HasContent)
        {
            return;
        }

        var size = block.Content.ToJsonString().Length;
        if (size > ProgramBlockLimits.MaxContentLength)
        {
            messages.Add(new ValidationMessage($"{path}.content", $"{name}: the content is too large ({size:N0} characters; at most {ProgramBlockLimits.MaxContentLength:N0})."));
            return;
        }

        foreach (var problem in kind.Validate(block.Content, context))
        {
            var field = problem.Path.Length == 0 ? $"{path}.content" : $"{path}.content.{problem.Path}";
            messages.Add(new ValidationMessage(field, $"{name}: {problem.Message}") { MissingItem = problem.MissingItem });
        }
    }
}
