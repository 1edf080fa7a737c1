namespace HistoryCms.Core.Citations;

/// <summary>The printed forms of one citation.</summary>
/// <param name="Note">The Chicago full note (first citation of a document).</param>
/// <param name="ShortNote">The Chicago short note (second and later citations of the same document).</param>
/// <param name="Bibliography">The Chicago bibliography entry of the document.</param>
/// <param name="DigitalArchive">The digital-archive style, as the archive prints it: "Title," Month DD, YYYY, Archive Digital Archive, Source (no final period).</param>
public sealed record FormattedCitation(string Note, string ShortNote, string Bibliography, string DigitalArchive);
