using HistoryCms.Core.Validation;

namespace HistoryCms.Core.Citations;

/// <summary>What <see cref="CitationJson.Read"/> could make of a value.</summary>
/// <param name="List">The citations that could be read (items that are not objects are left out).</param>
/// <param name="SourceIndexes">For each item of <paramref name="List"/>, its index in the incoming <c>citations</c> array.</param>
/// <param name="Problems">Problems with the value's shape (unreadable JSON, unknown version, wrong types), each with its path.</param>
public sealed record CitationReadResult(CitationList List, IReadOnlyList<int> SourceIndexes, IReadOnlyList<ValidationMessage> Problems)
{
    /// <summary>Whether the value was read as a version this code understands (<c>false</c> for broken JSON or a newer version).</summary>
    public bool IsReadable { get; init; } = true;

    /// <summary>
    /// When the value is not readable, the incoming value as text (the JSON, or the string as received): a save keeps
    /// it unchanged rather than destroy what it cannot understand. <c>null</c> otherwise.
    /// </summary>
    public string? Verbatim { get; init; }

    /// <summary>The path of the citation at position <paramref name="position"/> of <see cref="List"/>.</summary>
    /// <param name="position">The position in <see cref="List"/>.</param>
    /// <returns>A path such as <c>citations[2]</c>.</returns>
    public string PathOf(int position) => CitationPaths.Item(SourceIndexes[position]);
}
