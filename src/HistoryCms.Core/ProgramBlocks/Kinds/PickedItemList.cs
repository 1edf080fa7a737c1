using System.Text.Json.Nodes;
using HistoryCms.Core.Validation;
using HistoryCms.Core.Values;

namespace HistoryCms.Core.ProgramBlocks.Kinds;

/// <summary>
/// The content of a kind that lists picked items, each with an optional text of its own:
/// <c>{"items":[{"&lt;key field&gt;":"&lt;guid&gt;","&lt;text field&gt;":"…"}]}</c>. Checks, references, maps and indexes
/// that shape; the kind says what the fields are called, what may be picked, and the words of its messages.
/// </summary>
internal sealed class PickedItemList
{
    private const string ItemsField = "items";

    /// <summary>The field of an item that holds the picked key, e.g. <c>author</c>.</summary>
    public required string KeyField { get; init; }

    /// <summary>The field of an item that holds its optional text, e.g. <c>role</c>.</summary>
    public required string TextField { get; init; }

    /// <summary>The document type alias a picked item must have.</summary>
    public required string ContentType { get; init; }

    /// <summary>What the picked items are, for reference tracking.</summary>
    public required ProgramBlockReferenceTarget Target { get; init; }

    /// <summary>The most items.</summary>
    public required int MaxItems { get; init; }

    /// <summary>The longest text, in characters.</summary>
    public required int MaxTextLength { get; init; }

    /// <summary>What the list is called in messages, e.g. "the list of people".</summary>
    public required string ListLabel { get; init; }

    /// <summary>What item <c>n</c> (from 1) must be, e.g. "person 2 must be an object with an author".</summary>
    public required Func<int, string> MustBeAnObject { get; init; }

    /// <summary>What the pick of item <c>n</c> is called in messages, e.g. "person 2".</summary>
    public required Func<int, string> PickLabel { get; init; }

    /// <summary>The message when item <c>n</c> picks what item <c>first</c> picked already.</summary>
    public required Func<int, int, string> SameAs { get; init; }

    /// <summary>What the text of item <c>n</c> is called in messages, e.g. "the role of person 2".</summary>
    public required Func<int, string> TextLabel { get; init; }

    /// <summary>Checks the list: its length, each item's shape, pick (existing, of the type, not repeated) and text.</summary>
    /// <param name="content">The block's content.</param>
    /// <param name="context">The validation context.</param>
    /// <returns>The messages.</returns>
    public IEnumerable<ValidationMessage> Validate(JsonObject content, ProgramBlockValidationContext context)
    {
        var check = new BlockContentCheck(content, context);
        var items = check.List(ItemsField, ListLabel, min: 1, max: MaxItems);
        var seen = new Dictionary<Guid, int>();
        for (var i = 0; i < items.Count; i++)
        {
            var path = $"{ItemsField}[{i}]";
            if (items[i] is not JsonObject item)
            {
                check.Add(path, $"{MustBeAnObject(i + 1)}, not {VersionedJsonList.Describe(items[i])}.");
                continue;
            }

            var entry = check.Nested(item, path);
            if (entry.Pick(item[KeyField], KeyField, PickLabel(i + 1), ContentType) is { } key && !seen.TryAdd(key, i))
            {
                entry.Add(KeyField, SameAs(i + 1, seen[key] + 1));
            }

            entry.Text(TextField, TextLabel(i + 1), MaxTextLength);
        }

        return check.Messages;
    }

    /// <summary>The picked keys, in order.</summary>
    /// <param name="content">The block's content.</param>
    /// <returns>The references.</returns>
    public IEnumerable<ProgramBlockReference> GetReferences(JsonObject content) =>
        BlockContent.Objects(content, ItemsField).Select(i => BlockContent.Key(i, KeyField)).OfType<Guid>()
            .Select(k => new ProgramBlockReference(k, Target));

    /// <summary>The delivered entries of the first <see cref="MaxItems"/> items whose picked item has a card.</summary>
    /// <typeparam name="TCard">The card of a picked item.</typeparam>
    /// <typeparam name="TEntry">A delivered entry.</typeparam>
    /// <param name="content">The block's content.</param>
    /// <param name="card">The card of a key, or <c>null</c> when the item does not exist or is of another type.</param>
    /// <param name="entry">An entry from a card and the item's text (<c>null</c> when it has none).</param>
    /// <returns>The entries, in order.</returns>
    public IReadOnlyList<TEntry> Map<TCard, TEntry>(JsonObject content, Func<Guid, TCard?> card, Func<TCard, string?, TEntry> entry)
        where TCard : class
    {
        var entries = new List<TEntry>();
        foreach (var item in BlockContent.Objects(content, ItemsField).Take(MaxItems))
        {
            if (BlockContent.Key(item, KeyField) is { } key && card(key) is { } found)
            {
                entries.Add(entry(found, BlockContent.Text(item, TextField)));
            }
        }

        return entries;
    }

    /// <summary>The texts of the items, for the search index.</summary>
    /// <param name="content">The block's content.</param>
    /// <returns>The texts, separated by spaces.</returns>
    public string IndexText(JsonObject content) =>
        string.Join(' ', BlockContent.Objects(content, ItemsField).Select(i => BlockContent.Text(i, TextField)).OfType<string>());
}
