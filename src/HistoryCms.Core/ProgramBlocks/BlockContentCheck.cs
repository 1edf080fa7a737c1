using System.Text.Json.Nodes;
using HistoryCms.Core.ContentModel;
using HistoryCms.Core.Validation;
using HistoryCms.Core.Values;

namespace HistoryCms.Core.ProgramBlocks;

/// <summary>
/// Checks the fields of a block's content and collects messages with paths relative to the content, for
/// <see cref="IProgramBlockKind.Validate"/>. Each read returns the value when it is usable, so checks can build on it.
/// </summary>
public sealed class BlockContentCheck
{
    private readonly List<ValidationMessage> _messages;
    private readonly string _prefix;

    /// <summary>Starts checking <paramref name="content"/>.</summary>
    /// <param name="content">The block's content.</param>
    /// <param name="context">The validation context (content lookup).</param>
    public BlockContentCheck(JsonObject content, ProgramBlockValidationContext context)
        : this(content, context, [], string.Empty)
    {
    }

    private BlockContentCheck(JsonObject source, ProgramBlockValidationContext context, List<ValidationMessage> messages, string prefix)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(context);
        Source = source;
        Context = context;
        _messages = messages;
        _prefix = prefix;
    }

    /// <summary>The object being checked.</summary>
    public JsonObject Source { get; }

    /// <summary>The validation context.</summary>
    public ProgramBlockValidationContext Context { get; }

    /// <summary>The messages so far (shared with every nested check).</summary>
    public IReadOnlyList<ValidationMessage> Messages => _messages;

    /// <summary>A check of a nested object whose messages carry <paramref name="path"/> first.</summary>
    /// <param name="source">The nested object.</param>
    /// <param name="path">Its path relative to this check's object, e.g. <c>items[0]</c> or <c>link</c>.</param>
    /// <returns>The nested check.</returns>
    public BlockContentCheck Nested(JsonObject source, string path) => new(source, Context, _messages, PathOf(path));

    /// <summary>Adds a message about a field.</summary>
    /// <param name="field">The field's path relative to this check's object (empty for the object itself).</param>
    /// <param name="message">The message, starting in lower case.</param>
    public void Add(string field, string message) => _messages.Add(new ValidationMessage(PathOf(field), message));

    /// <summary>Reads a text field, checking its type and length.</summary>
    /// <param name="name">The field name.</param>
    /// <param name="label">What it is called in messages, e.g. "the label".</param>
    /// <param name="maxLength">The most characters.</param>
    /// <param name="required">Whether it must be present and not blank.</param>
    /// <returns>The trimmed text, or <c>null</c> when absent, blank or wrong.</returns>
    public string? Text(string name, string label, int maxLength, bool required = false)
    {
        var node = Source[name];
        if (node is null)
        {
            if (required)
            {
                Add(name, $"{label} is missing.");
            }

            return null;
        }

        if (node is not JsonValue value || !value.TryGetValue<string>(out var text))
        {
            Add(name, $"{label} must be text, not {VersionedJsonList.Describe(node)}.");
            return null;
        }

        text = text.Trim();
        if (text.Length == 0)
        {
            if (required)
            {
                Add(name, $"{label} is empty.");
            }

            return null;
        }

        if (text.Length > maxLength)
        {
            Add(name, $"{label} is {text.Length:N0} characters long; at most {maxLength:N0} are allowed.");
            return null;
        }

        return text;
    }

    /// <summary>Reads an optional whole number, checking its range.</summary>
    /// <param name="name">The field name.</param>
    /// <param name="label">What it is called in messages.</param>
    /// <param name="min">The smallest allowed.</param>
    /// <param name="max">The largest allowed.</param>
    /// <returns>The number, or <c>null</c> when absent or wrong.</returns>
    public int? WholeNumber(string name, string label, int min, int max)
    {
        var node = Source[name];
        if (node is null)
        {
            return null;
        }

        var number = BlockContent.WholeNumber(Source, name);
        if (number is null || number < min || number > max)
        {
            Add(name, $"{label} must be a whole number from {min} to {max}, not {Shown(node)}.");
            return null;
        }

        return number;
    }

    /// <summary>Reads an optional true/false field.</summary>
    /// <param name="name">The field name.</param>
    /// <param name="label">What it is called in messages.</param>
    /// <returns>The flag, or <c>null</c> when absent or wrong.</returns>
    public bool? Flag(string name, string label)
    {
        var node = Source[name];
        if (node is null)
        {
            return null;
        }

        var flag = BlockContent.Flag(Source, name);
        if (flag is null)
        {
            Add(name, $"{label} must be true or false, not {VersionedJsonList.Describe(node)}.");
        }

        return flag;
    }

    /// <summary>Reads an object field.</summary>
    /// <param name="name">The field name.</param>
    /// <param name="label">What it is called in messages.</param>
    /// <param name="required">Whether it must be present.</param>
    /// <returns>The object, or <c>null</c> when absent or wrong.</returns>
    public JsonObject? Child(string name, string label, bool required = false)
    {
        switch (Source[name])
        {
            case JsonObject obj:
                return obj;
            case null:
                if (required)
                {
                    Add(name, $"{label} is missing.");
                }

                return null;
            case var other:
                Add(name, $"{label} must be an object, not {VersionedJsonList.Describe(other)}.");
                return null;
        }
    }

    /// <summary>Reads a list field, checking its length.</summary>
    /// <param name="name">The field name.</param>
    /// <param name="label">What it is called in messages, e.g. "the list of documents".</param>
    /// <param name="min">The fewest items.</param>
    /// <param name="max">The most items.</param>
    /// <returns>The items (the first <paramref name="max"/> when there are too many), or an empty list when absent or wrong.</returns>
    public IReadOnlyList<JsonNode?> List(string name, string label, int min, int max)
    {
        var node = Source[name];
        if (node is not JsonArray array)
        {
            if (node is not null)
            {
                Add(name, $"{label} must be a list, not {VersionedJsonList.Describe(node)}.");
            }
            else if (min > 0)
            {
                Add(name, $"{label} is missing.");
            }

            return [];
        }

        if (array.Count < min)
        {
            Add(name, array.Count == 0 ? $"{label} is empty." : $"{label} needs at least {min} items.");
        }
        else if (array.Count > max)
        {
            Add(name, $"{label} has {array.Count} items; at most {max} are allowed.");
        }

        return [.. array.Take(max)];
    }

    /// <summary>
    /// Checks one picked content item: a key (GUID in text) of an item that exists and, when <paramref name="contentType"/>
    /// is given, is of that document type.
    /// </summary>
    /// <param name="node">The picked value.</param>
    /// <param name="path">Its path relative to this check's object.</param>
    /// <param name="label">What it is called in messages, e.g. "document 2" or "the program".</param>
    /// <param name="contentType">The document type alias it must have, or <c>null</c> for any page.</param>
    /// <returns>The key when it is a valid key (even if the item is missing), or <c>null</c>.</returns>
    public Guid? Pick(JsonNode? node, string path, string label, string? contentType)
    {
        if (node is null)
        {
            Add(path, $"{label} is missing.");
            return null;
        }

        var key = BlockContent.Key(node);
        if (key is null)
        {
            Add(path, node is JsonValue v && v.TryGetValue<string>(out _)
                ? $"{label} is not a valid content key."
                : $"{label} must be a content key, not {VersionedJsonList.Describe(node)}.");
            return null;
        }

        if (Context.Content is { } lookup)
        {
            var item = lookup.Find(key.Value);
            if (item is null)
            {
                _messages.Add(new ValidationMessage(PathOf(path), $"{label} does not exist or is not published.") { MissingItem = key.Value });
            }
            else if (contentType is not null && !string.Equals(item.ContentType, contentType, StringComparison.Ordinal))
            {
                Add(path, $"{label} (\"{item.Name}\") is {TypeNoun(item.ContentType, withArticle: true)}, not {TypeNoun(contentType, withArticle: true)}.");
            }
        }

        return key;
    }

    /// <summary>The name of a document type in a sentence, e.g. "an archival document".</summary>
    /// <param name="contentType">The document type alias.</param>
    /// <param name="withArticle">Whether to put "a" or "an" before it.</param>
    /// <returns>The words.</returns>
    public static string TypeNoun(string contentType, bool withArticle = false)
    {
        var noun = HistoryContentModel.FindContentType(contentType)?.Name.ToLowerInvariant() ?? $"a page of type \"{contentType}\"";
        if (!withArticle || noun.StartsWith("a page", StringComparison.Ordinal))
        {
            return noun;
        }

        return ("aeiou".Contains(noun[0], StringComparison.Ordinal) ? "an " : "a ") + noun;
    }

    private static string Shown(JsonNode node)
    {
        var text = node.ToJsonString();
        return text.Length <= 20 ? text : VersionedJsonList.Describe(node);
    }

    private string PathOf(string field) => field.Length == 0 ? _prefix : _prefix.Length == 0 ? field : field.StartsWith('[') ? _prefix + field : $"{_prefix}.{field}";
}
