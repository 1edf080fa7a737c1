using System.Text.Json.Nodes;
using HistoryCms.Core.Validation;

namespace HistoryCms.Core.ProgramBlocks.Kinds;

/// <summary>
/// The package's kinds whose content is a list of picked items, each with an optional text of its own
/// (<see cref="PeopleBlockKind"/>, <see cref="ProjectPromosBlockKind"/>): checking, references and index text come from
/// one <see cref="PickedItemList"/>; a kind names itself and says what it delivers.
/// </summary>
public abstract class PickedItemsBlockKind : IProgramBlockKind
{
    private protected PickedItemsBlockKind(string alias, string displayName, PickedItemList items)
    {
        Alias = alias;
        DisplayName = displayName;
        Items = items;
    }

    /// <inheritdoc />
    public string Alias { get; }

    /// <inheritdoc />
    public string DisplayName { get; }

    /// <inheritdoc />
    public bool IsDynamic => false;

    /// <summary>The shape of the list: its field names, what may be picked, the limits and the words of the messages.</summary>
    private protected PickedItemList Items { get; }

    /// <inheritdoc />
    public IEnumerable<ValidationMessage> Validate(JsonObject content, ProgramBlockValidationContext context) =>
        Items.Validate(content, context);

    /// <inheritdoc />
    public IEnumerable<ProgramBlockReference> GetReferences(JsonObject content) => Items.GetReferences(content);

    /// <inheritdoc />
    public object? Map(ProgramBlock block, ProgramBlockMappingContext context)
    {
        ArgumentNullException.ThrowIfNull(block);
        return Deliver(block.Content, context);
    }

    /// <inheritdoc />
    public string IndexText(JsonObject content) => Items.IndexText(content);

    /// <summary>What the delivery API emits as the content: the entries of the items whose picked item has a card.</summary>
    /// <param name="content">The block's content.</param>
    /// <param name="context">Content lookup and delivery options.</param>
    /// <returns>The delivered content.</returns>
    private protected abstract object Deliver(JsonObject content, ProgramBlockMappingContext context);
}
