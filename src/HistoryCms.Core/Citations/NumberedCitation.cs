namespace HistoryCms.Core.Citations;

/// <summary>A citation with its note number in a post.</summary>
/// <param name="Number">The note number, from 1.</param>
/// <param name="Index">The citation's position in the editor's list, from 0.</param>
/// <param name="Citation">The citation.</param>
/// <param name="IsReferenced">Whether a body marker refers to it.</param>
/// <param name="RepeatOf">
/// The number of an earlier note citing the same document, when there is one: this note is then a second or later
/// citation of that document and prints the short note (Chicago). <c>null</c> for the first citation of a document.
/// </param>
public sealed record NumberedCitation(int Number, int Index, Citation Citation, bool IsReferenced, int? RepeatOf)
{
    /// <summary>Whether this is a second or later citation of its document.</summary>
    public bool IsRepeat => RepeatOf is not null;
}
