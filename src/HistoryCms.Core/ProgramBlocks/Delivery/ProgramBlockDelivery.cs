namespace HistoryCms.Core.ProgramBlocks.Delivery;

/// <summary>
/// Maps a block list to what the delivery API emits: visible blocks of known kinds, in order, with picked items expanded
/// and dynamic blocks resolved now. Hidden blocks, blocks of unknown kinds and blocks a kind leaves out are not delivered.
/// The Umbraco value converter and the delivery server both call it, so both emit the same JSON.
/// </summary>
public sealed class ProgramBlockDelivery
{
    private readonly ProgramBlockKindCollection _kinds;

    /// <summary>Creates the mapping.</summary>
    /// <param name="kinds">The kinds the site knows.</param>
    public ProgramBlockDelivery(ProgramBlockKindCollection kinds)
    {
        ArgumentNullException.ThrowIfNull(kinds);
        _kinds = kinds;
    }

    /// <summary>Maps every deliverable block of <paramref name="list"/>.</summary>
    /// <param name="list">The blocks.</param>
    /// <param name="context">The mapping context.</param>
    /// <returns>The delivered blocks, in page order.</returns>
    public IReadOnlyList<DeliveredProgramBlock> Map(ProgramBlockList list, ProgramBlockMappingContext context)
    {
        ArgumentNullException.ThrowIfNull(list);
        return [.. list.Select(b => Map(b, context)).OfType<DeliveredProgramBlock>()];
    }

    /// <summary>Maps one block (e.g. only the dynamic ones, when the static ones are cached).</summary>
    /// <param name="block">The block.</param>
    /// <param name="context">The mapping context.</param>
    /// <returns>The delivered block, or <c>null</c> when it is hidden, of an unknown kind or left out by its kind.</returns>
    public DeliveredProgramBlock? Map(ProgramBlock block, ProgramBlockMappingContext context)
    {
        ArgumentNullException.ThrowIfNull(block);
        ArgumentNullException.ThrowIfNull(context);
        if (block.Settings.Hidden || _kinds.Find(block.Kind) is not { } kind || kind.Map(block, context) is not { } content)
        {
            return null;
        }

        return new DeliveredProgramBlock(block.Key, kind.Alias, new DeliveredBlockSettings(block.Settings.Anchor, block.Settings.Heading), content);
    }

    /// <summary>Whether <paramref name="block"/> is of a dynamic kind (its delivery must be resolved on every request).</summary>
    /// <param name="block">The block.</param>
    /// <returns><c>true</c> when dynamic.</returns>
    public bool IsDynamic(ProgramBlock block)
    {
        ArgumentNullException.ThrowIfNull(block);
        return _kinds.Find(block.Kind) is { IsDynamic: true };
    }
}
