using System.Text.Json.Nodes;
using HistoryCms.Core.ProgramBlocks.Delivery;
using A = HistoryCms.Core.HistoryAliases.ContentTypes;

namespace HistoryCms.Core.ProgramBlocks.Kinds;

/// <summary>
/// "Read more" cards for programs and projects: <c>{"items":[{"program":"&lt;guid&gt;","blurb":"optional override"}]}</c>.
/// A card shows the blurb, or else the program's short description.
/// </summary>
public sealed class ProjectPromosBlockKind : PickedItemsBlockKind
{
    /// <summary>The most cards one block may hold.</summary>
    public const int MaxItems = 12;

    /// <summary>The longest blurb, in characters.</summary>
    public const int MaxBlurbLength = 1_000;

    /// <summary>Initializes a new instance of the <see cref="ProjectPromosBlockKind"/> class.</summary>
    public ProjectPromosBlockKind()
        : base(ProgramBlockKindAliases.ProjectPromos, "Project promos", new PickedItemList
        {
            KeyField = "program",
            TextField = "blurb",
            ContentType = A.Program,
            Target = ProgramBlockReferenceTarget.Program,
            MaxItems = MaxItems,
            MaxTextLength = MaxBlurbLength,
            ListLabel = "the list of cards",
            MustBeAnObject = n => $"card {n} must be an object with a program",
            PickLabel = n => $"the program of card {n}",
            SameAs = (n, first) => $"card {n} shows the same program as card {first}.",
            TextLabel = n => $"the blurb of card {n}",
        })
    {
    }

    /// <inheritdoc />
    private protected override object Deliver(JsonObject content, ProgramBlockMappingContext context) =>
        new ProjectPromosBlockContent(Items.Map(
            content,
            key => ContentCards.Program(key, context),
            (program, blurb) => new ProjectPromo(program, blurb ?? program.ShortDescription)));
}
