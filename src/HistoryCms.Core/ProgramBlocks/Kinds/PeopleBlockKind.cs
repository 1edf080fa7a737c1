using System.Text.Json.Nodes;
using HistoryCms.Core.ProgramBlocks.Delivery;
using A = HistoryCms.Core.HistoryAliases.ContentTypes;

namespace HistoryCms.Core.ProgramBlocks.Kinds;

/// <summary>
/// People with their roles: <c>{"items":[{"author":"&lt;guid&gt;","role":"optional label"}]}</c>. A person without a
/// role in the block shows their job title.
/// </summary>
public sealed class PeopleBlockKind : PickedItemsBlockKind
{
    /// <summary>The most people one block may list.</summary>
    public const int MaxItems = 50;

    /// <summary>The longest role label, in characters.</summary>
    public const int MaxRoleLength = 200;

    /// <summary>Initializes a new instance of the <see cref="PeopleBlockKind"/> class.</summary>
    public PeopleBlockKind()
        : base(ProgramBlockKindAliases.People, "People", new PickedItemList
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
        })
    {
    }

    /// <inheritdoc />
    private protected override object Deliver(JsonObject content, ProgramBlockMappingContext context) =>
        new PeopleBlockContent(Items.Map(
            content,
            key => ContentCards.Person(key, context),
            (person, role) => new PersonEntry(person, role ?? person.JobTitle)));
}
