using System.Text.Json.Nodes;
using HistoryCms.Core.ProgramBlocks.Delivery;
using HistoryCms.Core.Validation;
using HistoryCms.Core.Values;
using A = HistoryCms.Core.HistoryAliases.DocumentTypes;

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

    /// <inheritdoc />
    public string Alias => ProgramBlockKindAliases.ProjectPromos;

    /// <inheritdoc />
    public string DisplayName => "Project promos";

    /// <inheritdoc />
    public bool IsDynamic => false;

    /// <inheritdoc />
    public IEnumerable<ValidationMessage> Validate(JsonObject content, ProgramBlockValidationContext context)
    {
        var check = new BlockContentCheck(content, context);
        var items = check.List("items", "the list of cards", min: 1, max: MaxItems);
        var seen = new Dictionary<Guid, int>();
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is not JsonObject item)
            {
                check.Add($"items[{i}]", $"card {i + 1} must be an object with a program, not {VersionedJsonList.Describe(items[i])}.");
                continue;
            }

            var card = check.Nested(item, $"items[{i}]");
            if (card.Pick(item["program"], "program", $"the program of card {i + 1}", A.Program) is { } key && !seen.TryAdd(key, i))
            {
                card.Add("program", $"card {i + 1} shows the same program as card {seen[key] + 1}.");
            }

            card.Text("blurb", $"the blurb of card {i + 1}", MaxBlurbLength);
        }

        return check.Messages;
    }

    /// <inheritdoc />
    public IEnumerable<ProgramBlockReference> GetReferences(JsonObject content) =>
        BlockContent.Objects(content, "items").Select(i => BlockContent.Key(i, "program")).OfType<Guid>()
            .Select(k => new ProgramBlockReference(k, ProgramBlockReferenceTarget.Program));

    /// <inheritdoc />
    public object? Map(ProgramBlock block, ProgramBlockMappingContext context)
    {
        ArgumentNullException.ThrowIfNull(block);
        var promos = new List<ProjectPromo>();
        foreach (var item in BlockContent.Objects(block.Content, "items").Take(MaxItems))
        {
            if (BlockContent.Key(item, "program") is { } key && ContentCards.Program(key, context) is { } program)
            {
                promos.Add(new ProjectPromo(program, BlockContent.Text(item, "blurb") ?? program.ShortDescription));
            }
        }

        return new ProjectPromosBlockContent(promos);
    }

    /// <inheritdoc />
    public string IndexText(JsonObject content) =>
        string.Join(' ', BlockContent.Objects(content, "items").Select(i => BlockContent.Text(i, "blurb")).OfType<string>());
}
