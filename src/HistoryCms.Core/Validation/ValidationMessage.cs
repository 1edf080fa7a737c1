namespace HistoryCms.Core.Validation;

/// <summary>
/// One problem with an editor's value, in words an editor understands, with the path of the part it concerns
/// (e.g. <c>citations[2].locator</c> or <c>blocks[1].content.link</c>) so an editor UI can show it next to that part.
/// </summary>
/// <param name="Path">Where the problem is, in JSON-path-like form relative to the property value; empty for the whole value.</param>
/// <param name="Message">What is wrong and, where possible, how to fix it.</param>
public sealed record ValidationMessage(string Path, string Message)
{
    /// <inheritdoc />
    public override string ToString() => Path.Length == 0 ? Message : $"{Path}: {Message}";
}
