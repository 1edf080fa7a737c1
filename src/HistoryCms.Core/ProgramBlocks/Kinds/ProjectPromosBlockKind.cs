using System.Text.Json.Nodes;
using HistoryCms.Core.ProgramBlocks.Delivery;
using HistoryCms.Core.Validation;
using A = HistoryCms.Core.HistoryAliases.ContentTypes;

namespace HistoryCms.Core.ProgramBlocks.Kinds;

/// <summary>
/// "Read more" cards for programs and projects: <c>{"items":[{"program":"&lt;guid&gt;","blurb":"optional override"}]}</c>.
/// A card shows the blurb, or else the program's short description.
/// </summary>
public sealed class ProjectPromosBlockKind : IProgramBlockKind
{
    /// <summary>The most cards one block may hold.</summary>
    public const int MaxItems = 12;

    /// <summary>The longest blurb, in characters.</summary>
    public const int MaxBlurbLength = 1_000;

    private static readonly PickedItemList Items = new()
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
    };

    /// <inheritdoc />
    public string Alias => ProgramBlockKindAliases.ProjectPromos;

    /// <inheritdoc />
    public string DisplayName => "Project promos";

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
        return new ProjectPromosBlockContent(Items.Map(
            block.Content,
            key => ContentCards.Program(key, context),
            (program, blurb) => new ProjectPromo(program, blurb ?? program.ShortDescription)));
    }

    /// <inheritdoc />
    public string IndexText(JsonObject content) => Items.IndexText(content);
}
