using System.Text.Json.Nodes;
using HistoryCms.Core.ProgramBlocks.Delivery;
using HistoryCms.Core.Validation;
using A = HistoryCms.Core.HistoryAliases.ContentTypes;

namespace HistoryCms.Core.ProgramBlocks.Kinds;

/// <summary>
/// People with their roles: <c>{"items":[{"author":"&lt;guid&gt;","role":"optional label"}]}</c>. A person without a
/// role in the block shows their job title.
/// </summary>
public sealed class PeopleBlockKind : IProgramBlockKind
{
    /// <summary>The most people one block may list.</summary>
    public const int MaxItems = 50;

    /// <summary>The longest role label, in characters.</summary>
    public const int MaxRoleLength = 200;

    private static readonly PickedItemList Items = new()
    {
        KeyField = "author",
        TextField = "role",
        ContentType = A.Author,
        Target = ProgramBlockReferenceTarget.Author,
        MaxItems = MaxItems,
        MaxTextLength = MaxRoleLength,
        ListLabel = "the list of people",
        MustBeAnObject = n => $"person {n} must be an object with an author",
        PickLabel = n => $"person {n}",
        SameAs = (n, first) => $"person {n} is the same as person {first}.",
        TextLabel = n => $"the role of person {n}",
    };

    /// <inheritdoc />
    public string Alias => ProgramBlockKindAliases.People;

    /// <inheritdoc />
    public string DisplayName => "People";

    /// <inheritdoc />
    public bool IsDynamic => false;

    /// <inheritdoc />
    public IEnumerable<ValidationMessage> Validate(JsonObject content, ProgramBlockValidationContext context) =>
        Items.Validate(content, context);

    /// <inheritdoc />
    public IEnumerable<ProgramBlockReference> GetReferences(JsonObject content) => Items.GetReferences(content);

    /// <inheritdoc />
    public object? Map(ProgramBlock block, ProgramBlockMappingContext context)
    {
        ArgumentNullException.ThrowIfNull(block);
        return new PeopleBlockContent(Items.Map(
            block.Content,
            key => ContentCards.Person(key, context),
            (person, role) => new PersonEntry(person, role ?? person.JobTitle)));
    }

    /// <inheritdoc />
    public string IndexText(JsonObject content) => Items.IndexText(content);
}
