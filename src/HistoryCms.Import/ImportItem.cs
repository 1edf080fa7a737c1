using HistoryCms.Core.Content;

namespace HistoryCms.Import;

/// <summary>
/// One item a reader produced: the neutral content item the uSync writer writes, and the identity it comes from
/// (the archive's record ID for documents, the old URL for posts). The key of <see cref="Content"/> is derived from
/// <see cref="IdentitySource"/> (<see cref="ImportKeys"/>), so a re-run finds and updates the same item.
/// </summary>
/// <param name="Content">The item to write.</param>
/// <param name="IdentitySource">The record ID or old URL the item's identity comes from.</param>
public sealed record ImportItem(ContentItem Content, string IdentitySource)
{
    /// <summary>
    /// A hash of the raw input the item was built from, or 0 when the source computes none. When it equals the hash the
    /// last import remembered and the item's file is untouched, the item is unchanged without comparing its fields.
    /// </summary>
    public ulong InputFingerprint { get; init; }

    /// <summary>
    /// The source found the input unchanged since the last import (<see cref="IImportSource"/> asked the planner) and did
    /// not build the item: <see cref="Content"/> holds only the key. The planner then only counts it.
    /// </summary>
    public bool SameAsLastImport { get; init; }
}

/// <summary>A reader of one kind of input file (archive CSV, RIS, legacy post pages), streaming its items.</summary>
public interface IImportSource
{
    /// <summary>Whether this source reads the file (by extension, then by its first bytes).</summary>
    /// <param name="path">The input file.</param>
    /// <returns><c>true</c> when this source reads it.</returns>
    bool CanRead(string path);

    /// <summary>Reads the file lazily, one item at a time; what it repaired, flagged or skipped goes to <paramref name="findings"/>.</summary>
    /// <param name="path">The input file.</param>
    /// <param name="findings">Receives the findings, in input order.</param>
    /// <returns>The items, in input order.</returns>
    IEnumerable<ImportItem> Read(string path, ICollection<ImportFinding> findings);

    /// <summary>
    /// Whether the source applies the user's <see cref="ReplaceRules"/> itself (legacy posts do, where they clean each
    /// paragraph); otherwise the runner applies them to every item it reads.
    /// </summary>
    bool AppliesRules => false;
}
