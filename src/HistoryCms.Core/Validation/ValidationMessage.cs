namespace HistoryCms.Core.Validation;

/// <summary>
/// One problem with an editor's value, in words an editor understands, with the path of the part it concerns
/// (e.g. <c>citations[2].locator</c> or <c>blocks[1].content.link</c>) so an editor UI can show it next to that part.
/// </summary>
/// <param name="Path">Where the problem is, in JSON-path-like form relative to the property value; empty for the whole value.</param>
/// <param name="Message">What is wrong and, where possible, how to fix it.</param>
public sealed record ValidationMessage(string Path, string Message)
{
    /// <summary>
    /// The key of the item the message is about when the only problem is that the item cannot be found (a reference to a
    /// document that does not exist, or not yet: content imported before what it points to). Hosts decide whether such a
    /// message blocks saving or is a warning; <c>null</c> for every other message.
    /// </summary>
    public Guid? MissingItem { get; init; }

    /// <inheritdoc />
    public override string ToString() => Path.Length == 0 ? Message : $"{Path}: {Message}";
}
