namespace HistoryCms.Core.Archival;

/// <summary>
/// A stretch <c>[Start, End)</c> of the parsed text: a part, a credit, or (both <c>null</c>) separators such as ", " or ". ".
/// The segments of a reference cover its text exactly, which is what makes the round trip byte-identical.
/// </summary>
internal readonly record struct Segment(int Start, int End, ArchivalPart? Part = null, ArchivalCredit? Credit = null)
{
    public bool IsSeparator => Part is null && Credit is null;
}
