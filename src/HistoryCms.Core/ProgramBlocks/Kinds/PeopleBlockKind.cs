using System.Text.Json.Nodes;
using HistoryCms.Core.ProgramBlocks.Delivery;
using HistoryCms.Core.Validation;
using HistoryCms.Core.Values;
using A = HistoryCms.Core.HistoryAliases.DocumentTypes;

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

    /// <inheritdoc />
    public string Alias => ProgramBlockKindAliases.People;

    /// <inheritdoc />
    public string DisplayName => "People";

    /// <inheritdoc />
    public bool IsDynamic => false;

    /// <inheritdoc />
    public IEnumerable<ValidationMessage> Validate(JsonObject content, ProgramBlockValidationContext context)
    {
        var check = new BlockContentCheck(content, context);
        var items = check.List("items", "the list of people", min: 1, max: MaxItems);
        var seen = new Dictionary<Guid, int>();
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is not JsonObject item)
            {
                check.Add($"items[{i}]", $"person {i + 1} must be an object with an author, not {VersionedJsonList.Describe(items[i])}.");
                continue;
            }

            var person = check.Nested(item, $"items[{i}]");
            if (person.Pick(item["author"], "author", $"person {i + 1}", A.Author) is { } key && !seen.TryAdd(key, i))
            {
                person.Add("author", $"person {i + 1} is the same as person {seen[key] + 1}.");
            }

            person.Text("role", $"the role of person {i + 1}", MaxRoleLength);
        }

        return check.Messages;
    }

    /// <inheritdoc />
    public IEnumerable<ProgramBlockReference> GetReferences(JsonObject content) =>
        BlockContent.Objects(content, "items").Select(i => BlockContent.Key(i, "author")).OfType<Guid>()
            .Select(k => new ProgramBlockReference(k, ProgramBlockReferenceTarget.Author));

    /// <inheritdoc />
    public object? Map(ProgramBlock block, ProgramBlockMappingContext context)
    {
        ArgumentNullException.ThrowIfNull(block);
        var people = new List<PersonEntry>();
        foreach (var item in BlockContent.Objects(block.Content, "items").Take(MaxItems))
        {
            if (BlockContent.Key(item, "author") is { } key && ContentCards.Person(key, context) is { } person)
            {
                people.Add(new PersonEntry(person, BlockContent.Text(item, "role") ?? person.JobTitle));
            }
        }

        return new PeopleBlockContent(people);
    }

    /// <inheritdoc />
    public string IndexText(JsonObject content) =>
        string.Join(' ', BlockContent.Objects(content, "items").Select(i => BlockContent.Text(i, "role")).OfType<string>());
}
